import CShim
import Foundation
import Glibc
import PaddockRuntime

/// One long-lived `node` process running the REPL driver, and the line protocol to it over a
/// socket pair whose other end is the driver's descriptor 3.
final class NodeREPL: @unchecked Sendable {
    /// What waiting for a reply ended with.
    enum Reply {
        case message(JSONValue)
        case timedOut
        /// The driver closed the socket or sent something that is not JSON.
        case closed(String)
    }

    let process: ChildProcess
    let marker: String
    private let socket: Int32
    private var received: [UInt8] = []
    private let lock = NSLock()
    private var isClosed = false

    /// How long the driver may take to start and send its ready line.
    static let startTimeout = 30.0

    private init(process: ChildProcess, socket: Int32, marker: String) {
        self.process = process
        self.socket = socket
        self.marker = marker
    }

    /// Starts the driver in `workingDirectory` and waits for its ready line.
    static func start(runtime: NodeRuntime, workingDirectory: String) throws -> NodeREPL {
        let node = try runtime.requireNode()
        let scripts = try runtime.directory()
        var pair: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            throw OperationFailure(
                "cannot create the socket pair for the Node.js REPL: \(String(cString: strerror(errno)))")
        }
        let marker = NodeProcessCleanup.makeMarker()
        var environment = runtime.context.baseEnvironment
        environment[NodeProcessCleanup.markerVariable] = marker
        environment["PADDOCK_NODE_OUTPUT_LIMIT"] = String(NodeStatelessRunner.outputLimit)
        let arguments = [
            node, "--require", scripts + "/" + NodeScripts.proxyHookFileName,
            scripts + "/" + NodeScripts.driverFileName,
        ]
        let process: ChildProcess
        do {
            defer { close(pair[1]) }
            process = try ChildProcess.start(
                arguments: arguments, environment: environment, workingDirectory: workingDirectory,
                extraDescriptor: pair[1])
        } catch {
            close(pair[0])
            throw OperationFailure("cannot start the Node.js REPL: \(error)")
        }
        process.closeInput()
        let repl = NodeREPL(process: process, socket: pair[0], marker: marker)
        switch repl.readReply(deadline: Date().addingTimeInterval(startTimeout)) {
        case .message(let ready) where ready["ready"] == .bool(true):
            return repl
        case .message, .closed, .timedOut:
            let errors = String(decoding: process.stderr.read(from: 0).bytes, as: UTF8.self)
            repl.kill()
            throw OperationFailure("the Node.js REPL failed to start: \(errors.isEmpty ? "no ready message" : errors)")
        }
    }

    /// Sends one request line; returns false when the driver is gone.
    func send(_ request: JSONValue) -> Bool {
        let bytes = request.serialized() + [0x0A]
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes {
                Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }

    /// Reads the next reply line, waiting until `deadline`.
    func readReply(deadline: Date) -> Reply {
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            if let newline = received.firstIndex(of: 0x0A) {
                let line = Array(received[..<newline])
                received.removeSubrange(...newline)
                guard let message = try? JSONValue.parse(line) else {
                    return .closed("the driver sent a line that is not JSON")
                }
                return .message(message)
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return .timedOut }
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(remaining, 1) * 1000) + 1)
            if ready < 0, errno != EINTR { return .closed("poll failed: \(String(cString: strerror(errno)))") }
            if ready <= 0 { continue }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count == 0 { return .closed("the driver closed its socket") }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .closed("reading from the driver failed: \(String(cString: strerror(errno)))")
            }
            received += buffer[..<count]
        }
    }

    /// Kills the driver and everything it started, and closes the socket.
    func kill() {
        NodeProcessCleanup.killAll(groupID: process.pid, marker: marker)
        process.waitUntilFinished(deadline: Date().addingTimeInterval(NodeStatelessRunner.killGrace))
        lock.withLock {
            guard !isClosed else { return }
            isClosed = true
            close(socket)
        }
    }

    /// Whether the driver process is still running.
    var isRunning: Bool { process.exitStatus == nil }
}
