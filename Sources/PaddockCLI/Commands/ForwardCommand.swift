/// The `paddock forward` group: reach servers inside sandboxes from the host.
enum ForwardCommand: CommandNode {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "forward",
            abstract: "Forward host ports to servers on 127.0.0.1 inside sandboxes.",
            subcommands: [ForwardStartCommand.self, ForwardStopCommand.self, ForwardListCommand.self])
    }
}
