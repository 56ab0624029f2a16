@preconcurrency import Glibc
import PaddockCore

/// The end of a streamed exec.
struct ExecOutcome: Equatable, Sendable {
    /// The command's exit status: 124 after a timeout, 127 when not found, 128 + N after signal N.
    var exitCode: Int32
    var timedOut: Bool
    /// Whether the out-of-memory killer ended the command.
    var oomKilled: Bool = false
    /// Whether any standard input bytes were forwarded.
    var sentInput: Bool
}

/// Runs a command in a sandbox over the exec WebSocket and streams its output to the console.
///
/// With a TTY the local terminal is in raw mode for the duration and restored on every exit path,
/// signals included, and each SIGWINCH sends the new size to the server.
struct StreamedExec {
    let client: GatewayClient
    let context: CommandContext

    /// Runs `request` in the sandbox `sandbox` and returns how the command ended.
    ///
    /// - Parameters:
    ///   - forwardInput: Whether to copy standard input to the command. Without it, the command's
    ///     standard input is closed at once.
    ///   - tty: Whether to run the command on a pseudo-terminal that follows the local terminal.
    /// - Throws: `PaddockError` when the command could not start or the connection closed before
    ///   the command exited.
    ///   - isMainCommand: Whether this is the sandbox's main command, whose end removes a sandbox
    ///     created with `remove_on_exit` on the gateway's side, even when this process is killed.
    func run(
        sandbox: String, request: ExecRequest, forwardInput: Bool, tty: Bool, isMainCommand: Bool = false
    ) throws -> ExecOutcome {
        var request = request
        let terminal = context.environment.terminal
        if tty {
            request.tty = true
            if let size = terminal.windowSize() {
                request.rows = size.rows
                request.cols = size.columns
            }
        }

        let channel = try client.openExecChannel(sandbox: sandbox, isMainCommand: isMainCommand)
        defer { channel.close() }
        try channel.start(request)

        let restoreTerminal: (@Sendable () -> Void)? = tty ? try terminal.enterRawMode() : nil
        return try context.cleanup.run(cleanup: { restoreTerminal?() }) {
            let resizes = tty ? forwardResizes(to: channel) : nil
            defer { resizes?.cancel() }

            let pump = InputPump(console: context.console, channel: channel)
            if forwardInput {
                pump.start()
            } else {
                try channel.sendEndOfInput()
            }
            defer { pump.stop() }
            return try receiveUntilExit(channel, pump: pump, sandbox: sandbox)
        }
    }

    private func forwardResizes(to channel: ExecChannel) -> SignalSubscription {
        let terminal = context.environment.terminal
        return context.environment.signals.subscribe([SIGWINCH]) { _ in
            guard let size = terminal.windowSize() else { return }
            try? channel.sendResize(size)
        }
    }

    /// Returns the next frame, naming the sandbox when the connection to the gateway is lost.
    private func nextFrame(_ channel: ExecChannel, sandbox: String) throws -> ExecFrame? {
        do {
            return try channel.nextFrame()
        } catch let error as PaddockError where error.code == .unavailable {
            throw PaddockError(
                .unavailable, "\(error.message) while the command in sandbox '\(sandbox)' ran")
        }
    }

    private func receiveUntilExit(_ channel: ExecChannel, pump: InputPump, sandbox: String) throws -> ExecOutcome {
        let console = context.console
        while let frame = try nextFrame(channel, sandbox: sandbox) {
            switch frame {
            case .output(let bytes):
                console.write(bytes, to: .output)
            case .errorOutput(let bytes):
                console.write(bytes, to: .error)
            case .control(.exit(let code, let timedOut, let oomKilled)):
                return ExecOutcome(exitCode: code, timedOut: timedOut, oomKilled: oomKilled, sentInput: pump.sentInput)
            case .control(.error(let message)):
                throw PaddockError(
                    .failedPrecondition, "the command could not start in sandbox '\(sandbox)': \(message)")
            case .control, .input:
                continue
            }
        }
        if let reason = channel.closeReason {
            throw PaddockError(.unavailable, reason)
        }
        throw PaddockError(
            .unavailable, "the connection to the gateway closed before the command in sandbox '\(sandbox)' exited")
    }
}
