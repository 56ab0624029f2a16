import Foundation
import PaddockCore
import Synchronization

/// Copies standard input to an exec channel on its own thread until input ends or `stop()` is
/// called, then sends the end-of-input control message.
///
/// The thread wakes every 100 ms to check for `stop()`, so it never outlives its exec by more
/// than that, even while standard input stays open.
final class InputPump: Sendable {
    private struct State {
        var isStopped = false
        var sentInput = false
    }

    private let console: any ConsoleIO
    private let channel: ExecChannel
    private let state = Mutex(State())

    init(console: any ConsoleIO, channel: ExecChannel) {
        self.console = console
        self.channel = channel
    }

    /// Whether any input bytes have been sent.
    var sentInput: Bool {
        state.withLock { $0.sentInput }
    }

    /// Starts copying on a new thread.
    func start() {
        let thread = Thread { [self] in pump() }
        thread.name = "paddock-stdin"
        thread.start()
    }

    /// Asks the thread to end at its next wake-up.
    func stop() {
        state.withLock { $0.isStopped = true }
    }

    private var isStopped: Bool {
        state.withLock { $0.isStopped }
    }

    private func pump() {
        while !isStopped {
            let chunk: InputChunk
            do {
                chunk = try console.readInput(maxBytes: ExecChannel.maximumInputChunk, timeoutMilliseconds: 100)
            } catch {
                // NOTE: a read error on standard input counts as its end, so the command gets EOF.
                try? channel.sendEndOfInput()
                return
            }
            switch chunk {
            case .timedOut:
                continue
            case .end:
                try? channel.sendEndOfInput()
                return
            case .data(let bytes):
                guard !isStopped, (try? channel.sendInput(bytes)) != nil else { return }
                state.withLock { $0.sentInput = true }
            }
        }
    }
}
