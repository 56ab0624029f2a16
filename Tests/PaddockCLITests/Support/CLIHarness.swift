import Foundation
import PaddockCore
import Synchronization

@testable import PaddockCLI

/// Runs the command line in-process against fakes and captures what it printed.
struct CLIHarness {
    /// The outcome of one run.
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    var transport = FakeTransport()
    var console = FakeConsole()
    var terminal = FakeTerminal()
    var signals = FakeSignals()
    var variables: [String: String] = ["PADDOCK_TOKEN": "test-token", "PADDOCK_STATE_DIR": "/nonexistent/paddock"]
    var userID: UInt32 = 1000
    var hookCalls = HookCalls()
    var internalRoles: [String: @Sendable ([String]) -> Int32] = [:]
    /// The fixed time that tables compute ages from: one hour after the sample sandboxes' creation.
    var now = Date(timeIntervalSince1970: 1_796_378_400 + 3600)
    let terminations = LockedList<Int32>()

    var environment: CLIEnvironment {
        let terminations = self.terminations
        return CLIEnvironment(
            variables: variables, userID: userID, console: console, terminal: terminal, signals: signals,
            now: { [now] in now }, terminate: { status in terminations.append(status) })
    }

    var hooks: CLIHooks {
        let calls = hookCalls
        return CLIHooks(
            transportFactory: transport,
            gatewayStart: { options in
                calls.record("start", options)
                return 0
            },
            gatewayStop: { options in
                calls.record("stop", options)
                return 0
            },
            gatewayStatus: { options in
                calls.record("status", options)
                return 3
            },
            doctor: { format in
                calls.record("doctor", format)
                return format == .json ? 0 : 1
            },
            internalRoles: internalRoles)
    }

    /// Runs `paddock` with `arguments` (without the program name).
    func run(_ arguments: [String]) -> Result {
        let status = PaddockCommandLine.run(arguments, hooks: hooks, environment: environment)
        return Result(status: status, output: console.output, error: console.error)
    }

    /// Splits a command line on spaces and runs it.
    func run(_ commandLine: String) -> Result {
        run(commandLine.split(separator: " ").map(String.init))
    }
}

/// The hook calls made during a run, with their arguments.
final class HookCalls: Sendable {
    private let calls = Mutex([(String, any Sendable)]())

    func record(_ name: String, _ argument: any Sendable) {
        calls.withLock { $0.append((name, argument)) }
    }

    var names: [String] { calls.withLock { $0.map(\.0) } }

    /// Returns the argument of the first call named `name`, cast to `T`.
    func argument<T>(of name: String, as type: T.Type) -> T? {
        calls.withLock { $0.first { $0.0 == name }?.1 as? T }
    }
}
