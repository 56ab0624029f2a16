/// The `paddock gateway` group: start, stop and inspect the gateway daemon.
enum GatewayCommand: CommandNode {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "gateway",
            abstract: "Start, stop and inspect the gateway daemon.",
            discussion: """
                The gateway is the daemon that creates and isolates sandboxes. It listens on loopback TCP and on \
                a Unix socket in its state directory, and accepts requests that carry the token it writes there.
                """,
            subcommands: [GatewayStartCommand.self, GatewayStopCommand.self, GatewayStatusCommand.self])
    }
}
