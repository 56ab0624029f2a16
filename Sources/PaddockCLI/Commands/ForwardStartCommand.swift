@preconcurrency import Glibc
import Foundation
import PaddockCore

/// `paddock forward start [BIND:]PORT NAME`: forward a host port into a sandbox.
struct ForwardStartCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "start",
            abstract: "Forward host BIND:PORT to 127.0.0.1:PORT inside a running sandbox.",
            discussion: """
                BIND defaults to 127.0.0.1, so the port is reachable from this machine only. The gateway \
                relays bytes both ways, so any TCP protocol works, WebSocket upgrades included. Only the \
                sandbox's own loopback can be reached. Without --background the forward lasts until this \
                command is interrupted (Ctrl-C); with it, until 'paddock forward stop', until the sandbox \
                stops or is deleted, or until the gateway stops or restarts, which does not restore forwards.
                """,
            examples: ["paddock forward start 8000 demo", "paddock forward start --background 127.0.0.1:9000 demo"])
    }

    static let backgroundOption = OptionSpec.flag(
        "background", help: "Return at once and leave the forward running in the gateway.")

    static var signature: CommandSignature {
        CommandSignature(
            options: [backgroundOption],
            positionals: [
                PositionalSpec(name: "[BIND:]PORT", arity: .required, help: "The sandbox port, and the host address."),
                CommonOptions.sandboxName,
            ])
    }

    var forward: String
    var name: String
    var background: Bool

    init(parsed: ParsedArguments) throws {
        forward = parsed.positionals[0]
        name = try CommonOptions.sandboxName(parsed, at: 1)
        background = parsed.flag(Self.backgroundOption)
    }

    func run(in context: CommandContext) throws -> Int32 {
        let client = try context.makeClient()
        let started = try client.startForward(sandbox: name, forward: forward).value
        context.print("forwarding \(started.bind):\(started.hostPort) to port \(started.port) of sandbox \(name)\n")
        guard !background else { return 0 }
        context.printError("press Ctrl-C to stop\n")
        let done = DispatchSemaphore(value: 0)
        let subscription = context.environment.signals.subscribe([SIGINT, SIGTERM, SIGHUP]) { _ in done.signal() }
        done.wait()
        subscription.cancel()
        try client.stopForward(sandbox: name, port: started.port)
        context.printError("stopped forwarding port \(started.port)\n")
        return 0
    }
}
