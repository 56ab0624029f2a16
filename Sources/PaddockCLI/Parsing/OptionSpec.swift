/// One option a command accepts: its names, whether it takes a value, and its help text.
struct OptionSpec: Sendable, Hashable {
    /// The way an option uses the arguments after its name.
    enum Kind: Sendable, Hashable {
        /// Takes no value: `--rm`.
        case flag
        /// Takes one value, given at most once: `--name N`.
        case single
        /// Takes one value each time and may be given many times: `--env K=V --env K2=V2`.
        case repeated
    }

    /// The long name without dashes, such as `name` for `--name`.
    let long: String
    /// The one-letter alias, such as `o` for `-o`.
    let short: Character?
    let kind: Kind
    /// The value's placeholder in help, such as `size` for `--memory <size>`.
    let valueName: String
    /// The help text: what the option sets, and in what unit.
    let help: String

    /// Creates an option that takes no value.
    static func flag(_ long: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(long: long, short: short, kind: .flag, valueName: "", help: help)
    }

    /// Creates an option that takes one value and may be given once.
    static func single(_ long: String, short: Character? = nil, value: String, help: String) -> OptionSpec {
        OptionSpec(long: long, short: short, kind: .single, valueName: value, help: help)
    }

    /// Creates an option that takes one value and may be given many times.
    static func repeated(_ long: String, short: Character? = nil, value: String, help: String) -> OptionSpec {
        OptionSpec(long: long, short: short, kind: .repeated, valueName: value, help: help)
    }

    /// The long form as typed, such as `--name`.
    var displayName: String { "--\(long)" }

    /// The names and value as shown in help, such as `-e, --env <key=value>`.
    var helpLabel: String {
        var label = short.map { "-\($0), " } ?? ""
        label += displayName
        if kind != .flag {
            label += " <\(valueName)>"
        }
        return label
    }
}
