/// A mistake on the command line: the CLI prints `error: <message>` and exits with status 64.
struct UsageError: Error, CustomStringConvertible, Equatable {
    /// The mistake, with the offending value and the expected form.
    let message: String
    /// The command whose usage applies, such as `paddock sandbox create`, for a hint to its help.
    var commandPath: String?

    init(_ message: String, commandPath: String? = nil) {
        self.message = message
        self.commandPath = commandPath
    }

    var description: String { message }

    /// The exit status for usage errors, `EX_USAGE` from BSD's sysexits.h.
    static let exitCode: Int32 = 64
}
