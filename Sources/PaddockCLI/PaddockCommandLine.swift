import PaddockCore

/// The `paddock` command line: the entry point that the executable calls with its arguments.
public enum PaddockCommandLine {
    /// Runs the command line and returns the process exit status.
    ///
    /// Exit statuses: 0 on success, 64 for a usage error (unknown option, bad value, missing
    /// argument), 1 for any other failure, and a remote command's own status for `sandbox exec`,
    /// `sandbox connect` and `sandbox create -- CMD`. When the first argument names one of
    /// `hooks.internalRoles`, that role runs with the arguments after its name instead.
    ///
    /// - Parameters:
    ///   - arguments: The full argument vector including the program name, as `CommandLine.arguments`.
    ///   - hooks: The executable's transport and gateway functions.
    public static func main(arguments: [String], hooks: CLIHooks) -> Int32 {
        run(Array(arguments.dropFirst()), hooks: hooks, environment: .live())
    }

    /// Runs the command line without the program name in `arguments`, in `environment`.
    static func run(_ arguments: [String], hooks: CLIHooks, environment: CLIEnvironment) -> Int32 {
        if let role = arguments.first, let handler = hooks.internalRoles[role] {
            return handler(Array(arguments.dropFirst()))
        }
        let console = environment.console
        do {
            switch try CommandDispatcher(root: PaddockRootCommand.self).resolve(arguments) {
            case .help(let text):
                console.print(text)
                return 0
            case .version:
                console.print("paddock \(PaddockRootCommand.version)\n")
                return 0
            case .run(let leaf, let parsed, let globals):
                let command = try leaf.init(parsed: parsed)
                try command.validate()
                let context = CommandContext(
                    environment: environment, hooks: hooks, globals: globals, commandPath: parsed.commandPath,
                    cleanup: TerminationCleanup(signals: environment.signals, terminate: environment.terminate))
                return try command.run(in: context)
            }
        } catch let error as UsageError {
            console.printError("error: \(error.message)\n")
            if let path = error.commandPath {
                console.printError("Run '\(path) --help' for usage.\n")
            }
            return UsageError.exitCode
        } catch let error as InterruptedError {
            return error.exitCode
        } catch {
            console.printError("error: \(ErrorText.describe(error))\n")
            return 1
        }
    }
}
