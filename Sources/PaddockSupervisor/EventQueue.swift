import Foundation

/// A blocking first-in first-out queue that hands events from callback threads to one consumer.
final class EventQueue<Element: Sendable>: @unchecked Sendable {
    // `items` is guarded by `condition`.
    private var items: [Element] = []
    private let condition = NSCondition()

    func push(_ item: Element) {
        condition.lock()
        items.append(item)
        condition.signal()
        condition.unlock()
    }

    /// Waits for the next event; returns nil when `timeout` seconds pass first.
    func pop(timeout: Double? = nil) -> Element? {
        condition.lock()
        defer { condition.unlock() }
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        while items.isEmpty {
            if let deadline {
                guard condition.wait(until: deadline) else { return nil }
            } else {
                condition.wait()
            }
        }
        return items.removeFirst()
    }
}

/// What an `ExecSession` reports, in order: output chunks, then one exit.
enum ExecEvent: Sendable {
    case output(OutputChannel, [UInt8])
    case exit(ExecOutcome)
}

extension ExecSession {
    /// Starts the session and returns a queue that receives its events.
    func startQueued() -> EventQueue<ExecEvent> {
        let queue = EventQueue<ExecEvent>()
        start(onOutput: { queue.push(.output($0, $1)) }, onExit: { queue.push(.exit($0)) })
        return queue
    }
}
