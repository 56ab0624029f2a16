/// One positional argument a command accepts, such as `NAME` in `paddock sandbox get NAME`.
struct PositionalSpec: Sendable, Hashable {
    /// How many values a positional argument takes.
    enum Arity: Sendable, Hashable {
        case required
        case optional
        /// One or more values. Only the last positional may have this arity.
        case oneOrMore
    }

    /// The placeholder in usage and messages, such as `NAME`.
    let name: String
    let arity: Arity
    /// The argument's meaning, for help.
    let help: String

    /// The placeholder as shown in a usage line: `NAME`, `[DEST]` or `NAME...`.
    var usageLabel: String {
        switch arity {
        case .required: return name
        case .optional: return "[\(name)]"
        case .oneOrMore: return "\(name)..."
        }
    }
}

/// The command that follows `--`, such as `CMD...` in `paddock sandbox exec NAME -- CMD...`.
struct TrailingCommandSpec: Sendable, Hashable {
    /// Whether a command after `--` is required.
    let isRequired: Bool
    /// The command's purpose, for help.
    let help: String
}
