/// `paddock gateway status`: report whether the gateway runs and where it listens.
struct GatewayStatusCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "status",
            abstract: "Show whether the gateway daemon runs, and where it listens.",
            discussion: "Exits with status 0 when the gateway runs and answers, and 1 otherwise.")
    }

    static var signature: CommandSignature { CommandSignature() }

    init(parsed: ParsedArguments) throws {}

    func run(in context: CommandContext) throws -> Int32 {
        let url = try context.gatewayURL()
        let options = GatewayControlOptions(stateDirectory: context.stateDirectory, gatewayURL: url)
        return try context.hooks.gatewayStatus(options)
    }
}
