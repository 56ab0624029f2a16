/// `paddock gateway stop`: stop the running gateway daemon.
struct GatewayStopCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "stop",
            abstract: "Stop the running gateway daemon.",
            discussion: "Running sandboxes keep running; a later 'paddock gateway start' adopts them again.")
    }

    static var signature: CommandSignature { CommandSignature() }

    init(parsed: ParsedArguments) throws {}

    func run(in context: CommandContext) throws -> Int32 {
        let url = try context.gatewayURL()
        let options = GatewayControlOptions(stateDirectory: context.stateDirectory, gatewayURL: url)
        return try context.hooks.gatewayStop(options)
    }
}
