/// Everything a leaf command accepts on its command line: options, positional arguments and an
/// optional command after `--`.
struct CommandSignature: Sendable {
    var options: [OptionSpec] = []
    var positionals: [PositionalSpec] = []
    var trailingCommand: TrailingCommandSpec?

    /// Returns the option whose long name is `name`.
    func option(long name: String) -> OptionSpec? {
        options.first { $0.long == name }
    }

    /// Returns the option whose one-letter alias is `letter`.
    func option(short letter: Character) -> OptionSpec? {
        options.first { $0.short == letter }
    }

    /// Returns this signature with `extra` options appended, such as the global ones.
    func adding(_ extra: [OptionSpec]) -> CommandSignature {
        var copy = self
        copy.options += extra.filter { spec in !options.contains { $0.long == spec.long } }
        return copy
    }
}
