import Foundation
import Glibc

/// The files of a gateway's state directory.
public struct GatewayPaths: Sendable {
    public let stateDirectory: String

    public init(stateDirectory: String) {
        self.stateDirectory = stateDirectory
    }

    /// The default state directory: /var/lib/paddock for root, else under XDG_STATE_HOME or
    /// ~/.local/state.
    public static func defaultStateDirectory() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let configured = environment["PADDOCK_STATE_DIR"], !configured.isEmpty { return configured }
        if geteuid() == 0 { return "/var/lib/paddock" }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/paddock" }
        return (environment["HOME"] ?? "/tmp") + "/.local/state/paddock"
    }

    public var database: String { stateDirectory + "/paddock.db" }
    public var token: String { stateDirectory + "/token" }
    /// The AES-256 key that seals provider credentials in the database, mode 0600.
    public var secretsKey: String { stateDirectory + "/secrets.key" }
    public var socket: String { stateDirectory + "/gateway.sock" }
    public var pidFile: String { stateDirectory + "/gateway.pid" }
    /// The addresses the running gateway listens on, for clients that look for it.
    public var endpointFile: String { stateDirectory + "/gateway.json" }
    public var log: String { stateDirectory + "/gateway.log" }
}
