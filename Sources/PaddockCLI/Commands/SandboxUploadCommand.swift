import PaddockCore

/// `paddock sandbox upload NAME LOCAL [DEST]`: copy a local file into a sandbox.
struct SandboxUploadCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "upload",
            abstract: "Copy a local file into a sandbox.",
            discussion: """
                Streams the file in chunks, so it is never held in memory whole. A relative DEST is taken \
                relative to the workspace /sandbox, and a DEST ending in '/' is a directory that receives the \
                file under its own name.
                """,
            examples: [
                "paddock sandbox upload demo data.csv",
                "paddock sandbox upload demo build/app.tar.gz /tmp/",
            ])
    }

    /// The sandbox workspace, where files go by default.
    static let workspace = "/sandbox"

    static var signature: CommandSignature {
        CommandSignature(positionals: [
            CommonOptions.sandboxName,
            PositionalSpec(name: "LOCAL", arity: .required, help: "The local file to copy."),
            PositionalSpec(
                name: "DEST", arity: .optional, help: "The path inside the sandbox. Default: /sandbox/<LOCAL's name>."),
        ])
    }

    var name: String
    var localPath: String
    var destination: String

    init(parsed: ParsedArguments) throws {
        name = try CommonOptions.sandboxName(parsed)
        localPath = parsed.positional(1) ?? ""
        destination = Self.destination(for: localPath, given: parsed.positional(2))
    }

    /// Returns the absolute path inside the sandbox for `local` and the DEST argument `given`.
    static func destination(for local: String, given: String?) -> String {
        let baseName = local.split(separator: "/").last.map(String.init) ?? local
        var path = given ?? baseName
        if path.hasSuffix("/") {
            path += baseName
        }
        return path.hasPrefix("/") ? path : workspace + "/" + path
    }

    func run(in context: CommandContext) throws -> Int32 {
        let reader: FileReader
        do {
            reader = try FileReader(path: localPath)
        } catch {
            throw PaddockError(
                .invalidArgument, "failed to open '\(localPath)' for upload: \(ErrorText.describe(error))")
        }
        let client = try context.makeClient()
        let progress = ProgressLine(console: context.console, label: "uploading \(localPath)", total: reader.size)
        let result = try client.uploadFile(sandbox: name, path: destination) {
            let chunk = try reader.read()
            progress.advance(by: chunk?.count ?? 0)
            return chunk
        }
        progress.finish()
        context.print("uploaded \(localPath) to \(name):\(result.path) (\(result.size) bytes)\n")
        return 0
    }
}
