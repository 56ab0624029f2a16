/// `paddock sandbox get NAME`: show one sandbox.
struct SandboxGetCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "get",
            abstract: "Show one sandbox's phase, limits, command and user.",
            examples: ["paddock sandbox get demo", "paddock sandbox get demo -o json"])
    }

    static var signature: CommandSignature {
        CommandSignature(options: [CommonOptions.output], positionals: [CommonOptions.sandboxName])
    }

    var name: String
    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        name = try CommonOptions.sandboxName(parsed)
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
    }

    func run(in context: CommandContext) throws -> Int32 {
        let response = try context.makeClient().sandbox(named: name)
        switch output {
        case .json:
            context.print(JSONPrettyPrinter.format(response.body))
        case .table:
            context.print(SandboxTable.details(response.value, now: context.environment.now()))
        }
        return 0
    }
}
