/// The root of the command tree: `paddock`.
enum PaddockRootCommand: CommandNode {
    /// The version that `paddock --version` and `paddock version` print.
    static let version = "0.1.0"

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "paddock",
            abstract: "Paddock runs AI agents in isolated Linux sandboxes.",
            discussion: """
                The gateway daemon keeps the sandboxes; this command talks to it over its REST API. Start it \
                once with 'paddock gateway start' (as root), then create sandboxes and run commands in them.

                Environment: PADDOCK_GATEWAY (gateway URL), PADDOCK_STATE_DIR (state directory) and \
                PADDOCK_TOKEN (API token; default: the state directory's token file).

                  paddock gateway start
                  paddock sandbox create --name demo --memory 1G
                  paddock sandbox exec demo -- python3 -c 'print(1 + 1)'
                  paddock sandbox delete demo
                """,
            subcommands: [
                GatewayCommand.self, SandboxCommand.self, PolicyCommand.self, ProviderCommand.self, LogsCommand.self,
                DoctorCommand.self, VersionCommand.self,
            ])
    }
}
