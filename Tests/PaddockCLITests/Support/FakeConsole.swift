import Foundation
import Synchronization

@testable import PaddockCLI

/// A console that captures output and plays back scripted standard input.
final class FakeConsole: ConsoleIO {
    private struct State {
        var output: [UInt8] = []
        var error: [UInt8] = []
        var input: [InputChunk] = []
    }

    private let state = Mutex(State())
    let terminals: Set<ConsoleStream>

    /// Creates a console whose standard input yields `input` and then ends.
    init(input: [[UInt8]] = [], terminals: Set<ConsoleStream> = []) {
        self.terminals = terminals
        state.withLock { $0.input = input.map { .data($0) } }
    }

    var output: String { state.withLock { String(decoding: $0.output, as: UTF8.self) } }
    var error: String { state.withLock { String(decoding: $0.error, as: UTF8.self) } }

    func write(_ bytes: [UInt8], to stream: ConsoleStream) {
        state.withLock { state in
            if stream == .error {
                state.error += bytes
            } else {
                state.output += bytes
            }
        }
    }

    func readInput(maxBytes: Int, timeoutMilliseconds: Int32) throws -> InputChunk {
        state.withLock { state in
            guard !state.input.isEmpty else { return .end }
            return state.input.removeFirst()
        }
    }

    func isTerminal(_ stream: ConsoleStream) -> Bool {
        terminals.contains(stream)
    }
}

/// A terminal with a fixed size that counts raw-mode switches.
final class FakeTerminal: TerminalControl {
    private let counts = Mutex((raw: 0, restored: 0))
    let size: TerminalSize?

    init(size: TerminalSize? = TerminalSize(rows: 40, columns: 120)) {
        self.size = size
    }

    var rawModeCount: Int { counts.withLock { $0.raw } }
    var restoreCount: Int { counts.withLock { $0.restored } }

    func windowSize() -> TerminalSize? { size }

    func enterRawMode() throws -> @Sendable () -> Void {
        counts.withLock { $0.raw += 1 }
        let once = OnceGuard()
        return { [self] in
            guard once.claim() else { return }
            counts.withLock { $0.restored += 1 }
        }
    }
}

/// A signal source whose signals the test sends by hand, delivered on the calling thread.
final class FakeSignals: SignalSource {
    private let handlers = Mutex([(id: Int, signals: [Int32], handler: @Sendable (Int32) -> Void)]())
    private let nextID = Mutex(0)

    /// The signals that currently have at least one handler.
    var subscribed: Set<Int32> {
        handlers.withLock { Set($0.flatMap(\.signals)) }
    }

    func subscribe(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) -> SignalSubscription {
        let id = nextID.withLock { id in
            defer { id += 1 }
            return id
        }
        handlers.withLock { $0.append((id, signals, handler)) }
        return SignalSubscription { [self] in handlers.withLock { $0.removeAll { $0.id == id } } }
    }

    /// Delivers `signal` to its handlers on a new thread, as the real relay does.
    func sendFromAnotherThread(_ signal: Int32) {
        Thread { [self] in send(signal) }.start()
    }

    /// Delivers `signal` to its handlers on the calling thread.
    func send(_ signal: Int32) {
        let matching = handlers.withLock { $0.filter { $0.signals.contains(signal) } }
        for entry in matching {
            entry.handler(signal)
        }
    }
}
