/// `paddock provider get NAME`: show one provider, without its values.
struct ProviderGetCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "get",
            abstract: "Show a provider's credential names, endpoints and sandboxes; never its values.",
            examples: ["paddock provider get github", "paddock provider get github -o json"])
    }

    static var signature: CommandSignature {
        CommandSignature(options: [CommonOptions.output], positionals: [ProviderOptions.name])
    }

    var name: String
    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        name = try ProviderOptions.name(parsed)
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
    }

    func run(in context: CommandContext) throws -> Int32 {
        let response = try context.makeClient().provider(named: name)
        switch output {
        case .json: context.print(JSONPrettyPrinter.format(response.body))
        case .table: context.print(ProviderTable.details(response.value, now: context.environment.now()))
        }
        return 0
    }
}
