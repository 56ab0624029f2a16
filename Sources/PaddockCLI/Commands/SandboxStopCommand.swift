/// `paddock sandbox stop NAME`: stop a sandbox's processes and keep its files.
struct SandboxStopCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "stop",
            abstract: "Stop a sandbox's processes, keeping its files for a later start.",
            examples: ["paddock sandbox stop demo"])
    }

    static var signature: CommandSignature {
        CommandSignature(positionals: [CommonOptions.sandboxName])
    }

    var name: String

    init(parsed: ParsedArguments) throws {
        name = try CommonOptions.sandboxName(parsed)
    }

    func run(in context: CommandContext) throws -> Int32 {
        let sandbox = try context.makeClient().stopSandbox(named: name).value
        context.print("stopped \(sandbox.name) (phase: \(sandbox.phase))\n")
        return 0
    }
}
