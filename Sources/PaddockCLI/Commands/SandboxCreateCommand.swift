@preconcurrency import Glibc
import PaddockCore

/// `paddock sandbox create`: create a sandbox and, with `-- CMD`, run a command in it.
struct SandboxCreateCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "create",
            abstract: "Create a sandbox, and optionally run a command in it.",
            discussion: """
                Prints the new sandbox's name. With '-- CMD', runs CMD in the sandbox once it is ready, streams \
                its output, and exits with CMD's exit status; standard input is passed on when it is not a \
                terminal.

                With --rm the sandbox is deleted when CMD exits, and also when this command is interrupted \
                (Ctrl-C, SIGTERM or SIGHUP) while CMD runs.
                """,
            examples: [
                "paddock sandbox create --name demo --memory 1G --cpus 2",
                "paddock sandbox create --policy agent.yaml --ttl 2h -e DEBUG=1",
                "paddock sandbox create --rm -- python3 -c 'print(42)'",
            ])
    }

    static let nameOption = OptionSpec.single(
        "name", value: "name",
        help: "Sandbox name: a DNS label of lowercase letters, digits and '-', at most 63 characters. "
            + "Default: a generated adjective-animal pair such as brave-otter.")
    static let policyOption = OptionSpec.single(
        "policy", value: "file",
        help: "Policy YAML file for the sandbox (filesystem, process and network rules), read here and sent "
            + "to the gateway. Default: the gateway's default policy, which denies all egress.")
    static let memoryOption = OptionSpec.single(
        "memory", value: "size",
        help: "Memory limit in bytes with an optional unit B, K, M, G or T (powers of 1024), such as 512M or 1.5G; "
            + "at least 32M and at most the host's memory. It includes /tmp and /dev/shm, a quarter of it each.")
    static let cpusOption = OptionSpec.single(
        "cpus", value: "count",
        help: "CPU limit in CPUs, greater than 0 and at most 1024, with at most 3 decimals, such as 1.5.")
    static let pidsOption = OptionSpec.single(
        "pids", value: "count", help: "Maximum number of processes and threads in the sandbox, at least 1.")
    static let environmentOption = CommonOptions.environment(for: "every process in the sandbox")
    static let ttlOption = OptionSpec.single(
        "ttl", value: "duration",
        help: "Time to live, after which the gateway deletes the sandbox: seconds or units d, h, m and s, "
            + "such as 90s, 30m, 2h or 1h30m. Default: no limit.")
    static let removeOption = OptionSpec.flag(
        "rm", help: "Delete the sandbox when CMD exits or this command is interrupted. Needs '-- CMD'.")

    /// The largest `--pids` value: Linux's `PID_MAX_LIMIT` on 64-bit machines.
    static let maximumPids = 4_194_304

    static var signature: CommandSignature {
        CommandSignature(
            options: [
                nameOption, policyOption, memoryOption, cpusOption, pidsOption, environmentOption, ttlOption,
                removeOption,
            ],
            trailingCommand: TrailingCommandSpec(
                isRequired: false, help: "Command to run in the new sandbox, and its arguments, verbatim."))
    }

    var name: String?
    var policyPath: String?
    /// The memory limit as typed, after checking that it parses.
    var memory: String?
    var cpus: String?
    var pids: Int?
    var environment: [EnvironmentAssignment]
    var ttl: String?
    var removeOnExit: Bool
    var command: [String]

    init(parsed: ParsedArguments) throws {
        name = try parsed.value(Self.nameOption, CommonOptions.sandboxName)
        policyPath = parsed.string(Self.policyOption)
        memory = try parsed.value(Self.memoryOption) { text in _ = try MemoryLimit.parse(text); return text }
        cpus = try parsed.value(Self.cpusOption) { text in _ = try CPUQuota.parse(text); return text }
        pids = try parsed.value(Self.pidsOption, Self.parsePids)
        environment = try parsed.values(Self.environmentOption, EnvironmentAssignment.parse)
        ttl = try parsed.value(Self.ttlOption) { text in
            _ = try DurationParser.parse(text, quantity: "TTL")
            return text
        }
        removeOnExit = parsed.flag(Self.removeOption)
        command = parsed.trailing ?? []
    }

    func validate() throws {
        if removeOnExit && command.isEmpty {
            throw UsageError(
                "--rm needs a command after '--', because the sandbox is deleted when that command exits; "
                    + "for example 'paddock sandbox create --rm -- python3 app.py'",
                commandPath: "paddock sandbox create")
        }
    }

    /// Returns the process limit in `text`, a whole number from 1 to `maximumPids`.
    static func parsePids(_ text: String) throws -> Int {
        guard let count = Int(text), count >= 1, count <= maximumPids else {
            throw PaddockError(
                .invalidArgument,
                "invalid process limit '\(text)': expected a whole number from 1 to \(maximumPids), such as 512")
        }
        return count
    }

    func run(in context: CommandContext) throws -> Int32 {
        let request = try makeRequest()
        let client = try context.makeClient()
        let sandbox = try client.createSandbox(request).value
        guard !command.isEmpty else {
            context.print(sandbox.name + "\n")
            return 0
        }
        if !removeOnExit {
            context.printError("created sandbox \(sandbox.name)\n")
        }
        return try runCommand(in: sandbox.name, client: client, context: context)
    }

    /// Builds the create request, reading the policy file.
    func makeRequest() throws -> CreateSandboxRequest {
        let policy = try policyPath.map { try FileReader.readText($0, what: "policy file") }
        return CreateSandboxRequest(
            name: name, policy: policy, policyFile: policyPath, memory: memory, cpus: cpus, pids: pids,
            env: environment.isEmpty ? nil : EnvironmentAssignment.dictionary(environment), ttl: ttl)
    }

    private func runCommand(in sandbox: String, client: GatewayClient, context: CommandContext) throws -> Int32 {
        let exec = StreamedExec(client: client, context: context)
        let request = ExecRequest(command: command)
        let forwardInput = !context.console.isTerminal(.input)
        guard removeOnExit else {
            return try exec.run(sandbox: sandbox, request: request, forwardInput: forwardInput, tty: false).exitCode
        }
        let removal = SandboxRemoval(client: client, name: sandbox, console: context.console)
        return try context.cleanup.run(cleanup: removal.remove) {
            try exec.run(sandbox: sandbox, request: request, forwardInput: forwardInput, tty: false).exitCode
        }
    }
}
