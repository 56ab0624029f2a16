import Synchronization

/// A thread-safe list that closures can share.
final class LockedList<Element: Sendable>: Sendable {
    private let items = Mutex([Element]())

    func append(_ item: Element) {
        items.withLock { $0.append(item) }
    }

    var all: [Element] { items.withLock { $0 } }
}
