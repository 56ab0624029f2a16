import CShim
import CZMQ
import Foundation
import Glibc
import PaddockCore
import PaddockRuntime

/// A kernel process started by the workspace server and the ZeroMQ sockets that talk to it:
/// DEALER sockets for shell and control, and a SUB socket for iopub.
///
/// One execution runs at a time, under `lock`, which also guards every socket call. The kernel
/// process leads its own process group, so `terminate()` also ends processes that the code forked.
final class KernelClient: @unchecked Sendable {
    let spec: KernelSpec
    let process: ChildProcess
    let connection: KernelConnection
    let startedAt = Date()
    private let signer: MessageSigner
    private let clientSession = UUID().uuidString.lowercased()
    private let shell: ZMQSocket
    private let control: ZMQSocket
    private let iopub: ZMQSocket
    private let lock = NSLock()
    private let logger: Logger

    /// How long an interrupted execution may take to stop before the kernel counts as stuck.
    static let interruptGrace = 5.0
    /// How long the kernel may take to reply to its first `kernel_info_request`.
    static let startTimeout = 60.0
    /// How long iopub may stay quiet after `execute_reply` before the execution counts as finished
    /// without its idle status.
    static let idleStatusGrace = 1.0
    /// Messages read from one socket before the deadline and the process are checked again.
    private static let drainBatch = 64

    private init(spec: KernelSpec, process: ChildProcess, connection: KernelConnection, logger: Logger) throws {
        self.spec = spec
        self.process = process
        self.connection = connection
        self.logger = logger
        signer = MessageSigner(key: Array(connection.key.utf8))
        shell = try ZMQSocket(type: ZMQ_DEALER)
        control = try ZMQSocket(type: ZMQ_DEALER)
        iopub = try ZMQSocket(type: ZMQ_SUB)
        try iopub.setOption(ZMQ_SUBSCRIBE, bytes: [])
        try shell.connect(connection.endpoint(KernelConnection.shellPort))
        try control.connect(connection.endpoint(KernelConnection.controlPort))
        try iopub.connect(connection.endpoint(KernelConnection.iopubPort))
    }

    var pid: Int32 { process.pid }
    var exitStatus: ExitStatus? { process.exitStatus }

