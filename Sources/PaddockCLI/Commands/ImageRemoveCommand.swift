/// `paddock image rm NAME...`: remove image names, and images that lose their last name.
struct ImageRemoveCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "rm",
            abstract: "Remove images by name or digest, and their blobs and layers no other image uses.",
            discussion: """
                A name removes that name; the image goes once no name is left. A digest (or a unique prefix \
                of at least 4 hex digits) removes the image with all its names. An image that a sandbox was \
                created from cannot be removed until the sandbox is deleted. Exits with status 1 when any \
                removal failed.
                """,
            examples: ["paddock image rm 127.0.0.1:5000/debian:sandbox", "paddock image rm 3f207b0dc93b"])
    }

    static var signature: CommandSignature {
        CommandSignature(positionals: [
            PositionalSpec(name: "IMAGE", arity: .oneOrMore, help: "Image names or digests to remove.")
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
                let response = try client.removeImage(name)
                let removed = response.removed.isEmpty ? "(image kept by its other names)" : response.removed.joined(separator: " ")
                context.print("removed \(name) \(removed)\n")
            } catch {
                context.printError("error: \(ErrorText.describe(error))\n")
                failed = true
            }
        }
        return failed ? 1 : 0
    }
}
