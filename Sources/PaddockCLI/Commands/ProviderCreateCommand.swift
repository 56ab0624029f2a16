import PaddockCore

/// `paddock provider create --name N --credential KEY[=VALUE]...`: store a provider.
struct ProviderCreateCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "create",
            abstract: "Create a credential provider.",
            discussion: """
                Prints the provider's name. Values given as KEY=VALUE are visible to other users of this \
                machine in the process list while the command runs; give KEY alone to read the value from \
                the environment variable of the same name instead.
                """,
            examples: [
                "paddock provider create --name gh -c GITHUB_TOKEN --endpoint api.github.com",
                "paddock provider create --name test -c TOKEN=abc123 --endpoint api.test:8443",
            ])
    }

    static let nameOption = OptionSpec.single(
        "name", value: "name", help: "Provider name: a DNS label of lowercase letters, digits and '-'.")

    static var signature: CommandSignature {
        CommandSignature(options: [
            nameOption, ProviderOptions.credential, ProviderOptions.endpoint, CommonOptions.output,
        ])
    }

    var name: String
    var credentials: [ProviderOptions.CredentialArgument]
    var endpoints: [String]
    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        guard let name = parsed.string(Self.nameOption) else {
            throw UsageError(
                "--name is required: give the provider a name, such as --name github", commandPath: parsed.commandPath)
        }
        var named = parsed
        named.positionals = [name]
        self.name = try ProviderOptions.name(named)
        credentials = try parsed.values(ProviderOptions.credential, ProviderOptions.parseCredential)
        endpoints = parsed.strings(ProviderOptions.endpoint)
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
        if credentials.isEmpty {
            throw UsageError(
                "at least one --credential is required, such as --credential GITHUB_TOKEN",
                commandPath: parsed.commandPath)
        }
    }

    func run(in context: CommandContext) throws -> Int32 {
        let values = try ProviderOptions.resolve(
            credentials, from: context.environment.variables, commandPath: context.commandPath)
        let request = CreateProviderRequest(name: name, credentials: values, endpoints: endpoints)
        let response = try context.makeClient().createProvider(request)
        switch output {
        case .json: context.print(JSONPrettyPrinter.format(response.body))
        case .table: context.print(response.value.name + "\n")
        }
        return 0
    }
}
