/// `paddock version`: print this command's version and, when reachable, the gateway's.
struct VersionCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "version",
            abstract: "Show the version of this command and of the gateway.",
            discussion: "The gateway's line reports why it is missing when the gateway cannot be asked.")
    }

    static var signature: CommandSignature { CommandSignature() }

    init(parsed: ParsedArguments) throws {}

    func run(in context: CommandContext) throws -> Int32 {
        context.print("paddock \(PaddockRootCommand.version)\n")
        do {
            let client = try context.makeClient()
            let health = try client.health()
            context.print("gateway \(health.version ?? "unknown") at \(client.gatewayURL)\n")
        } catch {
            context.print("gateway: unavailable (\(ErrorText.describe(error)))\n")
        }
        return 0
    }
}
