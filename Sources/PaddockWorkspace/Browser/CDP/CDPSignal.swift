import Foundation

/// A one-shot slot that one thread fills and another waits on, with a deadline.
final class CDPSignal<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Value?

    /// Stores `value` and wakes the waiter; later calls are ignored, so the first outcome wins.
    func fulfil(_ value: Value) {
        condition.lock()
        defer { condition.unlock() }
        guard self.value == nil else { return }
        self.value = value
        condition.broadcast()
    }

    /// Waits until a value arrives or `deadline` passes; nil on timeout.
    func wait(until deadline: Date) -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while value == nil {
            if !condition.wait(until: deadline) { break }
        }
        return value
    }
}
