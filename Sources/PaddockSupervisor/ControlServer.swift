import Foundation
import Glibc
import PaddockCore
import PaddockHTTP
import PaddockRuntime

/// The supervisor's HTTP API on its control socket (mode 0600, outside anything a sandbox process
/// can reach), which the gateway calls.
final class ControlServer: Sendable {
    let supervisor: Supervisor
    private let server: HTTPServer

    init(supervisor: Supervisor, socketPath: String, egress: EgressProxyHost? = nil) {
        self.supervisor = supervisor
        var limits = HTTPLimits()
        // Uploads stream through, so the body limit only guards buffered JSON requests.
        limits.maxBodyBytes = 64 * 1024 * 1024
        let configuration = HTTPServerConfiguration(
            listeners: [.unix(path: socketPath)], unixSocketMode: 0o600, limits: limits, logger: supervisor.logger)
        let routes = ControlRoutes(supervisor: supervisor, egress: egress)
        server = HTTPServer(configuration: configuration) { request, context in
            try routes.handle(request, context)
        }
    }

    func start() throws {
        try server.start()
    }

    func stop() {
        server.stop()
    }
}

/// The routes of the control API.
struct ControlRoutes: Sendable {
    let supervisor: Supervisor
    var egress: EgressProxyHost?

    /// The largest stdout or stderr that a buffered exec keeps; beyond it output is dropped.
    static let bufferedOutputLimit = 16 * 1024 * 1024

    func handle(_ request: HTTPRequest, _ context: HTTPRequestContext) throws -> HTTPResponse {
        switch (request.method, request.path) {
        case ("GET", "/v1/status"):
            return try .json(supervisor.status())
        case ("POST", "/v1/exec"):
            return try execBuffered(request, context)
        case ("GET", "/v1/exec/ws"):
            return try WebSocket.upgradeResponse(for: request) { socket in
                ExecStream(supervisor: supervisor, socket: socket).run()
            }
        case ("GET", "/v1/network-namespace"):
            return try NetworkNamespaceRoute.response(for: request, supervisor: supervisor)
        case ("PUT", "/v1/files"):
            return try upload(request)
        case ("GET", "/v1/files"):
            return try download(request)
        case ("GET", "/v1/egress"), ("POST", "/v1/egress/reload"):
            guard let egress else { throw PaddockError(.unavailable, "this supervisor runs no egress proxy") }
            let status = request.method == "POST" ? egress.reload() : egress.status
            return try .json(status, status: status.status == "loaded" ? 200 : 422)
        default:
            throw PaddockError(.notFound, "no route for \(request.method) \(request.path)")
        }
    }

    private func execBuffered(_ request: HTTPRequest, _ context: HTTPRequestContext) throws -> HTTPResponse {
        let parameters = try ExecParameters.decode(try request.body.readAll(limit: 1024 * 1024))
        let session = try supervisor.session(for: parameters)
        let queue = try session.startQueued()
        // The result of a command whose client went away cannot be delivered, so the command is killed.
        let watch = PeerWatch(context) {
            context.logger.info("client disconnected during a buffered exec; killing the command")
            session.kill()
        }
        defer { watch.stop() }
        // A buffered exec has no way to send more input, so a command without `stdin` reads end of file
        // at once instead of waiting forever.
        if parameters.stdin == nil { session.closeStdin() }
        var stdout: [UInt8] = []
        var stderr: [UInt8] = []
        while let event = queue.pop() {
            switch event {
            case .output(let channel, let bytes):
                if channel == .stdout {
                    if stdout.count < Self.bufferedOutputLimit { stdout += bytes }
                } else if stderr.count < Self.bufferedOutputLimit {
                    stderr += bytes
                }
            case .exit(let outcome):
                return try .json(ExecResult(outcome: outcome, stdout: stdout, stderr: stderr))
            }
        }
        throw PaddockError(.internal, "command ended without an exit status")
    }

