import CShim
import Foundation
import Glibc
import PaddockCore

/// Starts a sandbox's supervisor: `paddock __supervisor` as PID 1 of new PID, mount, UTS and IPC
/// namespaces, in a session of its own so that it outlives the gateway that started it.
public enum SupervisorLauncher {
    /// A started supervisor and the pipe on which it reports readiness.
    public struct Started: Sendable {
        public let pid: Int32
        public let readyFD: Int32
    }

    /// Writes the configuration and starts the supervisor; `extraArguments` go after the standard
    /// ones (for example `--run -- CMD`). The caller reads `readyFD` with `awaitReady`.
    public static func launch(
        configuration: SandboxConfiguration, executable: String, extraArguments: [String] = [],
        stdout: Int32 = -1, onExit: @escaping @Sendable (ExitStatus) -> Void
    ) throws -> Started {
        let layout = SandboxLayout(directory: configuration.directory)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Every launch writes the file again, so it needs no fsync: Foundation's atomic write
        // syncs the data, which cost about 1 ms of each sandbox's start.
        let encoded = Array(try encoder.encode(configuration))
        try FileSystemHelpers.replace(bytes: encoded, at: layout.configuration, mode: 0o600)

        let log = open(layout.supervisorLog, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard log >= 0 else {
            throw PaddockError(.internal, "cannot open \(layout.supervisorLog)", cause: SystemCallError("open", errno: errno))
        }
        defer { close(log) }
        var fds: [Int32] = [0, 0]
        try systemCall("pipe2") { csh_pipe_cloexec(&fds) }
        defer { close(fds[1]) }

        var request = SpawnRequest(
            executable: executable,
            arguments: [executable, "__supervisor", "--config", layout.configuration, "--ready-fd", "3"] + extraArguments,
            environment: supervisorEnvironment())
        request.stdout = stdout >= 0 ? stdout : log
        request.stderr = log
        request.extraDescriptor = fds[1]
        request.namespaces = [.mount, .pid, .uts, .ipc]
        request.newSession = true
        request.workingDirectory = "/"
        // An out-of-memory kill inside the sandbox must never pick the supervisor.
        request.oomScoreAdjustment = -1000
        do {
            let pid = try ProcessReaper.shared.spawn({ () throws -> Int32 in try ProcessSpawner.spawn(request) }, onExit: onExit)
            return Started(pid: pid, readyFD: fds[0])
        } catch {
            close(fds[0])
            throw PaddockError(.internal, "cannot start the supervisor of sandbox '\(configuration.name)'", cause: error)
        }
    }

    /// Waits until the supervisor reports; throws its message when it failed or timed out.
    public static func awaitReady(_ started: Started, timeout: Double) throws {
        defer { close(started.readyFD) }
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let remaining = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
            var descriptor = pollfd(fd: started.readyFD, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, remaining)
            if ready == 0 {
                kill(started.pid, SIGKILL)
                throw PaddockError(.timeout, "the supervisor did not become ready within \(Int(timeout)) s")
            }
            if ready < 0 {
                if errno == EINTR { continue }
                throw PaddockError(.internal, "waiting for the supervisor failed", cause: SystemCallError("poll", errno: errno))
            }
            let count = read(started.readyFD, &buffer, buffer.count)
            if count <= 0 { break }
            text += String(decoding: buffer[0..<count], as: UTF8.self)
            if text.hasSuffix("\n") { break }
        }
        if text == "ready\n" { return }
        let message = text.hasPrefix("error: ") ? String(text.dropFirst(7)).trimmingCharacters(in: .newlines) : "the supervisor exited during setup"
        throw PaddockError(.internal, message)
    }

    private static func supervisorEnvironment() -> [String: String] {
        var environment = ["PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]
        if let level = ProcessInfo.processInfo.environment["PADDOCK_LOG_LEVEL"] {
            environment["PADDOCK_LOG_LEVEL"] = level
        }
        return environment
    }
}
