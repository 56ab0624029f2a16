@preconcurrency import Glibc
import Foundation
import PaddockRuntime

/// A gateway in a temporary state directory and one real sandbox, driven through the `paddock`
/// command line. It writes and reloads egress settings the way the gateway's control plane does:
/// `egress.json` in the sandbox directory, then `POST /v1/egress/reload` on the control socket.
///
/// It needs the static release binary (`scripts/build.sh release`, or `PADDOCK_BINARY`), because
/// the gateway mounts its own binary into the sandbox.
final class SandboxFixture: @unchecked Sendable {
    let binary: String
    let state: String
    let name: String
    private(set) var directory = ""

    struct MissingBinary: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path) does not exist; build it with scripts/build.sh release or set PADDOCK_BINARY" }
    }

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        binary = ProcessInfo.processInfo.environment["PADDOCK_BINARY"] ?? root + "/.build/release/paddock"
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw MissingBinary(path: binary) }
        state = try ProxyFixture.makeTemporaryDirectory()
        name = "egress-\(getpid())-\(UInt16.random(in: 0...UInt16.max))"
        _ = try paddock(["gateway", "start", "--listen", "127.0.0.1:0"], check: true)
        _ = try paddock(["sandbox", "create", "--name", name], check: true)
        let json = try paddock(["sandbox", "get", name, "-o", "json"], check: true).stdout
        let id = (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["id"] as? String ?? ""
        directory = state + "/sandboxes/" + id
    }

    deinit {
        _ = try? paddock(["sandbox", "delete", name])
        _ = try? paddock(["gateway", "stop"])
        try? FileManager.default.removeItem(atPath: state)
    }

    @discardableResult
    func paddock(_ arguments: [String], check: Bool = false, environment: [String: String] = [:]) throws -> ProgramOutput {
        let output = try Programs.run(
            binary, arguments, environment: environment.merging(["PADDOCK_STATE_DIR": state]) { _, fixed in fixed })
        if check && output.status != 0 {
            throw CocoaError(.executableLoad, userInfo: ["command": arguments.joined(separator: " "), "stderr": output.stderr])
        }
        return output
    }

    /// Runs a shell script inside the sandbox (this fixture's, or the one named) as its user.
    func exec(_ script: String, in sandbox: String? = nil) throws -> ProgramOutput {
        try paddock(["sandbox", "exec", sandbox ?? name, "--", "sh", "-c", script])
    }

    /// Writes `egress.json` atomically with mode 0600.
    func write(_ settings: EgressSettings) throws {
        try write(json: try JSONEncoder().encode(settings))
    }

    func write(json: Data) throws {
        let temporary = directory + "/egress.json.tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: json, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        guard rename(temporary, directory + "/egress.json") == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Asks the supervisor to reload `egress.json`; returns the HTTP status and the body.
    func reload() throws -> (status: Int, body: [String: Any]) {
        let output = try Programs.run(
            "/usr/bin/curl",
            ["-sS", "--unix-socket", directory + "/control.sock", "-X", "POST", "-w", "\n%{http_code}",
             "http://supervisor/v1/egress/reload"])
        var lines = output.stdout.split(separator: "\n")
        let status = Int(lines.popLast() ?? "") ?? -1
        let body = (try? JSONSerialization.jsonObject(with: Data(lines.joined().utf8))) as? [String: Any] ?? [:]
        return (status, body)
    }

    /// Restarts the sandbox, so that its processes get the environment of the current settings.
    func restart() throws {
        try paddock(["sandbox", "stop", name], check: true)
        try paddock(["sandbox", "start", name], check: true)
    }

    func auditText() -> String {
        (try? String(contentsOfFile: directory + "/audit.jsonl", encoding: .utf8)) ?? ""
    }
}