    private func upload(_ request: HTTPRequest) throws -> HTTPResponse {
        let path = try supervisor.resolvePath(request.query("path"))
        request.body.maxBytes = .max
        let session = try supervisor.session(for: ExecParameters(command: supervisor.configuration.toolCommand + [FileTransferCommand.roleName, "write", path]))
        let queue = session.startQueued()
        var size = 0
        var failure: (any Error)?
        do {
            while let chunk = try request.body.read(maxBytes: 256 * 1024) {
                size += chunk.count
                session.writeStdin(chunk)
            }
        } catch {
            failure = error
            session.kill()
        }
        session.closeStdin()
        let (outcome, message) = Self.drain(queue)
        if let failure { throw PaddockError(.invalidArgument, "upload of \(path) failed while receiving it", cause: failure) }
        try Self.check(outcome, message: message, path: path)
        return try .json(UploadResult(path: path, size: size))
    }

    private func download(_ request: HTTPRequest) throws -> HTTPResponse {
        let path = try supervisor.resolvePath(request.query("path"))
        let session = try supervisor.session(for: ExecParameters(command: supervisor.configuration.toolCommand + [FileTransferCommand.roleName, "read", path]))
        let queue = session.startQueued()
        // The reader writes nothing before the file is open, so the first event tells success from failure.
        var pending: [UInt8] = []
        var errors: [UInt8] = []
        while let event = queue.pop() {
            switch event {
            case .output(.stderr, let bytes):
                errors += bytes
                continue
            case .output(.stdout, let bytes):
                pending = bytes
            case .exit(let outcome):
                try Self.check(outcome, message: String(decoding: errors, as: UTF8.self), path: path)
                return HTTPResponse(headers: ["Content-Type": "application/octet-stream"], body: .bytes([]))
            }
            break
        }
        let first = pending
        return HTTPResponse(headers: ["Content-Type": "application/octet-stream"], body: .stream { writer in
            do {
                try writer.write(first)
                while let event = queue.pop() {
                    switch event {
                    case .output(.stdout, let bytes): try writer.write(bytes)
                    case .output(.stderr, _): continue
                    case .exit: return
                    }
                }
            } catch {
                // Once the client is gone no consumer pops the queue, so the reader is killed. Otherwise
                // it would keep filling the queue until the file's end.
                session.kill()
                throw error
            }
        })
    }

    private static func drain(_ queue: EventQueue<ExecEvent>) -> (ExecOutcome, String) {
        var errors: [UInt8] = []
        while let event = queue.pop() {
            switch event {
            case .output(_, let bytes): errors += bytes
            case .exit(let outcome): return (outcome, String(decoding: errors, as: UTF8.self))
            }
        }
        return (ExecOutcome(exitCode: -1, timedOut: false, oomKilled: false), "")
    }

    /// Maps the exit code of `paddock __file`, an errno, to the error a client can act on.
    private static func check(_ outcome: ExecOutcome, message: String, path: String) throws {
        guard outcome.exitCode != 0 else { return }
        let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        let detail = text.isEmpty ? "file transfer of \(path) failed with code \(outcome.exitCode)" : text
        switch outcome.exitCode {
        case ENOENT, ENOTDIR: throw PaddockError(.notFound, detail)
        case EACCES, EPERM, EROFS: throw PaddockError(.permissionDenied, detail)
        case EISDIR, EINVAL: throw PaddockError(.invalidArgument, detail)
        case ENOSPC, EDQUOT: throw PaddockError(.failedPrecondition, detail)
        default: throw PaddockError(.internal, detail)
        }
    }
}

/// The body of an upload's response.
struct UploadResult: Codable, Sendable {
    var path: String
    var size: Int
}

/// The body of a buffered exec's response.
struct ExecResult: Codable, Sendable {
    var exitCode: Int32
    var timedOut: Bool
    var oomKilled: Bool
    var stdout: String
    var stderr: String

    init(outcome: ExecOutcome, stdout: [UInt8], stderr: [UInt8]) {
        exitCode = outcome.exitCode
        timedOut = outcome.timedOut
        oomKilled = outcome.oomKilled
        self.stdout = Data(stdout).base64EncodedString()
        self.stderr = Data(stderr).base64EncodedString()
    }

    enum CodingKeys: String, CodingKey {
        case stdout, stderr
        case exitCode = "exit_code"
        case timedOut = "timed_out"
        case oomKilled = "oom_killed"
    }
}
