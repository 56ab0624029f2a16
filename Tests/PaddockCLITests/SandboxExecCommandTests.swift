@preconcurrency import Glibc
import Foundation
import Testing

@testable import PaddockCLI

struct SandboxExecCommandTests {
    static func harness(_ socket: FakeWebSocket, console: FakeConsole = FakeConsole()) -> CLIHarness {
        var harness = CLIHarness()
        harness.console = console
        harness.transport.sockets = [socket]
        return harness
    }

    static let exitZero = ExecFrame.control(.exit(code: 0, timedOut: false))

    @Test func streamsOutputAndError() {
        let socket = FakeWebSocket.replying([
            .output(Array("out\n".utf8)), .errorOutput(Array("err\n".utf8)), .control(.exit(code: 0, timedOut: false)),
        ])
        let result = Self.harness(socket).run("sandbox exec demo -- ls")
        #expect(result.output == "out\n")
        #expect(result.error == "err\n")
        #expect(result.status == 0)
    }

    @Test func exitsWithRemoteStatus() {
        let socket = FakeWebSocket.replying([.control(.exit(code: 42, timedOut: false))])
        #expect(Self.harness(socket).run("sandbox exec demo -- false").status == 42)
    }

    @Test func opensExecSocketWithToken() {
        let socket = FakeWebSocket.replying([Self.exitZero])
        let harness = Self.harness(socket)
        _ = harness.run("sandbox exec demo -- ls")
        let request = harness.transport.requests.first
        #expect(request?.method == "WEBSOCKET")
        #expect(request?.path == "/v1/sandboxes/demo/exec/ws")
        #expect(request?.header("Authorization") == "Bearer test-token")
    }

    @Test func sendsRequestWithOptions() throws {
        let socket = FakeWebSocket.replying([Self.exitZero])
        _ = Self.harness(socket).run("sandbox exec demo --timeout 1m --workdir /tmp -e A=1 -- python3 -c print(1)")
        let text = try #require(socket.sentTexts.first)
        #expect(
            text == #"{"command":["python3","-c","print(1)"],"env":{"A":"1"},"timeout_seconds":60,"workdir":"/tmp"}"#)
    }

    @Test func commandKeepsDashes() throws {
        let socket = FakeWebSocket.replying([Self.exitZero])
        _ = Self.harness(socket).run(["sandbox", "exec", "demo", "--", "ls", "-la", "--", "--help"])
        let text = try #require(socket.sentTexts.first)
        #expect(text == #"{"command":["ls","-la","--","--help"]}"#)
    }

    @Test func closesInputWhenStdinIsTerminal() {
        let socket = FakeWebSocket.replying([Self.exitZero])
        let console = FakeConsole(input: [Array("typed".utf8)], terminals: [.input])
        _ = Self.harness(socket, console: console).run("sandbox exec demo -- cat")
        #expect(socket.sentFrames == [.control(.endOfInput)])
    }

    @Test func forwardsPipedInputThenEOF() {
        // The fake server echoes standard input back on stdout and exits once input ends.
        let socket = FakeWebSocket { message in
            guard case .binary(let bytes) = message, let frame = try? ExecFrame.decode(bytes) else { return [] }
            switch frame {
            case .input(let data): return [.binary([ExecFrame.outputChannel] + data)]
            case .control(.endOfInput): return [.binary((try? SandboxExecCommandTests.exitZero.encoded()) ?? [])]
            default: return []
            }
        }
        let console = FakeConsole(input: [Array("abc".utf8), Array("def".utf8)])
        let result = Self.harness(socket, console: console).run("sandbox exec demo -- cat")
        #expect(result.output == "abcdef")
        #expect(socket.sentFrames == [.input(Array("abc".utf8)), .input(Array("def".utf8)), .control(.endOfInput)])
    }

    @Test func interactiveForwardsTerminalInput() throws {
        let socket = FakeWebSocket { message in
            guard case .binary(let bytes) = message, let frame = try? ExecFrame.decode(bytes),
                frame == .control(.endOfInput)
            else { return [] }
            return [.binary((try? SandboxExecCommandTests.exitZero.encoded()) ?? [])]
        }
        let console = FakeConsole(input: [Array("x".utf8)], terminals: [.input])
        _ = Self.harness(socket, console: console).run("sandbox exec demo -i -- cat")
        #expect(socket.sentFrames.first == .input(Array("x".utf8)))
    }

    @Test func timeoutExitsWith124() {
        let socket = FakeWebSocket.replying([.control(.exit(code: 124, timedOut: true))])
        let result = Self.harness(socket).run("sandbox exec demo --timeout 5 -- sleep 10")
        #expect(result.status == 124)
        #expect(result.error == "error: the command in sandbox 'demo' timed out after 5s and was killed\n")
    }

    @Test func startErrorIsReported() {
        let socket = FakeWebSocket.replying([.control(.error(message: "executable 'nope' not found"))])
        let result = Self.harness(socket).run("sandbox exec demo -- nope")
        #expect(result.status == 1)
        #expect(result.error == "error: the command could not start in sandbox 'demo': executable 'nope' not found\n")
    }

