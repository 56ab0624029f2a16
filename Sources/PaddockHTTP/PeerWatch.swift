import Foundation

/// A thread that checks every 200 ms whether a request's client went away and then runs an
/// action once, for handlers that run a long job before they respond. `stop()` ends it.
public final class PeerWatch: Sendable {
    private let stopped = DispatchSemaphore(value: 0)

    /// Starts watching the connection of `context`.
    public init(_ context: HTTPRequestContext, onPeerGone action: @escaping @Sendable () -> Void) {
        let stopped = self.stopped
        let thread = Thread {
            while stopped.wait(timeout: .now() + 0.2) == .timedOut {
                guard context.isPeerGone() else { continue }
                action()
                return
            }
        }
        thread.name = "paddock-peer-watch"
        thread.start()
    }

    /// Ends the watch; the action does not run after this returns unless it already started.
    public func stop() {
        stopped.signal()
    }
}
