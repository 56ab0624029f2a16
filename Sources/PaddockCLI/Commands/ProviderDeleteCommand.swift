/// `paddock provider delete NAME`: delete a provider that no sandbox uses.
struct ProviderDeleteCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "delete",
            abstract: "Delete a provider and its stored credentials.",
            discussion: "The gateway refuses while a sandbox uses the provider, and names those sandboxes.",
            examples: ["paddock provider delete github"])
    }

    static var signature: CommandSignature {
        CommandSignature(positionals: [ProviderOptions.name])
    }

    var name: String

    init(parsed: ParsedArguments) throws {
        name = try ProviderOptions.name(parsed)
    }

    func run(in context: CommandContext) throws -> Int32 {
        try context.makeClient().deleteProvider(named: name)
        context.print("deleted \(name)\n")
        return 0
    }
}