    /// Starts the kernel of `spec` in `workingDirectory` and waits until it replies on shell and publishes on iopub.
    ///
    /// - Parameter base: a private directory (mode 0700) for the connection file, the sockets, and
    ///   the IPython and matplotlib settings.
    /// - Throws: `OperationFailure` naming the kernel and its last error output when it exits or
    ///   does not reply in time.
    static func start(
        spec: KernelSpec, base: String, environment: [String: String], workingDirectory: String, logger: Logger
    ) throws -> KernelClient {
        let connection = try KernelConnection.create(under: base, kernelName: spec.name)
        var variables = environment.merging(spec.environment) { _, new in new }
        variables["JUPYTER_RUNTIME_DIR"] = connection.directory
        variables["IPYTHONDIR"] = base + "/ipython"
        variables["MPLCONFIGDIR"] = base + "/matplotlib"
        // ipykernel exits when its parent process changes to PID 1, which in a sandbox is the
        // supervisor: a workspace server that dies takes its kernels with it.
        variables["JPY_PARENT_PID"] = String(getpid())
        variables["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"

        let process: ChildProcess
        do {
            process = try ChildProcess.start(
                arguments: spec.arguments(connectionFile: connection.file), environment: variables,
                workingDirectory: workingDirectory)
        } catch {
            connection.remove()
            throw OperationFailure("cannot start the \(spec.name) kernel: \(error)")
        }

        let kernel: KernelClient
        do {
            kernel = try KernelClient(spec: spec, process: process, connection: connection, logger: logger)
            try kernel.waitUntilReady(deadline: Date().addingTimeInterval(startTimeout))
        } catch {
            csh_kill_group(process.pid, SIGKILL)
            process.waitUntilFinished(deadline: Date().addingTimeInterval(2))
            connection.remove()
            let output = String(decoding: process.stderr.read(from: max(0, process.stderr.length - 2000)).bytes, as: UTF8.self)
            let detail = output.isEmpty ? "" : "; its last error output: \(output)"
            throw OperationFailure("the \(spec.name) kernel failed to start: \(error)\(detail)")
        }
        return kernel
    }

    /// Sends `kernel_info_request` until both its reply on shell and its status on iopub arrive.
    ///
    /// The iopub status matters because a SUB socket drops what the kernel publishes before the
    /// subscription reaches it, so outputs of the first execution could otherwise be lost.
    private func waitUntilReady(deadline: Date) throws {
        var requests = Set<String>()
        var replied = false
        var published = false
        var nextSend = Date()
        while !(replied && published) {
            if let exit = process.exitStatus { throw KernelStartError("the kernel process ended (\(exit))") }
            let now = Date()
            guard now < deadline else { throw KernelStartError("no kernel_info_reply within \(Int(Self.startTimeout)) seconds") }
            if now >= nextSend {
                let request = JupyterMessage(type: "kernel_info_request", session: clientSession, content: [:])
                try shell.send(JupyterWire.encode(request, signer: signer))
                requests.insert(request.id)
                nextSend = now.addingTimeInterval(replied ? 0.1 : 0.5)
            }
            let readable = try ZMQSocket.poll([shell, iopub], milliseconds: 50)
            if readable[0] {
                try drain(shell) { message in
                    guard message.type == "kernel_info_reply", let parent = message.parentID else { return }
                    if requests.contains(parent) { replied = true }
                }
            }
            if readable[1] {
                try drain(iopub) { message in
                    guard message.type == "status", let parent = message.parentID else { return }
                    if requests.contains(parent) { published = true }
                }
            }
        }
    }

    /// Runs `code` and collects its outputs until the kernel reports idle, the kernel dies, or
    /// `timeout` seconds pass, after which the kernel is interrupted with SIGINT.
    func execute(code: String, timeout: TimeInterval, silent: Bool = false, maxOutputBytes: Int) throws -> KernelRun {
        lock.lock()
        defer { lock.unlock() }
        // stop_on_error is off: after a failed cell, ipykernel otherwise aborts the requests that
        // reach it in the next moments, and the next call of the session would be one of them.
        let request = JupyterMessage(
            type: "execute_request", session: clientSession,
            content: [
                "code": .string(code), "silent": .bool(silent), "store_history": .bool(!silent),
                "user_expressions": [:], "allow_stdin": false, "stop_on_error": false,
            ])
        var run = KernelRun(requestID: request.id, outputs: ExecutionOutputs(maxBytes: maxOutputBytes))
        if let exit = process.exitStatus {
            run.died = exit
            return run
        }
        try shell.send(JupyterWire.encode(request, signer: signer))

        let deadline = Date().addingTimeInterval(timeout)
        var interruptedAt: Date?
        var lastActivity = Date()
        while run.reply == nil || !run.idle {
            // The kernel's PUB socket drops messages when its queue is full, so a flood of output can
            // lose the idle status. A reply followed by a quiet iopub therefore ends the call too.
            if run.reply != nil, Date().timeIntervalSince(lastActivity) > Self.idleStatusGrace { break }
            if let exit = process.exitStatus {
                // Outputs published just before the exit may still wait in the socket.
                try collect(from: iopub, into: &run, keepingOutputs: interruptedAt == nil)
                run.died = exit
                return run
            }

            let now = Date()
            if interruptedAt == nil, now >= deadline {
                interruptedAt = now
                run.timedOut = true
                kill(process.pid, SIGINT)
                logger.info("jupyter execution timed out; interrupting the kernel", ["pid": String(pid), "timeout": String(timeout)])
            }
            if let interruptedAt, now >= interruptedAt.addingTimeInterval(Self.interruptGrace) {
                run.stuck = true
                return run
            }

            let wait = interruptedAt == nil ? min(deadline.timeIntervalSince(now), 0.1) : 0.1
            let readable = try ZMQSocket.poll([shell, iopub], milliseconds: max(1, Int(wait * 1000)))
            if readable[1] {
                lastActivity = Date()
                try collect(from: iopub, into: &run, keepingOutputs: interruptedAt == nil)
            }
            if readable[0] {
                try collect(from: shell, into: &run, keepingOutputs: false)
                if run.reply != nil { lastActivity = Date() }
            }
        }
        return run
    }

    /// Reads the waiting messages of `socket` that belong to `run`: the idle status, the reply, and
    /// the outputs, which are dropped after an interrupt unless `keepingOutputs` is set.
    private func collect(from socket: ZMQSocket, into run: inout KernelRun, keepingOutputs: Bool) throws {
        // Escaped JSON text takes more bytes than the text it decodes to, hence the margin.
        let maxFrameBytes = run.outputs.maxBytes * 2 + 65536
        try drain(socket, maxFrameBytes: maxFrameBytes) { message in
            guard message.parentID == run.requestID else { return }
            run.acknowledged = true
            switch message.type {
            case "status":
                if message.content["execution_state"]?.stringValue == "idle" { run.idle = true }
            case "execute_reply":
                run.reply = message.content
            default:
                if keepingOutputs { run.outputs.add(message) }
            }
        }
    }

    /// Reads up to `drainBatch` waiting messages from `socket` and hands each to `handle` before
    /// reading the next, so at most one large frame is held at a time. Messages that fail to decode
    /// are logged and dropped.
    ///
    /// Frames longer than `maxFrameBytes` are kept only up to that length but verified whole.
    private func drain(_ socket: ZMQSocket, maxFrameBytes: Int = .max, _ handle: (JupyterMessage) -> Void) throws {
        var count = 0
        while count < Self.drainBatch {
            let verifier = FrameVerifier(key: signer.key)
            guard let frames = try socket.receive(maxFrameBytes: maxFrameBytes, observe: verifier.observe) else { break }
            count += 1
            do {
                handle(try JupyterWire.decode(frames, verifier: verifier))
            } catch {
                logger.warning("dropped a kernel message", ["pid": String(pid), "error": "\(error)"])
            }
        }
    }

    /// Stops the kernel: `shutdown_request` on control when no execution is running, SIGKILL to
    /// its process group when it is still alive a second later, then removal of its directory.
    func terminate() {
        if lock.try() {
            if process.exitStatus == nil {
                let request = JupyterMessage(type: "shutdown_request", session: clientSession, content: ["restart": false])
                try? control.send(JupyterWire.encode(request, signer: signer))
            }
            lock.unlock()
            process.waitUntilFinished(deadline: Date().addingTimeInterval(1))
        }
        // Processes that the code forked stay in the group after the kernel itself exits.
        csh_kill_group(process.pid, SIGKILL)
        process.waitUntilFinished(deadline: Date().addingTimeInterval(2))
        connection.remove()
    }

    /// Sends SIGKILL to the kernel's process group without waiting or touching its sockets, for
    /// process exit, when OpenSSL's own exit handler may already have freed what signing needs.
    func killGroup() {
        csh_kill_group(process.pid, SIGKILL)
    }
}

/// The outcome of one execute request on the kernel.
struct KernelRun {
    let requestID: String
    var outputs: ExecutionOutputs
    /// The content of `execute_reply`, nil when none arrived.
    var reply: JSONValue?
    /// Whether the kernel published its idle status for the request.
    var idle = false
    /// Whether any message about the request arrived, which shows that the kernel received it.
    var acknowledged = false
    /// The exit status when the kernel process exited during the execution.
    var died: ExitStatus?
    /// Whether the timeout passed and the kernel was interrupted.
    var timedOut = false
    /// Whether the kernel ignored the interrupt for `KernelClient.interruptGrace` seconds.
    var stuck = false
}

/// A kernel that exited or stayed silent while it was starting.
struct KernelStartError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
