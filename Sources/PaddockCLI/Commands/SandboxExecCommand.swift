import PaddockCore

/// `paddock sandbox exec NAME -- CMD...`: run a command in a sandbox with streamed input and output.
struct SandboxExecCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "exec",
            abstract: "Run a command in a sandbox, streaming its input and output.",
            discussion: """
                Standard output and standard error arrive as the command writes them. Standard input is passed \
                on when it is not a terminal (a pipe or a file), or with -i; otherwise the command's standard \
                input is closed. Exits with the command's exit status: 124 when --timeout fired, 127 when the \
                command was not found, 128 + N when signal N ended it.

                With --tty the command runs on a pseudo-terminal: the local terminal is switched to raw mode \
                (restored on exit), keys such as Ctrl-C go to the command, and the remote terminal follows the \
                local window's size. Standard output and standard error then arrive together.
                """,
            examples: [
                "paddock sandbox exec demo -- ls -l /sandbox",
                "paddock sandbox exec demo --timeout 30s -e DEBUG=1 -- python3 app.py",
                "tar -c src | paddock sandbox exec demo -- tar -x -C /sandbox",
                "paddock sandbox exec demo -it -- python3",
            ])
    }

    static let timeoutOption = OptionSpec.single(
        "timeout", value: "duration",
        help: "Time limit after which the command is killed and exec exits with 124: seconds or units d, h, m "
            + "and s, such as 30 or 5m. Default: none.")
    static let workdirOption = OptionSpec.single(
        "workdir", value: "dir",
        help: "Working directory inside the sandbox; a relative one is taken from the workspace. Default: the workspace.")
    static let environmentOption = CommonOptions.environment(for: "the command")
    static let ttyOption = OptionSpec.flag(
        "tty", short: "t", help: "Run the command on a pseudo-terminal; implies -i. Needs a local terminal.")
    static let interactiveOption = OptionSpec.flag(
        "interactive", short: "i", help: "Pass standard input on even when it is a terminal.")

    static var signature: CommandSignature {
        CommandSignature(
            options: [timeoutOption, workdirOption, environmentOption, ttyOption, interactiveOption],
            positionals: [CommonOptions.sandboxName],
            trailingCommand: TrailingCommandSpec(
                isRequired: true, help: "Command to run in the sandbox, and its arguments, verbatim."))
    }

    var name: String
    var timeoutSeconds: Int64?
    var workdir: String?
    var environment: [EnvironmentAssignment]
    var tty: Bool
    var interactive: Bool
    var command: [String]

    init(parsed: ParsedArguments) throws {
        name = try CommonOptions.sandboxName(parsed)
        timeoutSeconds = try parsed.value(Self.timeoutOption) {
            try DurationParser.parseSeconds($0, quantity: "timeout")
        }
        workdir = parsed.string(Self.workdirOption)
        environment = try parsed.values(Self.environmentOption, EnvironmentAssignment.parse)
        tty = parsed.flag(Self.ttyOption)
        interactive = parsed.flag(Self.interactiveOption)
        command = parsed.trailing ?? []
    }

    func validate() throws {
        if workdir?.isEmpty == true {
            throw UsageError("--workdir: the directory is empty; give a path such as /sandbox/src")
        }
    }

    func run(in context: CommandContext) throws -> Int32 {
        let inputIsTerminal = context.console.isTerminal(.input)
        if tty && !inputIsTerminal {
            throw UsageError(
                "--tty needs standard input to be a terminal; leave out --tty to run with pipes or files",
                commandPath: context.commandPath)
        }
        let request = ExecRequest(
            command: command, env: environment.isEmpty ? nil : EnvironmentAssignment.dictionary(environment),
            workdir: workdir, timeoutSeconds: timeoutSeconds.map(Double.init))
        let client = try context.makeClient()
        let outcome = try StreamedExec(client: client, context: context).run(
            sandbox: name, request: request, forwardInput: tty || interactive || !inputIsTerminal, tty: tty)
        if outcome.timedOut, let timeoutSeconds {
            context.printError(
                "error: the command in sandbox '\(name)' timed out after "
                    + "\(DurationParser.format(seconds: timeoutSeconds)) and was killed\n")
        }
        if outcome.oomKilled {
            context.printError(
                "error: the command in sandbox '\(name)' was killed by the out-of-memory killer at the sandbox's memory limit\n")
        }
        return outcome.exitCode
    }
}
