/// Options accepted by every command, before or after the subcommand: `--gateway` and `--state-dir`.
struct GlobalOptions: Sendable, Equatable {
    /// The gateway URL given with `--gateway`, if any.
    var gateway: String?
    /// The state directory given with `--state-dir`, if any.
    var stateDirectory: String?

    static let gatewayOption = OptionSpec.single(
        "gateway", value: "url",
        help: "Gateway to talk to: http://HOST:PORT or unix:///PATH/gateway.sock. Default: $PADDOCK_GATEWAY, "
            + "else the state directory's gateway.sock when it exists, else http://127.0.0.1:7760.")
    static let stateDirectoryOption = OptionSpec.single(
        "state-dir", value: "dir",
        help: "Gateway state directory, which contains the token and gateway.sock. Default: $PADDOCK_STATE_DIR, "
            + "else /var/lib/paddock for root, else $XDG_STATE_HOME/paddock or ~/.local/state/paddock.")
    static let helpOption = OptionSpec.flag("help", short: "h", help: "Show this help and exit.")

    /// The options every command accepts, in the order help lists them.
    static let specs = [gatewayOption, stateDirectoryOption, helpOption]

    /// Reads the global options out of parsed arguments, keeping values already set when absent.
    mutating func merge(_ parsed: ParsedArguments) {
        if let gateway = parsed.string(Self.gatewayOption) {
            self.gateway = gateway
        }
        if let directory = parsed.string(Self.stateDirectoryOption) {
            stateDirectory = directory
        }
    }
}
