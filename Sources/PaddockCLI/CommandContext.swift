import PaddockCore

/// Everything a running command needs: the process environment, the executable's hooks, the
/// global options and a registry of cleanup actions for signals.
struct CommandContext: Sendable {
    let environment: CLIEnvironment
    let hooks: CLIHooks
    let globals: GlobalOptions
    /// The command being run, such as `paddock sandbox create`.
    let commandPath: String
    let cleanup: TerminationCleanup

    var console: any ConsoleIO { environment.console }

    /// The resolved state directory.
    var stateDirectory: String {
        GatewaySettings.stateDirectory(globals, environment)
    }

    /// Returns the resolved gateway URL.
    ///
    /// - Throws: `UsageError` for a malformed `--gateway` or `PADDOCK_GATEWAY`.
    func gatewayURL() throws(UsageError) -> String {
        try GatewaySettings.gatewayURL(globals, environment, stateDirectory: stateDirectory)
    }

    /// Returns a client for the resolved gateway, with the resolved token.
    ///
    /// - Throws: `UsageError` for a malformed URL, `PaddockError` when no token is found, or what
    ///   the transport factory throws.
    func makeClient() throws -> GatewayClient {
        let url = try gatewayURL()
        let credentials = try GatewaySettings.token(environment, stateDirectory: stateDirectory)
        let transport = try hooks.transportFactory.transport(for: url)
        return GatewayClient(
            transport: transport, gatewayURL: url, token: credentials.token, tokenSource: credentials.source)
    }

    /// Writes `text` to standard output.
    func print(_ text: String) {
        console.print(text)
    }

    /// Writes `text` to standard error.
    func printError(_ text: String) {
        console.printError(text)
    }
}
