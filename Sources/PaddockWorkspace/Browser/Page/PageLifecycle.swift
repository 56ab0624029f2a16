import Synchronization

/// The lifecycle events (`init`, `DOMContentLoaded`, `load`, `networkIdle`, ...) that the main
/// frame of one page has reached for its current document.
final class PageLifecycle: Sendable {
    private let state = Mutex<(loaderId: String, names: Set<String>)>(("", []))

    /// Records a `Page.lifecycleEvent` of the main frame; `init` starts a new document.
    func record(name: String, loaderId: String) {
        state.withLock { state in
            if name == "init" || loaderId != state.loaderId {
                state = (loaderId, [])
            }
            state.names.insert(name)
        }
    }

    /// Tests whether the current document has reached lifecycle event `name`.
    func hasReached(_ name: String) -> Bool {
        state.withLock { $0.names.contains(name) }
    }
}
