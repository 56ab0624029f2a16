import Foundation

/// Events of one connection that match a filter, kept from the moment of registration so that a
/// caller can send a command first and then wait for an event it causes without missing one that
/// arrives before the reply.
final class CDPEventRecorder: @unchecked Sendable {
    let filter: @Sendable (CDPEvent) -> Bool
    private let condition = NSCondition()
    private var events: [CDPEvent] = []
    private var failure: CDPError?

    init(filter: @escaping @Sendable (CDPEvent) -> Bool) {
        self.filter = filter
    }

    /// Stores `event` when it matches the filter.
    func offer(_ event: CDPEvent) {
        guard filter(event) else { return }
        condition.lock()
        events.append(event)
        condition.broadcast()
        condition.unlock()
    }

    /// Ends every wait with `error`, for a connection that closed.
    func fail(_ error: CDPError) {
        condition.lock()
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the first recorded event that satisfies `predicate`.
    ///
    /// - Parameter purpose: what the caller waits for, used in the timeout error, such as
    ///   `Page.lifecycleEvent "load"`.
    /// - Throws: `CDPError` with kind `timeout` when `deadline` passes, or `disconnected` when the
    ///   connection closes first.
    func wait(
        for purpose: String, until deadline: Date, where predicate: (CDPEvent) -> Bool = { _ in true }
    ) throws -> CDPEvent {
        condition.lock()
        defer { condition.unlock() }
        var searched = 0
        while true {
            while searched < events.count {
                let event = events[searched]
                searched += 1
                if predicate(event) { return event }
            }
            if let failure { throw CDPError(kind: .disconnected, method: purpose, message: failure.message) }
            if !condition.wait(until: deadline) && searched == events.count {
                throw CDPError(kind: .timeout, method: purpose, message: "no matching event arrived in time")
            }
        }
    }

    /// All events recorded so far.
    var recorded: [CDPEvent] {
        condition.lock()
        defer { condition.unlock() }
        return events
    }
}
