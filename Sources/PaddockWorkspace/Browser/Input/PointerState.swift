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

    /// Applies `change`, keeping the position within the coordinate limit, so relative moves
    /// cannot add up to a position that Chromium's input pipeline stalls on.
    func update(_ change: (inout Snapshot) -> Void) {
        state.withLock { snapshot in
            change(&snapshot)
            let limit = ActionFields.coordinateLimit
            snapshot.x = min(max(snapshot.x, -limit), limit)
            snapshot.y = min(max(snapshot.y, -limit), limit)
        }
    }

    /// Forgets held buttons and keys, for a browser that restarted.
    func reset() {
        state.withLock { $0 = Snapshot() }
    }
}
