import Synchronization

/// A thread-safe latch that lets exactly one caller run a one-time action.
final class OnceGuard: Sendable {
    private let claimed = Mutex(false)

    /// Returns true for the first caller and false for every later one.
    func claim() -> Bool {
        claimed.withLock { claimed in
            defer { claimed = true }
            return !claimed
        }
    }
}
