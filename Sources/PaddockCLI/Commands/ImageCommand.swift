/// The `paddock image` group: pull, import, list and remove OCI images.
enum ImageCommand: CommandNode {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "image",
            abstract: "Pull, import, list and remove the OCI images that sandboxes can be created from.",
            subcommands: [
                ImagePullCommand.self, ImageImportCommand.self, ImageListCommand.self, ImageRemoveCommand.self,
                ImageGarbageCommand.self,
            ])
    }
}
