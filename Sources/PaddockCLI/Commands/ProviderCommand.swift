import PaddockCore

/// The `paddock provider` group: credential providers whose secrets sandboxes use through
/// placeholders.
enum ProviderCommand: CommandNode {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "provider",
            abstract: "Manage credential providers, whose secrets sandboxes use without seeing them.",
            discussion: """
                A provider holds named credentials and the endpoints they may be sent to. A sandbox created \
                with '--provider NAME' gets one environment variable per credential, holding a placeholder; \
                its egress proxy puts the real value in place of the placeholder only on requests to those \
                endpoints. The gateway stores the values encrypted and never shows them.
                """,
            subcommands: [
                ProviderCreateCommand.self, ProviderListCommand.self, ProviderGetCommand.self,
                ProviderUpdateCommand.self, ProviderDeleteCommand.self,
            ])
    }
}

/// Options and parsing shared by the provider commands.
enum ProviderOptions {
    static let credential = OptionSpec.repeated(
        "credential", short: "c", value: "key[=value]",
        help: "A credential as KEY=VALUE, or KEY alone to take the value from this command's environment "
            + "variable KEY (which keeps it out of the process list); repeat for more. KEY becomes the "
            + "environment variable that holds the placeholder in sandboxes.")
    static let endpoint = OptionSpec.repeated(
        "endpoint", value: "host[:port]",
        help: "A host, or *.domain wildcard, with an optional port, that the credentials may be sent to; "
            + "repeat for more. Without a port every port matches.")
    static let name = PositionalSpec(name: "NAME", arity: .required, help: "The provider's name.")

    /// A `--credential` as typed: the key, and the value when it was given inline.
    struct CredentialArgument: Sendable, Equatable {
        var key: String
        var value: String?
    }

    static func parseCredential(_ text: String) throws -> CredentialArgument {
        guard let equals = text.firstIndex(of: "=") else {
            try EnvironmentAssignment.validateKey(text)
            return CredentialArgument(key: text, value: nil)
        }
        let key = String(text[..<equals])
        try EnvironmentAssignment.validateKey(key)
        return CredentialArgument(key: key, value: String(text[text.index(after: equals)...]))
    }

    /// Returns the credentials with every missing value taken from `variables`.
    ///
    /// - Throws: `UsageError` naming the key whose environment variable is unset or empty.
    static func resolve(
        _ arguments: [CredentialArgument], from variables: [String: String], commandPath: String
    ) throws(UsageError) -> [String: String] {
        var credentials: [String: String] = [:]
        for argument in arguments {
            if let value = argument.value {
                credentials[argument.key] = value
                continue
            }
            guard let value = variables[argument.key], !value.isEmpty else {
                throw UsageError(
                    "--credential \(argument.key): the environment variable \(argument.key) is not set or empty; "
                        + "export it, or pass \(argument.key)=VALUE",
                    commandPath: commandPath)
            }
            credentials[argument.key] = value
        }
        return credentials
    }

    /// Returns the positional provider name, checked.
    static func name(_ parsed: ParsedArguments) throws(UsageError) -> String {
        let name = parsed.positional(0) ?? ""
        guard SandboxName.isValid(name) else {
            throw UsageError(
                "invalid provider name '\(name)': a name is a DNS label of lowercase letters, digits and '-', "
                    + "such as github",
                commandPath: parsed.commandPath)
        }
        return name
    }
}
