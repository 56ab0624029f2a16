/// `paddock image list`: list stored images.
struct ImageListCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "list",
            abstract: "List the images in the gateway's image store.",
            discussion: "Columns: NAME (one row per name), DIGEST (first 12 hex digits), PLATFORM, LAYERS and SIZE.",
            examples: ["paddock image list", "paddock image list -o json"])
    }

    static var signature: CommandSignature {
        CommandSignature(options: [CommonOptions.output])
    }

    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
    }

    func run(in context: CommandContext) throws -> Int32 {
        let response = try context.makeClient().listImages()
        switch output {
        case .json:
            context.print(JSONPrettyPrinter.format(response.body))
        case .table:
            var table = TextTable(headers: ["NAME", "DIGEST", "PLATFORM", "LAYERS", "SIZE"])
            for image in response.value.images {
                for name in image.names.isEmpty ? ["<none>"] : image.names {
                    table.append([
                        name, PullProgress.short(image.digest), image.platform, String(image.layers.count),
                        PullProgress.mebibytes(image.size),
                    ])
                }
            }
            context.print(table.rendered())
        }
        return 0
    }
}
