import PaddockCore

/// `paddock policy set NAME --policy FILE [--wait]`: store a new policy revision.
struct PolicySetCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "set",
            abstract: "Store a new policy revision for a sandbox and have its supervisor load it.",
            discussion: """
                Prints the revision number and its status. With --wait, waits until the supervisor reports \
                the revision loaded or failed, and exits with status 1 when it failed, was not confirmed, or \
                the wait timed out.
                """,
            examples: [
                "paddock policy set demo --policy agent.yaml",
                "paddock policy set demo --policy agent.yaml --wait --timeout 10s",
            ])
    }

    static let policyOption = OptionSpec.single(
        "policy", value: "file", help: "The policy YAML file, read here and sent to the gateway. Required.")
    static let waitOption = OptionSpec.flag(
        "wait", help: "Wait until the supervisor reports the revision loaded or failed.")
    static let timeoutOption = OptionSpec.single(
        "timeout", value: "duration",
        help: "How long --wait waits: seconds or units h, m and s, such as 10s or 2m. Default: 30s.")

    static var signature: CommandSignature {
        CommandSignature(
            options: [policyOption, waitOption, timeoutOption, CommonOptions.output],
            positionals: [CommonOptions.sandboxName])
    }

    var name: String
    var policyPath: String
    var wait: Bool
    var timeoutSeconds: Int64?
    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        name = try CommonOptions.sandboxName(parsed)
        guard let path = parsed.string(Self.policyOption) else {
            throw UsageError(
                "--policy is required: give the policy file, such as --policy agent.yaml",
                commandPath: parsed.commandPath)
        }
        policyPath = path
        wait = parsed.flag(Self.waitOption)
        timeoutSeconds = try parsed.value(Self.timeoutOption) {
            try DurationParser.parseSeconds($0, quantity: "timeout")
        }
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
    }

    func validate() throws {
        if timeoutSeconds != nil && !wait {
            throw UsageError("--timeout needs --wait, because only --wait waits", commandPath: "paddock policy set")
        }
    }

    func run(in context: CommandContext) throws -> Int32 {
        let source = try FileReader.readText(policyPath, what: "policy file")
        let request = SetPolicyRequest(
            policy: source, policyFile: policyPath, wait: wait ? true : nil,
            timeoutSeconds: timeoutSeconds.map(Double.init))
        let response = try context.makeClient().setPolicy(sandbox: name, request)
        let revision = response.value
        switch output {
        case .json: context.print(JSONPrettyPrinter.format(response.body))
        case .table: context.print("revision \(revision.revision) \(revision.status)\n")
        }
        guard wait else { return 0 }
        switch revision.status {
        case "loaded":
            return 0
        case "failed":
            context.printError(
                "error: revision \(revision.revision) failed to load: \(revision.error ?? "no reason given")\n")
        default:
            let reason = revision.error ?? "the supervisor did not report a result"
            context.printError("error: revision \(revision.revision) is \(revision.status), not loaded: \(reason)\n")
        }
        return 1
    }
}
