import CShim
import Foundation
import Glibc
import PaddockRuntime

/// A process started by the workspace server, with its output captured into byte logs.
///
/// The process leads a new session and process group, so signals reach everything it started.
/// The server already runs inside the sandbox's isolation, and children inherit it.
final class ChildProcess: @unchecked Sendable {
    let pid: Int32
    /// Standard output, or the terminal's output for a process on a pseudo-terminal.
    let stdout: ByteLog
    /// Standard error; stays empty for a process on a pseudo-terminal.
    let stderr: ByteLog
    /// The descriptor written to reach the process's input: a pipe, or the terminal's controller.
    let inputDescriptor: Int32
    /// The pseudo-terminal's controller, or -1 for a process on pipes.
    let terminalDescriptor: Int32

    private let condition = NSCondition()
    private var status: ExitStatus?
    private var drained = false
    private var inputClosed = false

    /// How long output is still read after the process exits, for children that keep its pipes open.
    static let drainGrace = 0.2

    private init(pid: Int32, input: Int32, terminal: Int32, stdout: ByteLog, stderr: ByteLog) {
        self.pid = pid
        self.inputDescriptor = input
        self.terminalDescriptor = terminal
        self.stdout = stdout
        self.stderr = stderr
    }

    /// Starts `arguments` on pipes: separate stdout and stderr. A descriptor passed as
    /// `extraDescriptor` becomes the child's descriptor 3; the caller keeps its own copy.
    static func start(
        arguments: [String], environment: [String: String], workingDirectory: String, extraDescriptor: Int32 = -1
    ) throws -> ChildProcess {
        let input = try makePipe()
        let output = try makePipe()
        let errors = try makePipe()
        var request = SpawnRequest(executable: arguments[0], arguments: arguments, environment: environment)
        request.workingDirectory = workingDirectory
        request.stdin = input.read
        request.stdout = output.write
        request.stderr = errors.write
        request.extraDescriptor = extraDescriptor
        request.newSession = true
        let stdout = ByteLog()
        let stderr = ByteLog()
        return try launch(
            request, childEnds: [input.read, output.write, errors.write], input: input.write, terminal: -1,
            outputs: [(output.read, stdout), (errors.read, stderr)], stdout: stdout, stderr: stderr)
    }

    /// Starts `arguments` on a new pseudo-terminal of `rows` by `columns`, as its controlling terminal,
    /// capturing the terminal's output into `output`.
    static func startOnTerminal(
        arguments: [String], environment: [String: String], workingDirectory: String, rows: UInt16, columns: UInt16,
        output: ByteLog = ByteLog()
    ) throws -> ChildProcess {
        var controller: Int32 = -1
        var terminal: Int32 = -1
        guard csh_openpty(&controller, &terminal, rows, columns, 1) == 0 else {
            throw WorkspaceSystemError(call: "openpty", errno: errno)
        }
        var request = SpawnRequest(executable: arguments[0], arguments: arguments, environment: environment)
        request.workingDirectory = workingDirectory
        request.stdin = terminal
        request.stdout = terminal
        request.stderr = terminal
        request.newSession = true
        request.controllingTerminal = true
        return try launch(
            request, childEnds: [terminal], input: controller, terminal: controller,
            outputs: [(controller, output)], stdout: output, stderr: ByteLog())
    }

