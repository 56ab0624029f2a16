/// Walks the command tree to the command that an argument list selects.
///
/// Before the subcommand name, a group accepts only global options, `-h`/`--help`, `help` and,
/// at the root, `--version`. Global options given there are passed on to the leaf command, which
/// accepts them anywhere before `--` as well.
struct CommandDispatcher {
    /// The action that an argument list selects.
    enum Invocation {
        /// Print this help text and exit 0.
        case help(String)
        /// Print the version and exit 0.
        case version
        /// Run a leaf command with parsed arguments and global options.
        case run(any LeafCommand.Type, ParsedArguments, GlobalOptions)
    }

    let root: any CommandNode.Type
    let versionOption = OptionSpec.flag("version", help: "Show the version and exit.")

    /// Resolves `arguments`, which exclude the program name.
    ///
    /// - Throws: `UsageError` for an unknown command or option, a missing command or a bad argument.
    func resolve(_ arguments: [String]) throws -> Invocation {
        var node = root
        var path = root.configuration.name
        var globalArguments: [String] = []
        var index = 0

        while true {
            if let leaf = node as? any LeafCommand.Type {
                return try invocation(of: leaf, path: path, arguments: globalArguments + arguments[index...])
            }
            let isRoot = path == root.configuration.name
            guard index < arguments.count else {
                let names = visibleChildren(of: node).map { $0.configuration.name }.joined(separator: ", ")
                throw UsageError("missing command for '\(path)': choose one of \(names)", commandPath: path)
            }
            let argument = arguments[index]
            index += 1

            if argument == "-h" || argument == "--help" {
                return .help(groupHelp(node, path: path))
            }
            if isRoot, argument == "--version" {
                return .version
            }
            if argument == "help" {
                return .help(try help(for: Array(arguments[index...]), from: node, path: path))
            }
            if ArgumentParser.looksLikeOption(argument) {
                index = try consumeGlobalOption(arguments, at: index - 1, path: path, isRoot: isRoot, &globalArguments)
                continue
            }
            node = try child(named: argument, of: node, path: path)
            path += " " + argument
        }
    }

    /// Parses the arguments of the leaf command `leaf`, with the global options given before it first.
    private func invocation(of leaf: any LeafCommand.Type, path: String, arguments: [String]) throws -> Invocation {
        if Self.asksForHelp(arguments) {
            return .help(HelpFormatter.help(for: leaf, path: path))
        }
        let signature = leaf.signature.adding(GlobalOptions.specs)
        let parsed = try ArgumentParser(signature: signature, commandPath: path).parse(arguments)
        var globals = GlobalOptions()
        globals.merge(parsed)
        return .run(leaf, parsed, globals)
    }

    /// Returns whether `-h` or `--help` appears before `--`.
    static func asksForHelp(_ arguments: [String]) -> Bool {
        for argument in arguments {
            if argument == "--" { return false }
            if argument == "-h" || argument == "--help" { return true }
        }
        return false
    }

    /// Resolves `help [COMMAND...]` below `node` and returns the help text.
    private func help(
        for words: [String], from node: any CommandNode.Type, path: String
    ) throws -> String {
        var node = node
        var path = path
        for word in words where !word.hasPrefix("-") {
            guard !(node is any LeafCommand.Type) else { break }
            node = try child(named: word, of: node, path: path)
            path += " " + word
        }
        if let leaf = node as? any LeafCommand.Type {
            return HelpFormatter.help(for: leaf, path: path)
        }
        return groupHelp(node, path: path)
    }

    /// Records the global option at `start` (and its value) and returns the index after it.
    private func consumeGlobalOption(
        _ arguments: [String], at start: Int, path: String, isRoot: Bool, _ collected: inout [String]
    ) throws -> Int {
        let argument = arguments[start]
        let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
        guard let spec = GlobalOptions.specs.first(where: { $0.displayName == name }), spec.kind != .flag else {
            var candidates = GlobalOptions.specs.map(\.long)
            if isRoot {
                candidates.append(versionOption.long)
            }
            var message = "unknown option '\(name)' for '\(path)'"
            if name.hasPrefix("--"), let close = EditDistance.closest(to: String(name.dropFirst(2)), in: candidates) {
                message += "; did you mean '--\(close)'?"
            }
            throw UsageError(message, commandPath: path)
        }
        collected.append(argument)
        if argument.contains("=") {
            return start + 1
        }
        guard start + 1 < arguments.count else {
            throw UsageError(
                "missing value for option '\(spec.displayName) <\(spec.valueName)>' in '\(path)'", commandPath: path)
        }
        collected.append(arguments[start + 1])
        return start + 2
    }

    private func child(
        named name: String, of node: any CommandNode.Type, path: String
    ) throws -> any CommandNode.Type {
        if let match = node.configuration.subcommands.first(where: { $0.configuration.name == name }) {
            return match
        }
        var message = "unknown command '\(name)' for '\(path)'"
        let names = visibleChildren(of: node).map { $0.configuration.name }
        if let close = EditDistance.closest(to: name, in: names) {
            message += "; did you mean '\(close)'?"
        }
        throw UsageError(message, commandPath: path)
    }

    private func visibleChildren(of node: any CommandNode.Type) -> [any CommandNode.Type] {
        node.configuration.subcommands.filter { !$0.configuration.isHidden }
    }

    private func groupHelp(_ node: any CommandNode.Type, path: String) -> String {
        let isRoot = path == root.configuration.name
        return HelpFormatter.help(forGroup: node, path: path, extraOptions: isRoot ? [versionOption] : [])
    }
}
