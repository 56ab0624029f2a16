/// The result of parsing a command line against a `CommandSignature`, with typed accessors that turn
/// conversion failures into usage errors naming the option.
struct ParsedArguments: Sendable {
    /// Values of value-taking options by long name, in the order given.
    var values: [String: [String]] = [:]
    /// Long names of the flags that were given.
    var flags: Set<String> = []
    /// Positional arguments in order.
    var positionals: [String] = []
    /// The arguments after `--`, verbatim, or nil when `--` was absent.
    var trailing: [String]?
    /// The command these arguments belong to, such as `paddock sandbox create`, for messages.
    var commandPath = ""

    /// Returns whether the flag `spec` was given.
    func flag(_ spec: OptionSpec) -> Bool {
        flags.contains(spec.long)
    }

    /// Returns the value of `spec`, or nil when it was not given.
    func string(_ spec: OptionSpec) -> String? {
        values[spec.long]?.last
    }

    /// Returns every value of the repeated option `spec`, in order.
    func strings(_ spec: OptionSpec) -> [String] {
        values[spec.long] ?? []
    }

    /// Returns the value of `spec` converted by `convert`, or nil when it was not given.
    ///
    /// - Throws: `UsageError` `--option: <reason>` when `convert` throws.
    func value<T>(_ spec: OptionSpec, _ convert: (String) throws -> T) throws(UsageError) -> T? {
        guard let text = string(spec) else { return nil }
        return try converted(text, spec, convert)
    }

    /// Returns every value of `spec` converted by `convert`.
    ///
    /// - Throws: `UsageError` `--option: <reason>` for the first value that `convert` rejects.
    func values<T>(_ spec: OptionSpec, _ convert: (String) throws -> T) throws(UsageError) -> [T] {
        var result: [T] = []
        for text in strings(spec) {
            result.append(try converted(text, spec, convert))
        }
        return result
    }

    /// Returns the value of `spec` as one of `T`'s raw values, or `defaultValue` when not given.
    ///
    /// - Parameter noun: What the value is, for the message, such as `output format`.
    func choice<T: CaseIterable & RawRepresentable>(
        _ spec: OptionSpec, default defaultValue: T, noun: String
    ) throws(UsageError) -> T where T.RawValue == String {
        guard let text = string(spec) else { return defaultValue }
        guard let value = T(rawValue: text) else {
            let choices = T.allCases.map(\.rawValue)
            let list = choices.dropLast().joined(separator: ", ") + " or " + (choices.last ?? "")
            throw UsageError(
                "\(spec.displayName): invalid \(noun) '\(text)': expected \(list)", commandPath: commandPath)
        }
        return value
    }

    /// Returns the positional argument at `index`, or nil when fewer were given.
    func positional(_ index: Int) -> String? {
        index < positionals.count ? positionals[index] : nil
    }

    private func converted<T>(
        _ text: String, _ spec: OptionSpec, _ convert: (String) throws -> T
    ) throws(UsageError) -> T {
        do {
            return try convert(text)
        } catch {
            throw UsageError("\(spec.displayName): \(ErrorText.describe(error))", commandPath: commandPath)
        }
    }
}