    private static func launch(
        _ request: SpawnRequest, childEnds: [Int32], input: Int32, terminal: Int32,
        outputs: [(Int32, ByteLog)], stdout: ByteLog, stderr: ByteLog
    ) throws -> ChildProcess {
        defer { childEnds.forEach { close($0) } }
        let box = ExitBox()
        let pid: Int32
        do {
            pid = try ProcessReaper.shared.spawn({ () throws -> Int32 in try ProcessSpawner.spawn(request) }) {
                status in box.deliver(status)
            }
        } catch {
            for (descriptor, _) in outputs { close(descriptor) }
            if input != terminal { close(input) }
            throw error
        }
        let process = ChildProcess(pid: pid, input: input, terminal: terminal, stdout: stdout, stderr: stderr)
        box.attach(process)
        let thread = Thread { process.pump(outputs) }
        thread.name = "workspace-output-\(pid)"
        thread.start()
        return process
    }

    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard csh_pipe_cloexec(&fds) == 0 else { throw WorkspaceSystemError(call: "pipe2", errno: errno) }
        return (fds[0], fds[1])
    }

    fileprivate func recordExit(_ exit: ExitStatus) {
        condition.lock()
        status = exit
        condition.broadcast()
        condition.unlock()
    }

    /// The exit status once the process has exited.
    var exitStatus: ExitStatus? {
        condition.lock()
        defer { condition.unlock() }
        return status
    }

    /// Whether the process has exited and its output has been read to the end.
    var isFinished: Bool {
        condition.lock()
        defer { condition.unlock() }
        return status != nil && drained
    }

    /// Blocks until the process has exited and its output is read, or `deadline` passes; returns
    /// whether it finished.
    @discardableResult
    func waitUntilFinished(deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while status == nil || !drained {
            // NSCondition's timed wait traps on Linux for `Date.distantFuture`.
            if deadline == .distantFuture {
                condition.wait()
            } else if !condition.wait(until: deadline) {
                break
            }
        }
        return status != nil && drained
    }

    /// Writes to the process's input; returns false when the input is closed or the write failed.
    @discardableResult
    func writeInput(_ bytes: [UInt8]) -> Bool {
        condition.lock()
        let closed = inputClosed
        condition.unlock()
        guard !closed else { return false }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.write(inputDescriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }

    /// Closes the process's input pipe, so that it reads end of file. Does nothing on a terminal.
    func closeInput() {
        condition.lock()
        defer { condition.unlock() }
        guard !inputClosed, terminalDescriptor < 0 else { return }
        close(inputDescriptor)
        inputClosed = true
    }

    /// Sends `signal` to the process's whole process group.
    func signal(_ signal: Int32) {
        guard exitStatus == nil else { return }
        csh_kill_group(pid, signal)
    }

    /// The terminal's foreground process group, or nil for a process on pipes.
    var foregroundGroup: Int32? {
        guard terminalDescriptor >= 0 else { return nil }
        let group = csh_foreground_group(terminalDescriptor)
        return group > 0 ? group : nil
    }

    /// Sets the window size of the process's terminal.
    func resize(rows: UInt16, columns: UInt16) {
        guard terminalDescriptor >= 0 else { return }
        csh_set_window_size(terminalDescriptor, rows, columns)
    }

    /// Reads every output descriptor until end of file, or until a short grace period after the
    /// process exits, so that a background child holding the pipes open cannot keep it running.
    private func pump(_ outputs: [(Int32, ByteLog)]) {
        var open = outputs
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var graceDeadline: Date?
        while !open.isEmpty {
            if graceDeadline == nil, exitStatus != nil { graceDeadline = Date().addingTimeInterval(Self.drainGrace) }
            if let deadline = graceDeadline, Date() >= deadline { break }
            var descriptors = open.map { pollfd(fd: $0.0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), graceDeadline == nil ? 100 : 20)
            if ready <= 0 { continue }
            var finished: Set<Int32> = []
            for (index, descriptor) in descriptors.enumerated() where descriptor.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(descriptor.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    buffer.withUnsafeBytes { open[index].1.append(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    // A terminal's controller reports EIO once the last process holding it exits.
                    finished.insert(descriptor.fd)
                }
            }
            open.removeAll { finished.contains($0.0) }
        }
        waitForExit()
        for (descriptor, log) in outputs {
            close(descriptor)
            log.close()
        }
        condition.lock()
        drained = true
        if terminalDescriptor < 0, !inputClosed { close(inputDescriptor) }
        inputClosed = true
        condition.broadcast()
        condition.unlock()
    }

    private func waitForExit() {
        condition.lock()
        while status == nil { condition.wait() }
        condition.unlock()
    }
}

/// Hands the exit status, which the reaper may deliver before the process object exists, to it.
private final class ExitBox: @unchecked Sendable {
    private let lock = NSLock()
    private var status: ExitStatus?
    private var process: ChildProcess?

    func deliver(_ exit: ExitStatus) {
        lock.lock()
        status = exit
        let target = process
        lock.unlock()
        target?.recordExit(exit)
    }

    func attach(_ target: ChildProcess) {
        lock.lock()
        process = target
        let early = status
        lock.unlock()
        if let early { target.recordExit(early) }
    }
}

/// A failed system call of the workspace server, with the errno it set.
struct WorkspaceSystemError: Error, CustomStringConvertible {
    let call: String
    let errno: Int32

    var description: String { "\(call) failed: \(String(cString: strerror(errno)))" }
}
