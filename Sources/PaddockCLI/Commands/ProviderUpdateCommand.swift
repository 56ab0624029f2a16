import PaddockCore

/// `paddock provider update NAME ...`: change a provider's credentials or endpoints.
struct ProviderUpdateCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "update",
            abstract: "Add, replace or remove a provider's credentials, or replace its endpoints.",
            discussion: """
                Credentials not named keep their values. --endpoint replaces the whole endpoint list, and \
                --clear-endpoints empties it. Running sandboxes get the new values when they start again.
                """,
            examples: [
                "paddock provider update github --credential GITHUB_TOKEN",
                "paddock provider update github --remove-credential OLD --endpoint github.com",
            ])
    }

    static let removeOption = OptionSpec.repeated(
        "remove-credential", value: "key", help: "A credential to remove; repeat for more.")
    static let clearEndpointsOption = OptionSpec.flag(
        "clear-endpoints", help: "Remove every endpoint, so that the credentials are sent nowhere.")

    static var signature: CommandSignature {
        CommandSignature(
            options: [
                ProviderOptions.credential, removeOption, ProviderOptions.endpoint, clearEndpointsOption,
                CommonOptions.output,
            ],
            positionals: [ProviderOptions.name])
    }

    var name: String
    var credentials: [ProviderOptions.CredentialArgument]
    var removed: [String]
    var endpoints: [String]?
    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        name = try ProviderOptions.name(parsed)
        credentials = try parsed.values(ProviderOptions.credential, ProviderOptions.parseCredential)
        removed = try parsed.values(Self.removeOption) { key in
            try EnvironmentAssignment.validateKey(key)
            return key
        }
        let given = parsed.strings(ProviderOptions.endpoint)
        let clear = parsed.flag(Self.clearEndpointsOption)
        if clear && !given.isEmpty {
            throw UsageError(
                "--clear-endpoints and --endpoint contradict each other; give one of them",
                commandPath: parsed.commandPath)
        }
        endpoints = clear ? [] : (given.isEmpty ? nil : given)
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
        if credentials.isEmpty && removed.isEmpty && endpoints == nil {
            throw UsageError(
                "nothing to update: give --credential, --remove-credential, --endpoint or --clear-endpoints",
                commandPath: parsed.commandPath)
        }
    }

    func run(in context: CommandContext) throws -> Int32 {
        let values = try ProviderOptions.resolve(
            credentials, from: context.environment.variables, commandPath: context.commandPath)
        let request = UpdateProviderRequest(
            credentials: values.isEmpty ? nil : values, removeCredentials: removed.isEmpty ? nil : removed,
            endpoints: endpoints)
        let response = try context.makeClient().updateProvider(named: name, request)
        switch output {
        case .json: context.print(JSONPrettyPrinter.format(response.body))
        case .table: context.print(ProviderTable.details(response.value, now: context.environment.now()))
        }
        return 0
    }
}
