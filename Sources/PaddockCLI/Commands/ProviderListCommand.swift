/// `paddock provider list`: list providers.
struct ProviderListCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "list",
            abstract: "List credential providers.",
            discussion: "Columns: NAME, CREDENTIALS (names only), ENDPOINTS, SANDBOXES that use it, and AGE.",
            examples: ["paddock provider list", "paddock provider list -o json"])
    }

    static var signature: CommandSignature {
        CommandSignature(options: [CommonOptions.output])
    }

    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
    }

    func run(in context: CommandContext) throws -> Int32 {
        let response = try context.makeClient().listProviders()
        switch output {
        case .json: context.print(JSONPrettyPrinter.format(response.body))
        case .table: context.print(ProviderTable.list(response.value.providers, now: context.environment.now()))
        }
        return 0
    }
}
