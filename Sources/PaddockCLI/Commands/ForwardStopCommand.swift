import PaddockCore

/// `paddock forward stop PORT NAME`: stop a port forward.
struct ForwardStopCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "stop",
            abstract: "Stop forwarding a sandbox port, closing its open connections.",
            examples: ["paddock forward stop 8000 demo"])
    }

    static var signature: CommandSignature {
        CommandSignature(positionals: [
            PositionalSpec(name: "PORT", arity: .required, help: "The sandbox port whose forward to stop."),
            CommonOptions.sandboxName,
        ])
    }

    var port: Int
    var name: String

    init(parsed: ParsedArguments) throws {
        guard let port = Int(parsed.positionals[0]), (1...65535).contains(port) else {
            throw UsageError(
                "invalid port '\(parsed.positionals[0])': expected a number from 1 to 65535",
                commandPath: "paddock forward stop")
        }
        self.port = port
        name = try CommonOptions.sandboxName(parsed, at: 1)
    }

    func run(in context: CommandContext) throws -> Int32 {
        try context.makeClient().stopForward(sandbox: name, port: port)
        context.print("stopped forwarding port \(port) of sandbox \(name)\n")
        return 0
    }
}
