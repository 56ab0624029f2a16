/// `paddock policy get NAME [--rev N]`: show one revision and its document.
struct PolicyGetCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "get",
            abstract: "Show a policy revision of a sandbox: its status, error and YAML document.",
            discussion: """
                Without --rev, shows the revision in force: the newest loaded one, or else the newest that \
                did not fail.
                """,
            examples: ["paddock policy get demo", "paddock policy get demo --rev 3 -o json"])
    }

    static let revisionOption = OptionSpec.single(
        "rev", value: "number", help: "The revision number to show, from 1. Default: the revision in force.")

    static var signature: CommandSignature {
        CommandSignature(options: [revisionOption, CommonOptions.output], positionals: [CommonOptions.sandboxName])
    }

    var name: String
    var revision: Int?
    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        name = try CommonOptions.sandboxName(parsed)
        revision = try parsed.value(Self.revisionOption, PolicyTable.parseRevision)
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
    }

    func run(in context: CommandContext) throws -> Int32 {
        let response = try context.makeClient().policy(sandbox: name, revision: revision)
        switch output {
        case .json: context.print(JSONPrettyPrinter.format(response.body))
        case .table: context.print(PolicyTable.details(response.value))
        }
        return 0
    }
}
