import Foundation

/// Runs blocking work on a thread of its own, because the cooperative pool has only as many threads
/// as the machine has cores and a blocked pool thread stalls every other test task.
enum BlockingCall {
    /// Runs `body` on a new thread and returns its result.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try body() })
            }
            thread.start()
        }
    }

    /// Runs `body`, which cannot throw, on a new thread and returns its result.
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: body())
            }
            thread.start()
        }
    }
}
