/// `paddock doctor`: print the preflight report on this machine's isolation features.
struct DoctorCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "doctor",
            abstract: "Check that this machine can isolate sandboxes.",
            discussion: """
                Reports each isolation feature the gateway needs (namespaces, cgroups, seccomp, Landlock) and \
                whether it works here. Exits with status 1 when isolation is not ready.
                """)
    }

    static var signature: CommandSignature {
        CommandSignature(options: [CommonOptions.output])
    }

    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
    }

    func run(in context: CommandContext) throws -> Int32 {
        context.hooks.doctor(output)
    }
}
