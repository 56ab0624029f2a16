@preconcurrency import Glibc
import CShim
import Foundation
import PaddockCore
import Synchronization

/// The real `SignalSource`: a C handler writes each signal's number to a pipe, and a relay thread
/// reads the pipe and calls the Swift handlers. A signal with no handler left gets its default
/// action back.
final class SignalRelay: SignalSource {
    /// The process-wide relay. Signal dispositions belong to the process, so there is only one.
    static let shared = SignalRelay()

    private struct State {
        var pipe: (read: Int32, write: Int32)?
        var handlers: [Int32: [(id: Int, handler: @Sendable (Int32) -> Void)]] = [:]
        var nextID = 0
    }

    private let state = Mutex(State())

    func subscribe(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) -> SignalSubscription {
        let result: (id: Int, writeFD: Int32)? = state.withLock { state in
            guard let pipe = openPipe(&state) else { return nil }
            let id = state.nextID
            state.nextID += 1
            for signal in signals {
                if state.handlers[signal, default: []].isEmpty {
                    _ = csh_signal_forward(signal, pipe.write)
                    Self.unblock(signal)
                }
                state.handlers[signal, default: []].append((id, handler))
            }
            return (id, pipe.write)
        }
        guard let result else {
            // NOTE: without a pipe the signals keep their default action, so Ctrl-C still ends the process.
            return SignalSubscription {}
        }
        return SignalSubscription { [self] in remove(id: result.id, from: signals) }
    }

    /// Unblocks `signal` in the calling thread. A parent may start this process with signals
    /// blocked, which the child inherits, and a blocked signal never reaches its handler.
    private static func unblock(_ signal: Int32) {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    private func remove(id: Int, from signals: [Int32]) {
        state.withLock { state in
            for signal in signals {
                state.handlers[signal]?.removeAll { $0.id == id }
                if state.handlers[signal]?.isEmpty ?? true {
                    state.handlers[signal] = nil
                    _ = csh_signal_reset(signal)
                }
            }
        }
    }

    /// Returns the pipe, creating it and the relay thread on first use.
    private func openPipe(_ state: inout State) -> (read: Int32, write: Int32)? {
        if let pipe = state.pipe { return pipe }
        var fds: [Int32] = [-1, -1]
        guard Glibc.pipe(&fds) == 0 else { return nil }
        for fd in fds {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        // The write end never blocks, because a signal handler must not wait.
        _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
        let pipe = (read: fds[0], write: fds[1])
        state.pipe = pipe
        let thread = Thread { [self] in relay(from: pipe.read) }
        thread.name = "paddock-signals"
        thread.start()
        return pipe
    }

    private func relay(from fd: Int32) {
        var byte: UInt8 = 0
        while true {
            let count = Glibc.read(fd, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { return }
            let signal = Int32(byte)
            let handlers = state.withLock { $0.handlers[signal] ?? [] }
            for entry in handlers {
                entry.handler(signal)
            }
        }
    }
}
