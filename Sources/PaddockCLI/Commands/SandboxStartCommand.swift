/// `paddock sandbox start NAME`: start a stopped sandbox again.
struct SandboxStartCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "start",
            abstract: "Start a stopped sandbox again, with the files it had.",
            examples: ["paddock sandbox start demo"])
    }

    static var signature: CommandSignature {
        CommandSignature(positionals: [CommonOptions.sandboxName])
    }

    var name: String

    init(parsed: ParsedArguments) throws {
        name = try CommonOptions.sandboxName(parsed)
    }

    func run(in context: CommandContext) throws -> Int32 {
        let sandbox = try context.makeClient().startSandbox(named: name).value
        context.print("started \(sandbox.name) (phase: \(sandbox.phase))\n")
        return 0
    }
}
