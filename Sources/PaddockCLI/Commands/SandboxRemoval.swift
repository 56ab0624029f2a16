import PaddockCore

/// The deletion of a `--rm` sandbox, which runs once: when its command exits or on a signal.
struct SandboxRemoval: Sendable {
    let client: GatewayClient
    let name: String
    let console: any ConsoleIO

    /// Deletes the sandbox and reports a failure on standard error. It never throws, because it runs
    /// on exit paths.
    func remove() {
        do {
            _ = try client.deleteSandbox(named: name)
        } catch let error as PaddockError where error.code == .notFound {
            // The gateway removed it already, when its main command ended.
            return
        } catch {
            console.printError(
                "error: failed to delete sandbox '\(name)': \(ErrorText.describe(error)); "
                    + "delete it with 'paddock sandbox delete \(name)'\n")
        }
    }
}
