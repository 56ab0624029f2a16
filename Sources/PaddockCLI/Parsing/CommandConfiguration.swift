/// The static description of a command or command group: its name, help texts and children.
struct CommandConfiguration {
    /// The word that selects the command, such as `create`.
    var name: String
    /// A one-line summary for command lists and the top of the help.
    var abstract: String
    /// Paragraphs shown below the summary in the command's own help.
    var discussion: String = ""
    /// Example command lines shown at the end of the help.
    var examples: [String] = []
    /// Child commands of a group, in the order help lists them.
    var subcommands: [any CommandNode.Type] = []
    /// Whether the command is left out of help and suggestions.
    var isHidden = false
}

/// A command or a group of commands in the `paddock` command tree.
///
/// A new command is one file with a type conforming to `LeafCommand`, added to its parent's
/// `subcommands` list.
protocol CommandNode {
    static var configuration: CommandConfiguration { get }
}

/// A command that runs: it parses its arguments into typed properties, validates them and runs.
protocol LeafCommand: CommandNode {
    /// The options and arguments the command accepts, without the global ones.
    static var signature: CommandSignature { get }

    /// Converts parsed arguments into typed properties.
    ///
    /// - Throws: `UsageError` for a value that does not convert, such as `--memory 12Q`.
    init(parsed: ParsedArguments) throws

    /// Checks rules that involve several options, such as `--rm` needing a command.
    ///
    /// - Throws: `UsageError` for a command line that cannot run.
    func validate() throws

    /// Runs the command and returns the process exit status.
    func run(in context: CommandContext) throws -> Int32
}

extension LeafCommand {
    func validate() throws {}
}
