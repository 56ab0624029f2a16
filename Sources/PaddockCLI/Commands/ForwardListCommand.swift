/// `paddock forward list`: list port forwards.
struct ForwardListCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "list",
            abstract: "List port forwards of every sandbox.",
            discussion: "Columns: SANDBOX, HOST (the address and port on this machine) and PORT (inside the sandbox).",
            examples: ["paddock forward list", "paddock forward list -o json"])
    }

    static var signature: CommandSignature {
        CommandSignature(options: [CommonOptions.output])
    }

    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
    }

    func run(in context: CommandContext) throws -> Int32 {
        let response = try context.makeClient().listForwards()
        switch output {
        case .json:
            context.print(JSONPrettyPrinter.format(response.body))
        case .table:
            var table = TextTable(headers: ["SANDBOX", "HOST", "PORT"])
            for forward in response.value.forwards {
                table.append([forward.sandbox, "\(forward.bind):\(forward.hostPort)", String(forward.port)])
            }
            context.print(table.rendered())
        }
        return 0
    }
}
