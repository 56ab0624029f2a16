/// The `paddock sandbox` group: create sandboxes, run commands in them and move files.
enum SandboxCommand: CommandNode {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "sandbox",
            abstract: "Create sandboxes, run commands in them and copy files in and out.",
            subcommands: [
                SandboxCreateCommand.self, SandboxListCommand.self, SandboxGetCommand.self,
                SandboxDeleteCommand.self, SandboxStopCommand.self, SandboxStartCommand.self,
                SandboxExecCommand.self, SandboxConnectCommand.self, SandboxUploadCommand.self,
                SandboxDownloadCommand.self,
            ])
    }
}
