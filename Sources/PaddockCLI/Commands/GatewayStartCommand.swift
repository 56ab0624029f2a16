import PaddockCore

/// `paddock gateway start`: start the gateway daemon.
struct GatewayStartCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "start",
            abstract: "Start the gateway daemon.",
            discussion: """
                Creates the state directory and the API token on first start, then serves the REST API on \
                the --listen address and on gateway.sock in the state directory. Without --foreground the \
                daemon detaches once it is ready.
                """,
            examples: [
                "paddock gateway start",
                "paddock gateway start --foreground --listen 127.0.0.1:8760",
            ])
    }

    static let listenOption = OptionSpec.single(
        "listen", value: "host:port",
        help: "TCP address for the REST API. A non-loopback host is allowed but warned about, because "
            + "anyone who can reach it can try the token. Default: 127.0.0.1:7760.")
    static let foregroundOption = OptionSpec.flag(
        "foreground", help: "Stay in the foreground and log to standard error instead of detaching.")

    static var signature: CommandSignature {
        CommandSignature(options: [listenOption, foregroundOption])
    }

    var listen: ListenAddress
    var foreground: Bool

    init(parsed: ParsedArguments) throws {
        listen = try parsed.value(Self.listenOption, ListenAddress.parse) ?? .gatewayDefault
        foreground = parsed.flag(Self.foregroundOption)
    }

    func run(in context: CommandContext) throws -> Int32 {
        if !listen.isLoopback {
            context.printError(
                "warning: --listen \(listen) is not a loopback address; the gateway is reachable from other "
                    + "machines, guarded only by its token\n")
        }
        let options = GatewayStartOptions(
            stateDirectory: context.stateDirectory, listen: listen, foreground: foreground)
        return try context.hooks.gatewayStart(options)
    }
}
