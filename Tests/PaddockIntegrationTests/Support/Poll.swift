import Foundation

/// Waiting for a condition that another process makes true.
enum Poll {
    /// Checks `condition` every `interval` seconds until it holds or `timeout` seconds have passed,
    /// and returns whether it held.
    static func until(
        timeout: Double, interval: Double = 0.1, _ condition: @Sendable () async throws -> Bool
    ) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if try await condition() {
                return true
            }
            if Date() >= deadline {
                return false
            }
            try? await Task.sleep(for: .seconds(interval))
        }
    }
}
