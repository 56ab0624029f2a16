import Foundation
import Glibc
import PaddockCore

/// The files of a gateway's state directory.
public struct GatewayPaths: Sendable {
    public let stateDirectory: String

    /// Creates the paths of `stateDirectory`, made absolute against the current directory when it
    /// is relative, so that the files stay together after the daemon changes directory.
    public init(stateDirectory: String) {
        if stateDirectory.hasPrefix("/") {
            self.stateDirectory = stateDirectory
        } else {
            let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            self.stateDirectory = URL(fileURLWithPath: stateDirectory, relativeTo: base).standardizedFileURL.path
        }
    }

    /// Creates the state directory (mode 0711) and any missing parents, or checks the existing one.
    ///
    /// - Throws: `PaddockError` naming the path and what is wrong when it is not a directory or
    ///   cannot be created.
    public func prepareStateDirectory() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: stateDirectory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw PaddockError(
                    .failedPrecondition,
                    "the state directory \(stateDirectory) exists but is not a directory; "
                        + "remove it or choose another path with --state-dir")
            }
            return
        }
        if mkdirParents(stateDirectory) != 0 {
            let error = errno
            throw PaddockError(
                .failedPrecondition,
                "cannot create the state directory \(stateDirectory): \(String(cString: strerror(error))); "
                    + "choose a writable path with --state-dir")
        }
    }

    /// Creates `path` and its missing parents like `mkdir -p`, with mode 0711 for the last one, and
    /// returns 0 or -1 with `errno` set.
    private func mkdirParents(_ path: String) -> Int32 {
        var prefix = ""
        for component in path.split(separator: "/") {
            prefix += "/" + component
            let isLast = prefix == path
            if mkdir(prefix, isLast ? 0o711 : 0o755) != 0 && errno != EEXIST { return -1 }
        }
        // mkdir applies the umask, so the mode is set again.
        return chmod(path, 0o711)
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
