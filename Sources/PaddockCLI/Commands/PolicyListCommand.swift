/// `paddock policy list NAME`: list a sandbox's policy revisions.
struct PolicyListCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "list",
            abstract: "List the policy revisions of a sandbox, oldest first.",
            discussion: """
                Columns: REVISION, STATUS (pending, loaded, failed or superseded), CREATED, LOADED and ERROR, \
                the reason a revision failed or is not confirmed.
                """,
            examples: ["paddock policy list demo", "paddock policy list demo -o json"])
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
        let response = try context.makeClient().policyRevisions(sandbox: name)
        switch output {
        case .json: context.print(JSONPrettyPrinter.format(response.body))
        case .table: context.print(PolicyTable.list(response.value.revisions))
        }
        return 0
    }
}
