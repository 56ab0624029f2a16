import Synchronization

/// A registration of a signal handler, which `cancel()` removes.
final class SignalSubscription: Sendable {
    private let cancelAction: Mutex<(@Sendable () -> Void)?>

    init(cancel: @escaping @Sendable () -> Void) {
        cancelAction = Mutex(cancel)
    }

    /// Removes the handler. Later calls do nothing.
    func cancel() {
        let action = cancelAction.withLock { action in
            defer { action = nil }
            return action
        }
        action?()
    }
}

/// Delivery of process signals to Swift handlers on an ordinary thread, where any code may run.
protocol SignalSource: Sendable {
    /// Calls `handler` with the signal number whenever one of `signals` arrives, until the
    /// subscription is cancelled. While a signal has handlers, its default action is replaced.
    func subscribe(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) -> SignalSubscription
}
