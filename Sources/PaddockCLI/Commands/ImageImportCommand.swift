import Foundation

/// `paddock image import PATH`: import images from an OCI layout or a `docker save` archive.
struct ImageImportCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "import",
            abstract: "Import images from an OCI layout (directory or tar) or a docker save archive.",
            discussion: """
                The gateway reads PATH itself, so it must be readable by the gateway's user. Every image in \
                the layout or archive is imported. OCI tags become REPOSITORY:TAG names, with REPOSITORY \
                from --repository or the file name; docker save archives keep their own RepoTags.
                """,
            examples: [
                "paddock image import ./agent.oci.tar", "paddock image import --repository agent ./oci-layout",
                "paddock image import ./saved.tar",
            ])
    }

    static let repositoryOption = OptionSpec.single(
        "repository", value: "name",
        help: "Repository part of the names given to OCI tags. Default: PATH's file name without extensions.")

    static var signature: CommandSignature {
        CommandSignature(
            options: [repositoryOption, CommonOptions.output],
            positionals: [PositionalSpec(name: "PATH", arity: .required, help: "The layout directory or archive.")])
    }

    var path: String
    var repository: String?
    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        path = Self.absolutePath(parsed.positionals[0])
        repository = parsed.string(Self.repositoryOption)
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
    }

    func run(in context: CommandContext) throws -> Int32 {
        let response = try context.makeClient().importImage(ImportImageRequest(path: path, repository: repository))
        switch output {
        case .json:
            context.print(JSONPrettyPrinter.format(response.body))
        case .table:
            for image in response.value.images {
                context.print("imported \(image.names.joined(separator: ", ")) \(image.digest)\n")
            }
        }
        return 0
    }

    /// Makes `path` absolute against this process's working directory, because the gateway reads it.
    static func absolutePath(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}
