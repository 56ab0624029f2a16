/// `paddock image gc`: delete blobs and layers that no image uses.
struct ImageGarbageCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "gc",
            abstract: "Delete blobs and layers that no stored image uses, and leftovers of imports.",
            discussion: "Partial downloads are kept, so that an interrupted pull can resume them. 'image rm' runs this too.",
            examples: ["paddock image gc"])
    }

    static var signature: CommandSignature { CommandSignature() }

    init(parsed: ParsedArguments) throws {}

    func run(in context: CommandContext) throws -> Int32 {
        let report = try context.makeClient().collectImageGarbage()
        context.print(
            "deleted \(report.blobs) blobs, \(report.layers) layers and \(report.temporaryFiles) temporary files "
                + "(\(PullProgress.mebibytes(report.bytes)) of blobs)\n")
        return 0
    }
}