    @Test func closeBeforeExitIsError() {
        let socket = FakeWebSocket.replying([.output(Array("partial".utf8))])
        let closer = Thread {
            usleep(100_000)
            socket.close()
        }
        closer.start()
        let result = Self.harness(socket).run("sandbox exec demo -- ls")
        #expect(result.status == 1)
        #expect(result.error.contains("closed before the command in sandbox 'demo' exited"))
    }

    @Test func socketIsClosedAfterExit() {
        let socket = FakeWebSocket.replying([Self.exitZero])
        _ = Self.harness(socket).run("sandbox exec demo -- ls")
        #expect(socket.isClosed)
    }

    @Test func needsCommand() {
        let result = CLIHarness().run("sandbox exec demo")
        #expect(result.status == 64)
        #expect(
            result.error.hasPrefix(
                "error: missing command for 'paddock sandbox exec': put it after '--', as in "
                    + "'paddock sandbox exec NAME -- ls -l'\n"))
    }

    @Test func commandWithoutDoubleDash() {
        let result = CLIHarness().run("sandbox exec demo ls")
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("error: unexpected argument 'ls' for 'paddock sandbox exec'; put the command"))
    }

    @Test func badTimeout() {
        let result = CLIHarness().run("sandbox exec demo --timeout soon -- ls")
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("error: --timeout: invalid timeout 'soon': expected "))
    }

    @Test func ttyNeedsTerminal() {
        let socket = FakeWebSocket.replying([Self.exitZero])
        let harness = Self.harness(socket)
        let result = harness.run("sandbox exec demo -t -- bash")
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("error: --tty needs standard input to be a terminal"))
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func ttySendsSizeAndRestoresTerminal() throws {
        let socket = FakeWebSocket.replying([Self.exitZero])
        let harness = Self.harness(socket, console: FakeConsole(terminals: [.input, .output]))
        let result = harness.run("sandbox exec demo -t -- bash")
        #expect(result.status == 0)
        let text = try #require(socket.sentTexts.first)
        #expect(text == #"{"cols":120,"command":["bash"],"rows":40,"tty":true}"#)
        #expect(harness.terminal.rawModeCount == 1)
        #expect(harness.terminal.restoreCount == 1)
    }

    @Test func ttyRestoresTerminalOnError() {
        let socket = FakeWebSocket.replying([.control(.error(message: "boom"))])
        let harness = Self.harness(socket, console: FakeConsole(terminals: [.input]))
        _ = harness.run("sandbox exec demo --tty -- bash")
        #expect(harness.terminal.restoreCount == 1)
    }

    @Test func windowChangeSendsResize() {
        let signals = FakeSignals()
        // The server waits for the first client frame, then the test resizes, then the server exits.
        let socket = FakeWebSocket { message in
            guard case .binary(let bytes) = message, let frame = try? ExecFrame.decode(bytes) else { return [] }
            if case .control(.resize) = frame {
                return [.binary((try? SandboxExecCommandTests.exitZero.encoded()) ?? [])]
            }
            signals.sendFromAnotherThread(SIGWINCH)
            return []
        }
        var harness = Self.harness(socket, console: FakeConsole(input: [Array("a".utf8)], terminals: [.input]))
        harness.signals = signals
        _ = harness.run("sandbox exec demo -t -- bash")
        #expect(socket.sentFrames.contains(.control(.resize(rows: 40, columns: 120))))
    }

    @Test func signalRestoresTerminalAndTerminates() {
        let signals = FakeSignals()
        let once = OnceGuard()
        let socket = FakeWebSocket { message in
            if case .binary = message, once.claim() { signals.sendFromAnotherThread(SIGTERM) }
            return []
        }
        var harness = Self.harness(socket, console: FakeConsole(input: [Array("a".utf8)], terminals: [.input]))
        harness.signals = signals
        let closer = Thread {
            usleep(200_000)
            socket.close()
        }
        closer.start()
        let result = harness.run("sandbox exec demo -t -- bash")
        #expect(harness.terminal.restoreCount == 1)
        #expect(harness.terminations.all == [128 + SIGTERM])
        #expect(result.status == 128 + SIGTERM)
    }
}

struct SandboxConnectCommandTests {
    @Test func needsTerminal() {
        let harness = CLIHarness()
        let result = harness.run("sandbox connect demo")
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("error: sandbox connect needs a terminal, but standard input is not one"))
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func runsLoginShell() throws {
        let socket = FakeWebSocket.replying([.control(.exit(code: 0, timedOut: false))])
        var harness = CLIHarness()
        harness.console = FakeConsole(terminals: [.input, .output])
        harness.transport.sockets = [socket]
        let result = harness.run("sandbox connect demo")
        #expect(result.status == 0)
        let text = try #require(socket.sentTexts.first)
        #expect(text == #"{"cols":120,"command":["/bin/bash","-l"],"rows":40,"tty":true}"#)
    }

    @Test func fallsBackToShWithoutBash() throws {
        let bash = FakeWebSocket.replying([.control(.exit(code: 127, timedOut: false))])
        let sh = FakeWebSocket.replying([.control(.exit(code: 5, timedOut: false))])
        var harness = CLIHarness()
        harness.console = FakeConsole(terminals: [.input])
        harness.transport.sockets = [bash, sh]
        let result = harness.run("sandbox connect demo")
        #expect(result.status == 5)
        let text = try #require(sh.sentTexts.first)
        #expect(text.contains(#"["/bin/sh","-l"]"#))
    }
}
