import PaddockCore

/// `paddock sandbox delete NAME...`: delete sandboxes.
struct SandboxDeleteCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "delete",
            abstract: "Delete sandboxes, with their processes and files.",
            discussion: """
                Deletes each named sandbox in turn and goes on past failures. Exits with status 1 when any \
                deletion failed.
                """,
            examples: ["paddock sandbox delete demo", "paddock sandbox delete brave-otter calm-heron"])
    }

    static var signature: CommandSignature {
        CommandSignature(positionals: [
            PositionalSpec(name: "NAME", arity: .oneOrMore, help: "The names of the sandboxes to delete.")
        ])
    }

    var names: [String]

    init(parsed: ParsedArguments) throws {
        names = parsed.positionals
    }

    func run(in context: CommandContext) throws -> Int32 {
        let client = try context.makeClient()
        var failed = false
        for name in names {
            do {
                try SandboxName.validate(name)
                let response = try client.deleteSandbox(named: name)
                context.print("deleted \(response.deleted)\n")
            } catch {
                context.printError("error: \(ErrorText.describe(error))\n")
                failed = true
            }
        }
        return failed ? 1 : 0
    }
}
