@preconcurrency import Glibc
import PaddockCore

/// `paddock sandbox download NAME REMOTE [DEST]`: copy a file out of a sandbox.
struct SandboxDownloadCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "download",
            abstract: "Copy a file out of a sandbox.",
            discussion: """
                Streams the file into a temporary file beside DEST and renames it into place once complete, so \
                a failed download leaves no partial file. A relative REMOTE is taken relative to the workspace \
                /sandbox. When DEST is an existing directory the file keeps its name there. On a terminal, a \
                progress line shows on standard error for files over 1 MiB.
                """,
            examples: [
                "paddock sandbox download demo results.json",
                "paddock sandbox download demo /tmp/report.pdf ~/reports/",
            ])
    }

    static var signature: CommandSignature {
        CommandSignature(positionals: [
            CommonOptions.sandboxName,
            PositionalSpec(name: "REMOTE", arity: .required, help: "The path of the file inside the sandbox."),
            PositionalSpec(name: "DEST", arity: .optional, help: "The local path. Default: ./<REMOTE's name>."),
        ])
    }

    var name: String
    var remotePath: String
    var destination: String

    init(parsed: ParsedArguments) throws {
        name = try CommonOptions.sandboxName(parsed)
        let remote = parsed.positional(1) ?? ""
        remotePath = remote.hasPrefix("/") ? remote : SandboxUploadCommand.workspace + "/" + remote
        destination = Self.destination(for: remotePath, given: parsed.positional(2))
    }

    func validate() throws {
        if remotePath.hasSuffix("/") {
            throw UsageError("REMOTE '\(remotePath)' names a directory; download copies one file")
        }
    }

    /// Returns the local path for `remote` and the DEST argument `given`.
    static func destination(for remote: String, given: String?) -> String {
        let baseName = remote.split(separator: "/").last.map(String.init) ?? remote
        guard let given else { return "./" + baseName }
        if given.hasSuffix("/") || isDirectory(given) {
            return (given.hasSuffix("/") ? given : given + "/") + baseName
        }
        return given
    }

    func run(in context: CommandContext) throws -> Int32 {
        let client = try context.makeClient()
        let writer: AtomicFileWriter
        do {
            writer = try AtomicFileWriter(destination: destination)
        } catch {
            throw PaddockError(.invalidArgument, "failed to create '\(destination)': \(ErrorText.describe(error))")
        }
        let progress = ProgressLine(console: context.console, label: "downloading \(remotePath)", total: nil)
        var size: Int64 = 0
        // A signal ends the process without unwinding, so the temporary file is removed by path.
        let temporaryPath = writer.temporaryPath
        try context.cleanup.run(cleanup: { _ = unlink(temporaryPath) }) {
            do {
                try client.downloadFile(sandbox: name, path: remotePath) { chunk in
                    try writer.write(chunk)
                    size += Int64(chunk.count)
                    progress.advance(by: chunk.count)
                }
                progress.finish()
                try writer.commit()
            } catch {
                progress.finish()
                writer.discard()
                throw error
            }
        }
        context.print("downloaded \(name):\(remotePath) to \(destination) (\(size) bytes)\n")
        return 0
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
