import PaddockCore

/// `paddock sandbox connect NAME`: an interactive login shell in a sandbox.
struct SandboxConnectCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "connect",
            abstract: "Open an interactive login shell in a sandbox.",
            discussion: """
                Runs 'bash -l' on a pseudo-terminal that follows the local window's size, or 'sh -l' when the \
                sandbox has no bash. Needs a terminal; use 'paddock sandbox exec' for scripts. Exits with the \
                shell's exit status.
                """,
            examples: ["paddock sandbox connect demo"])
    }

    static let shell = ["/bin/bash", "-l"]
    static let fallbackShell = ["/bin/sh", "-l"]

    static var signature: CommandSignature {
        CommandSignature(positionals: [CommonOptions.sandboxName])
    }

    var name: String

    init(parsed: ParsedArguments) throws {
        name = try CommonOptions.sandboxName(parsed)
    }

    func run(in context: CommandContext) throws -> Int32 {
        guard context.console.isTerminal(.input) else {
            throw PaddockError(
                .failedPrecondition,
                "sandbox connect needs a terminal, but standard input is not one; run commands with "
                    + "'paddock sandbox exec \(name) -- CMD' instead")
        }
        let exec = StreamedExec(client: try context.makeClient(), context: context)
        let outcome = try exec.run(
            sandbox: name, request: ExecRequest(command: Self.shell), forwardInput: true, tty: true)
        // 127 before any keystroke means bash was not found. After input, it is the shell's own status.
        guard outcome.exitCode == 127, !outcome.sentInput else {
            return outcome.exitCode
        }
        return try exec.run(
            sandbox: name, request: ExecRequest(command: Self.fallbackShell), forwardInput: true, tty: true
        ).exitCode
    }
}
