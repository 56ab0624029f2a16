import Foundation
import Glibc
import PaddockCore
import PaddockHTTP
import PaddockRuntime

/// `paddock gateway start|stop|status` for a gateway that runs in the background.
public enum GatewayControl {
    /// How long `start` waits for a background gateway to answer, and `stop` for it to exit.
    static let startTimeout: Double = 30
    static let stopTimeout: Double = 15

    /// Starts the gateway in the background with its log in the state directory, and returns once
    /// it answers `/v1/health`, or throws with the end of its log when it does not.
    public static func startInBackground(stateDirectory: String, listen: ListenAddress) throws -> Int32 {
        let paths = GatewayPaths(stateDirectory: stateDirectory)
        if let pid = runningPID(paths) {
            throw PaddockError(.alreadyExists, "a gateway is already running for \(stateDirectory) (pid \(pid)); stop it with `paddock gateway stop`")
        }
        try paths.prepareStateDirectory()
        unlink(paths.endpointFile)
        let log = open(paths.log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard log >= 0 else {
            throw PaddockError(.internal, "cannot open the gateway log \(paths.log)", cause: SystemCallError("open", errno: errno))
        }
        defer { close(log) }
        let executable = try GatewayDaemon.executablePath()
        var request = SpawnRequest(
            executable: executable,
            arguments: [executable, "gateway", "start", "--foreground", "--state-dir", paths.stateDirectory, "--listen", listen.description],
            environment: ProcessInfo.processInfo.environment)
        request.stdout = log
        request.stderr = log
        request.newSession = true
        request.workingDirectory = "/"
        let pid: Int32
        do {
            pid = try ProcessSpawner.spawn(request)
        } catch {
            throw PaddockError(.internal, "cannot start the gateway", cause: error)
        }
        let deadline = Date().addingTimeInterval(startTimeout)
        while Date() < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                throw PaddockError(.internal, "the gateway exited during start-up:\n\(tail(of: paths.log))")
            }
            if let url = endpointURL(paths), (try? health(url: url, paths: paths)) == true {
                print("gateway started (pid \(pid)) on \(url); log: \(paths.log)")
                return 0
            }
            usleep(20_000)
        }
        kill(pid, SIGTERM)
        throw PaddockError(.timeout, "the gateway did not answer within \(Int(startTimeout)) s:\n\(tail(of: paths.log))")
    }

    /// Stops the gateway of `stateDirectory`. Its sandboxes keep running and are re-adopted later.
    public static func stop(stateDirectory: String) throws -> Int32 {
        let paths = GatewayPaths(stateDirectory: stateDirectory)
        guard let pid = runningPID(paths) else {
            print("no gateway is running for \(stateDirectory)")
            return 0
        }
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(stopTimeout)
        while Date() < deadline {
            if kill(pid, 0) != 0 {
                print("gateway stopped (pid \(pid))")
                return 0
            }
            usleep(20_000)
        }
        throw PaddockError(.timeout, "the gateway (pid \(pid)) did not stop within \(Int(stopTimeout)) s; see \(paths.log)")
    }

    /// Prints whether the gateway of `stateDirectory` runs and answers; returns 0 when it does.
    public static func status(stateDirectory: String, gatewayURL: String) -> Int32 {
        let paths = GatewayPaths(stateDirectory: stateDirectory)
        guard let pid = runningPID(paths) else {
            print("gateway: not running (state directory \(stateDirectory))")
            return 3
        }
        let url = endpointURL(paths) ?? gatewayURL
        let healthy = (try? health(url: url, paths: paths)) == true
        print("gateway: \(healthy ? "running" : "not answering") (pid \(pid)) on \(url)")
        print("socket:  unix://\(paths.socket)")
        print("log:     \(paths.log)")
        return healthy ? 0 : 1
    }

    static func runningPID(_ paths: GatewayPaths) -> Int32? {
        guard let text = try? String(contentsOfFile: paths.pidFile, encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0, kill(pid, 0) == 0
        else { return nil }
        // A gateway killed with SIGKILL may linger as a zombie, or its pid may now be another program's.
        guard !ProcessStartTime.isZombie(pid),
            let commandLine = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"),
            String(decoding: commandLine, as: UTF8.self).contains("gateway")
        else { return nil }
        return pid
    }

    static func endpointURL(_ paths: GatewayPaths) -> String? {
        guard let data = FileManager.default.contents(atPath: paths.endpointFile),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: String]
        else { return nil }
        return object["url"]
    }

    private static func health(url: String, paths: GatewayPaths) throws -> Bool {
        let token = try String(contentsOfFile: paths.token, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let client = try HTTPClient(url: url, connectTimeout: .seconds(1), readTimeout: .seconds(2))
        defer { client.close() }
        let response = try client.request("GET", "/v1/health", headers: ["Authorization": "Bearer \(token)"])
        _ = try response.body.readAll(limit: 64 * 1024)
        return response.status == 200
    }

    private static func tail(of path: String, lines: Int = 20) -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return "(no log at \(path))" }
        return text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }
}
