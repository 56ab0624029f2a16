import PaddockCore

/// Option and argument specifications shared by several commands.
enum CommonOptions {
    /// `-o, --output table|json` with `table` as the default.
    static let output = OptionSpec.single(
        "output", short: "o", value: "format",
        help: "Output format: table for people, or json for the API's objects, pretty-printed. Default: table.")

    /// `-e, --env KEY=VALUE`, repeatable.
    static func environment(for what: String) -> OptionSpec {
        OptionSpec.repeated(
            "env", short: "e", value: "key=value",
            help: "Set an environment variable for \(what); repeat for more. VALUE may be empty or contain '='.")
    }

    /// The positional sandbox name.
    static let sandboxName = PositionalSpec(name: "NAME", arity: .required, help: "The sandbox's name.")

    /// Returns `text` after checking it is a valid sandbox name.
    static func sandboxName(_ text: String) throws -> String {
        try SandboxName.validate(text)
        return text
    }

    /// Returns the positional sandbox name at `index`, checked.
    ///
    /// - Throws: `UsageError` naming the invalid name.
    static func sandboxName(_ parsed: ParsedArguments, at index: Int = 0) throws(UsageError) -> String {
        let name = parsed.positional(index) ?? ""
        do {
            try SandboxName.validate(name)
        } catch {
            throw UsageError(error.message, commandPath: parsed.commandPath)
        }
        return name
    }
}
