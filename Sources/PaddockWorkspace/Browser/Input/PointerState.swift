import Synchronization

/// Where the mouse pointer is, which buttons and modifier keys are held: the state that
/// `Input.dispatchMouseEvent` and `Input.dispatchKeyEvent` must repeat on every event.
final class PointerState: Sendable {
    struct Snapshot: Sendable, Equatable {
        var x: Double = 0
        var y: Double = 0
        /// Held buttons: `left`, `right`, `middle`.
        var buttons: Set<String> = []
        /// CDP modifier bits of the held modifier keys.
        var modifiers = 0
    }

    private let state = Mutex(Snapshot())

    var snapshot: Snapshot { state.withLock { $0 } }

    func update(_ change: (inout Snapshot) -> Void) {
        state.withLock { change(&$0) }
    }

    /// Forgets held buttons and keys, for a browser that restarted.
    func reset() {
        state.withLock { $0 = Snapshot() }
    }
}
