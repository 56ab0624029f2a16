/// Parses a leaf command's arguments against its `CommandSignature`.
///
/// Accepted forms: `--name N`, `--name=N`, `-o json`, `-ojson`, clustered flags (`-it`), repeated
/// options, positional arguments in any position, and `--`, after which every argument belongs to
/// the trailing command verbatim (or counts as positional when the command takes none).
struct ArgumentParser {
    let signature: CommandSignature
    /// The command being parsed, such as `paddock sandbox create`, for messages.
    let commandPath: String

    /// Parses `arguments`, which exclude the command's own name.
    ///
    /// - Throws: `UsageError` for an unknown option (with a suggestion when one is close), a
    ///   missing or unexpected value, an option given twice, or the wrong number of positionals.
    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments(commandPath: commandPath)
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1

            if argument == "--" {
                let rest = Array(arguments[index...])
                if signature.trailingCommand != nil {
                    result.trailing = rest
                } else {
                    result.positionals += rest
                }
                break
            }
            if argument.hasPrefix("--") {
                try parseLong(argument, arguments, &index, &result)
            } else if Self.looksLikeOption(argument) {
                try parseShortCluster(argument, arguments, &index, &result)
            } else {
                result.positionals.append(argument)
            }
        }
        try checkPositionals(result)
        try checkTrailing(result)
        return result
    }

    /// Returns whether `argument` is meant as an option: it starts with `-`, is not `-` alone, and
    /// is not a negative number such as `-1`, which is passed on as a value for a better message.
    static func looksLikeOption(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), argument.count > 1 else { return false }
        return !argument.dropFirst().allSatisfy { $0.isNumber || $0 == "." }
    }

    private func parseLong(
        _ argument: String, _ arguments: [String], _ index: inout Int, _ result: inout ParsedArguments
    ) throws(UsageError) {
        let body = argument.dropFirst(2)
        let name: String
        var inlineValue: String?
        if let equals = body.firstIndex(of: "=") {
            name = String(body[..<equals])
            inlineValue = String(body[body.index(after: equals)...])
        } else {
            name = String(body)
        }
        guard let spec = signature.option(long: name) else {
            throw unknownOption("--\(name)")
        }
        try apply(spec, shownAs: "--\(name)", inlineValue: inlineValue, arguments, &index, &result)
    }

    private func parseShortCluster(
        _ argument: String, _ arguments: [String], _ index: inout Int, _ result: inout ParsedArguments
    ) throws(UsageError) {
        var letters = Substring(argument.dropFirst())
        while let letter = letters.first {
            letters = letters.dropFirst()
            guard let spec = signature.option(short: letter) else {
                throw unknownOption("-\(letter)")
            }
            if spec.kind == .flag {
                result.flags.insert(spec.long)
                continue
            }
            // A value-taking letter consumes the rest of the cluster: `-ojson` or `-o=json`.
            let rest = letters.hasPrefix("=") ? letters.dropFirst() : letters
            let inlineValue = letters.isEmpty ? nil : String(rest)
            try apply(spec, shownAs: "-\(letter)", inlineValue: inlineValue, arguments, &index, &result)
            return
        }
    }

    private func apply(
        _ spec: OptionSpec, shownAs shownName: String, inlineValue: String?, _ arguments: [String],
        _ index: inout Int, _ result: inout ParsedArguments
    ) throws(UsageError) {
        if spec.kind == .flag {
            if let inlineValue {
                throw UsageError(
                    "option '\(shownName)' takes no value, but was given '\(inlineValue)'", commandPath: commandPath)
            }
            result.flags.insert(spec.long)
            return
        }

        // As in Docker's CLI, an option that needs a value takes the next argument even when it starts
        // with '-', so `--name -x` reaches the name check instead of failing as a missing value.
        let value: String
        if let inlineValue {
            value = inlineValue
        } else if index < arguments.count, arguments[index] != "--" {
            value = arguments[index]
            index += 1
        } else {
            throw UsageError(
                "missing value for option '\(shownName) <\(spec.valueName)>' in '\(commandPath)'",
                commandPath: commandPath)
        }

        if spec.kind == .single, result.values[spec.long] != nil {
            throw UsageError(
                "option '\(spec.displayName)' was given more than once; give it once", commandPath: commandPath)
        }
        result.values[spec.long, default: []].append(value)
    }

    private func unknownOption(_ shownName: String) -> UsageError {
        var message = "unknown option '\(shownName)' for '\(commandPath)'"
        if shownName.hasPrefix("--") {
            let word = String(shownName.dropFirst(2))
            if let suggestion = EditDistance.closest(to: word, in: signature.options.map(\.long)) {
                message += "; did you mean '--\(suggestion)'?"
            }
        }
        return UsageError(message, commandPath: commandPath)
    }

    private func checkPositionals(_ result: ParsedArguments) throws(UsageError) {
        let specs = signature.positionals
        let required = specs.filter { $0.arity != .optional }
        if result.positionals.count < required.count {
            let missing = required[result.positionals.count]
            throw UsageError("missing argument \(missing.name) for '\(commandPath)'", commandPath: commandPath)
        }

        let isVariadic = specs.last?.arity == .oneOrMore
        guard !isVariadic, result.positionals.count > specs.count else { return }
        let extra = result.positionals[specs.count]
        var message = "unexpected argument '\(extra)' for '\(commandPath)'"
        if signature.trailingCommand != nil {
            message += "; put the command after '--', as in '\(commandPath) \(usageOfPositionals) -- \(extra)'"
        }
        throw UsageError(message, commandPath: commandPath)
    }

    private func checkTrailing(_ result: ParsedArguments) throws(UsageError) {
        guard let trailing = signature.trailingCommand, trailing.isRequired else { return }
        guard (result.trailing ?? []).isEmpty else { return }
        throw UsageError(
            "missing command for '\(commandPath)': put it after '--', as in "
                + "'\(commandPath) \(usageOfPositionals) -- ls -l'",
            commandPath: commandPath)
    }

    private var usageOfPositionals: String {
        signature.positionals.filter { $0.arity != .optional }.map(\.name).joined(separator: " ")
    }
}
