@preconcurrency import Glibc
import Dispatch
import Synchronization

/// The process ended because of a signal while cleanup actions were registered.
struct InterruptedError: Error, Equatable {
    let signal: Int32

    /// The conventional exit status for a process ended by `signal`: 128 + its number.
    var exitCode: Int32 { 128 + signal }
}

/// Cleanup actions that run when a command's work ends, whether it returns, throws or is ended by
/// SIGINT, SIGTERM, SIGHUP or SIGQUIT.
///
/// On such a signal the actions run in reverse order of registration on the signal thread, and then
/// the process terminates with 128 + the signal's number. The work itself, which may be blocked
/// in a read, is not waited for.
final class TerminationCleanup: Sendable {
    static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    private struct Entry {
        let id: Int
        let action: @Sendable () -> Void
    }

    private struct State {
        var entries: [Entry] = []
        var nextID = 0
        var subscription: SignalSubscription?
        var interruptingSignal: Int32?
    }

    private let signals: any SignalSource
    private let terminate: @Sendable (Int32) -> Void
    private let state = Mutex(State())
    private let cleanupFinished = DispatchSemaphore(value: 0)

    /// Creates a registry that listens on `signals` and ends the process with `terminate`.
    init(signals: any SignalSource, terminate: @escaping @Sendable (Int32) -> Void) {
        self.signals = signals
        self.terminate = terminate
    }

    /// Runs `body`, then `action`, which also runs if a terminating signal arrives during `body`.
    ///
    /// - Throws: what `body` throws, or `InterruptedError` when a signal ran the cleanup instead.
    func run<T>(cleanup action: @escaping @Sendable () -> Void, _ body: () throws -> T) throws -> T {
        let id = register(action)
        let outcome = Result { try body() }
        if unregister(id) {
            action()
        } else if let signal = state.withLock({ $0.interruptingSignal }) {
            cleanupFinished.wait()
            cleanupFinished.signal()
            throw InterruptedError(signal: signal)
        }
        return try outcome.get()
    }

    private func register(_ action: @escaping @Sendable () -> Void) -> Int {
        let (id, needsSubscription) = state.withLock { state in
            let id = state.nextID
            state.nextID += 1
            state.entries.append(Entry(id: id, action: action))
            return (id, state.subscription == nil)
        }
        if needsSubscription {
            let subscription = signals.subscribe(Self.terminatingSignals) { [self] signal in handle(signal) }
            state.withLock { $0.subscription = subscription }
        }
        return id
    }

    /// Removes the entry `id` and returns whether it was still registered.
    private func unregister(_ id: Int) -> Bool {
        let (found, finished) = state.withLock { state -> (Bool, SignalSubscription?) in
            let before = state.entries.count
            state.entries.removeAll { $0.id == id }
            let found = state.entries.count < before
            guard state.entries.isEmpty, state.interruptingSignal == nil else { return (found, nil) }
            defer { state.subscription = nil }
            return (found, state.subscription)
        }
        finished?.cancel()
        return found
    }

    private func handle(_ signal: Int32) {
        let entries = state.withLock { state in
            defer { state.entries.removeAll() }
            if state.interruptingSignal == nil {
                state.interruptingSignal = signal
            }
            return state.entries
        }
        for entry in entries.reversed() {
            entry.action()
        }
        cleanupFinished.signal()
        terminate(128 + signal)
    }
}
