@preconcurrency import Glibc
import Foundation
import PaddockCore

/// The gateway's URL, state directory and token, resolved from flags, environment variables and
/// defaults in the same order as Docker's CLI resolves `DOCKER_HOST`.
enum GatewaySettings {
    /// The gateway URL used when no flag, variable or socket names another.
    static let defaultURL = "http://127.0.0.1:7760"

    /// Returns the state directory: `--state-dir`, else `PADDOCK_STATE_DIR`, else `/var/lib/paddock`
    /// for root, else `$XDG_STATE_HOME/paddock` (an absolute `XDG_STATE_HOME` only), else
    /// `~/.local/state/paddock`. A relative directory is resolved against `currentDirectory` here,
    /// because the daemon detaches into `/` and would otherwise resolve it differently.
    static func stateDirectory(
        _ globals: GlobalOptions, _ environment: CLIEnvironment,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> String {
        if let directory = globals.stateDirectory, !directory.isEmpty {
            return absolutePath(directory, in: currentDirectory)
        }
        if let directory = environment.variables["PADDOCK_STATE_DIR"], !directory.isEmpty {
            return absolutePath(directory, in: currentDirectory)
        }
        if environment.userID == 0 {
            return "/var/lib/paddock"
        }
        if let stateHome = environment.variables["XDG_STATE_HOME"], stateHome.hasPrefix("/") {
            return stateHome + "/paddock"
        }
        let home = environment.variables["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/state/paddock"
    }

    /// Returns `path` resolved against `directory` when it is relative, with `.` and `..` removed.
    static func absolutePath(_ path: String, in directory: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        let base = URL(fileURLWithPath: directory, isDirectory: true)
        return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.path
    }

    /// Returns the gateway URL: `--gateway`, else `PADDOCK_GATEWAY`, else the state directory's
    /// `gateway.sock` when that socket exists, else `http://127.0.0.1:7760`.
    ///
    /// - Throws: `UsageError` when the URL given is neither `http://HOST:PORT` nor `unix:///PATH`.
    static func gatewayURL(
        _ globals: GlobalOptions, _ environment: CLIEnvironment, stateDirectory: String
    ) throws(UsageError) -> String {
        if let url = globals.gateway {
            try validate(url, source: "--gateway")
            return url
        }
        if let url = environment.variables["PADDOCK_GATEWAY"], !url.isEmpty {
            try validate(url, source: "PADDOCK_GATEWAY")
            return url
        }
        let socket = stateDirectory + "/gateway.sock"
        if isSocket(socket) {
            return "unix://" + socket
        }
        return defaultURL
    }

    /// Checks that `url` is `http://HOST:PORT` or `unix:///ABSOLUTE/PATH`.
    ///
    /// - Parameter source: Where the URL came from, such as `--gateway`, for the message.
    static func validate(_ url: String, source: String) throws(UsageError) {
        let expected = "expected http://HOST:PORT or unix:///PATH/gateway.sock"
        if url.hasPrefix("unix://") {
            let path = url.dropFirst("unix://".count)
            guard path.hasPrefix("/"), path.count > 1 else {
                throw UsageError(
                    "\(source): invalid gateway URL '\(url)': the socket path must be absolute; \(expected)")
            }
            return
        }
        guard url.hasPrefix("http://") else {
            throw UsageError("\(source): invalid gateway URL '\(url)': \(expected)")
        }
        var authority = String(url.dropFirst("http://".count))
        if authority.hasSuffix("/") {
            authority.removeLast()
        }
        // Port 0 is valid to listen on but not to connect to.
        guard let address = try? ListenAddress.parse(authority), address.port != 0 else {
            throw UsageError("\(source): invalid gateway URL '\(url)': \(expected)")
        }
    }

    /// Returns the API token and where it came from: `PADDOCK_TOKEN`, else `<state-dir>/token`.
    ///
    /// - Throws: `PaddockError` with code `unauthenticated` when neither gives a token.
    static func token(_ environment: CLIEnvironment, stateDirectory: String) throws(PaddockError) -> (
        token: String, source: String
    ) {
        if let token = environment.variables["PADDOCK_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines),
            !token.isEmpty
        {
            return (token, "PADDOCK_TOKEN")
        }
        let path = stateDirectory + "/token"
        let contents = FileManager.default.contents(atPath: path).flatMap { String(bytes: $0, encoding: .utf8) }
        let token = contents?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !token.isEmpty else {
            throw PaddockError(
                .unauthenticated,
                "no gateway token: set PADDOCK_TOKEN or run as a user that can read \(path) "
                    + "(start the gateway with `paddock gateway start`)")
        }
        return (token, path)
    }

    private static func isSocket(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        return (status.st_mode & S_IFMT) == S_IFSOCK
    }
}
