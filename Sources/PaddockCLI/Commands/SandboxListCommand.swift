/// `paddock sandbox list`: list every sandbox.
struct SandboxListCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "list",
            abstract: "List sandboxes.",
            discussion: """
                Columns: NAME, ID, PHASE (creating, running, stopping, stopped, failed or deleting), IMAGE, \
                AGE since creation, and EXPIRES, the time left before the TTL deletes the sandbox.
                """,
            examples: ["paddock sandbox list", "paddock sandbox list -o json"])
    }

    static var signature: CommandSignature {
        CommandSignature(options: [CommonOptions.output])
    }

    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
    }

    func run(in context: CommandContext) throws -> Int32 {
        let response = try context.makeClient().listSandboxes()
        switch output {
        case .json:
            context.print(JSONPrettyPrinter.format(response.body))
        case .table:
            context.print(SandboxTable.list(response.value.sandboxes, now: context.environment.now()))
        }
        return 0
    }
}
