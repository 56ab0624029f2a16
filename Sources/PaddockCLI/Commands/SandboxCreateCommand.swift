@preconcurrency import Glibc
import PaddockCore
import PaddockPolicy

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
                "paddock image pull 127.0.0.1:5000/team/agent:1.4",
                "paddock sandbox create --from 127.0.0.1:5000/team/agent:1.4 --forward 8000",
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
        "pids", value: "count", help: "Maximum number of processes and threads in the sandbox, at least 1 (default 4096).")
    static let environmentOption = CommonOptions.environment(for: "every process in the sandbox")
    static let ttlOption = OptionSpec.single(
        "ttl", value: "duration",
        help: "Time to live, after which the gateway deletes the sandbox: seconds or units d, h, m and s, "
            + "such as 90s, 30m, 2h or 1h30m. Default: no limit.")
    static let providerOption = OptionSpec.repeated(
        "provider", value: "name",
        help: "A credential provider whose credentials the sandbox gets as placeholders, one environment "
            + "variable per credential; repeat for more.")
    static let hostOverrideOption = OptionSpec.repeated(
        "egress-host-override", value: "host=ip",
        help: "For tests: make the egress proxy connect to IP for HOST instead of asking DNS; repeat for more.")
    static let allowLoopbackOption = OptionSpec.flag(
        "egress-allow-loopback",
        help: "For tests: let the egress proxy connect to loopback addresses, which it refuses by default. "
            + "The gateway logs a warning whenever it is on.")
    static let upstreamCAOption = OptionSpec.single(
        "egress-ca", value: "file",
        help: "For tests: a PEM file of CA certificates that upstream TLS servers may chain to, besides "
            + "the system's roots.")
    static let fromOption = OptionSpec.single(
        "from", value: "image",
        help: "Create the sandbox from an OCI image in the gateway's store (a name or digest; see 'paddock image "
            + "list') instead of the host image. It does not pull: run 'paddock image pull' or 'paddock image "
            + "import' first. The image's Env, WorkingDir and USER apply; its ENTRYPOINT and CMD do not run. "
            + "Default: host.")
    static let forwardOption = OptionSpec.repeated(
        "forward", value: "[bind:]port",
        help: "Forward host BIND:PORT (default 127.0.0.1:PORT) to 127.0.0.1:PORT inside the sandbox once it runs. "
            + "Repeatable. Ends when the sandbox stops or is deleted, and when the gateway stops or restarts "
            + "(add it again with 'paddock forward start --background').")
    static let removeOption = OptionSpec.flag(
        "rm", help: "Delete the sandbox when CMD exits or this command is interrupted. Needs '-- CMD'.")

    /// The largest `--pids` value: Linux's `PID_MAX_LIMIT` on 64-bit machines.
    static let maximumPids = 4_194_304

    static var signature: CommandSignature {
        CommandSignature(
            options: [
                nameOption, policyOption, memoryOption, cpusOption, pidsOption, environmentOption, ttlOption,
                providerOption, hostOverrideOption, allowLoopbackOption, upstreamCAOption, removeOption,
                fromOption, forwardOption,
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
    var providers: [String]
    var hostOverrides: [String: String]
    var allowLoopback: Bool
    var upstreamCAPath: String?
    var image: String?
    var forwards: [String]

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
        providers = parsed.strings(Self.providerOption)
        hostOverrides = [:]
        for (host, address) in try parsed.values(Self.hostOverrideOption, Self.parseHostOverride) {
            hostOverrides[host] = address
        }
        allowLoopback = parsed.flag(Self.allowLoopbackOption)
        upstreamCAPath = parsed.string(Self.upstreamCAOption)
        image = parsed.string(Self.fromOption)
        forwards = parsed.strings(Self.forwardOption)
    }

    func validate() throws {
        if removeOnExit && command.isEmpty {
            throw UsageError(
                "--rm needs a command after '--', because the sandbox is deleted when that command exits; "
                    + "for example 'paddock sandbox create --rm -- python3 app.py'",
                commandPath: "paddock sandbox create")
        }
    }

    /// Returns the host and address of `HOST=IP`.
    static func parseHostOverride(_ text: String) throws -> (String, String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex,
            text.index(after: equals) != text.endIndex
        else {
            throw PaddockError(
                .invalidArgument, "invalid host override '\(text)': expected HOST=IP, such as api.test=127.0.0.1")
        }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
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

    /// Builds the create request, reading the policy and CA files.
    func makeRequest() throws -> CreateSandboxRequest {
        let policy = try policyPath.map { try Self.readPolicy($0) }
        let upstreamCA = try upstreamCAPath.map { try FileReader.readText($0, what: "CA file") }
        let egress = EgressOptions(
            hostOverrides: hostOverrides.isEmpty ? nil : hostOverrides,
            allowLoopbackUpstreams: allowLoopback ? true : nil,
            extraCA: upstreamCA)
        return CreateSandboxRequest(
            name: name, policy: policy, policyFile: policyPath, memory: memory, cpus: cpus, pids: pids,
            env: environment.isEmpty ? nil : EnvironmentAssignment.dictionary(environment), ttl: ttl,
            removeOnExit: removeOnExit ? true : nil, command: removeOnExit ? command : nil,
            attach: removeOnExit ? true : nil, providers: providers.isEmpty ? nil : providers,
            egressOptions: egress == EgressOptions() ? nil : egress, image: image,
            forwards: forwards.isEmpty ? nil : forwards)
    }

    /// Reads the policy file and checks it against the gateway's size limit before it is sent, so
    /// that an oversized file gets a message naming it instead of a failed upload.
    static func readPolicy(_ path: String) throws -> String {
        let text = try FileReader.readText(path, what: "policy file")
        let size = text.utf8.count
        guard size <= PolicyLoader.maxDocumentSize else {
            throw PaddockError(
                .tooLarge,
                "policy file '\(path)' is \(size) bytes; a policy may be at most \(PolicyLoader.maxDocumentSize) bytes "
                    + "(1 MiB), so split out what is not policy or remove unused rules")
        }
        return text
    }

    private func runCommand(in sandbox: String, client: GatewayClient, context: CommandContext) throws -> Int32 {
        let exec = StreamedExec(client: client, context: context)
        let request = ExecRequest(command: command)
        let forwardInput = !context.console.isTerminal(.input)
        guard removeOnExit else {
            return try exec.run(sandbox: sandbox, request: request, forwardInput: forwardInput, tty: false).exitCode
        }
        let removal = SandboxRemoval(client: client, name: sandbox, console: context.console)
        // The gateway deletes the sandbox when this main-command session ends, also when this process
        // is killed. The removal here also covers a gateway without server-side removal.
        return try context.cleanup.run(cleanup: removal.remove) {
            try exec.run(sandbox: sandbox, request: request, forwardInput: forwardInput, tty: false, isMainCommand: true)
                .exitCode
        }
    }
}
