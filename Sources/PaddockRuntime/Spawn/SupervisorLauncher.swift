import CShim
import Foundation
import Glibc
import PaddockCore

/// Starts a sandbox's supervisor: `paddock __supervisor` as PID 1 of new PID, mount, UTS and IPC
/// namespaces, in a session of its own so that it outlives the gateway that started it.
///
/// The launcher and the supervisor share a socket pair as the supervisor's fd 3, the start-up
/// channel. When the sandbox has a cgroup, the launcher moves the new supervisor into it and then
/// sends `cgroupJoinedMessage`. The supervisor waits for that line before it creates the cgroup
/// namespace. On cgroup v1 the move waits for an RCU grace period with the CPU idle: 11 ms median
/// on a 2-core Debian 12 host with kernel 6.18, measured with bench/runtime_bench/profile.py.
/// Done here, the move overlaps with the supervisor's own start-up. The supervisor ends start-up
/// by sending `ready\n` or `error: MESSAGE\n`.
public enum SupervisorLauncher {
    /// The line the launcher sends once the supervisor is in the sandbox's cgroup.
    public static let cgroupJoinedMessage = "cgroup joined\n"

    /// A started supervisor and the gateway's end of its start-up channel.
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
        // Every launch writes the file again, so it needs no fsync. Foundation's atomic write syncs
        // the data, which cost about 1 ms of each sandbox's start.
        let encoded = Array(try encoder.encode(configuration))
        try FileSystemHelpers.replace(bytes: encoded, at: layout.configuration, mode: 0o600)

        let log = open(layout.supervisorLog, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard log >= 0 else {
            throw PaddockError(.internal, "cannot open \(layout.supervisorLog)", cause: SystemCallError("open", errno: errno))
        }
        defer { close(log) }
        var fds: [Int32] = [0, 0]
        try systemCall("socketpair") { csh_socketpair(&fds) }
        defer { close(fds[1]) }
        // csh_socketpair makes both ends non-blocking, but the supervisor reads its end with blocking reads.
        for fd in fds {
            try systemCall("fcntl(F_SETFL)") { fcntl(fd, F_SETFL, 0) }
        }

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
        let pid: Int32
        do {
            pid = try ProcessReaper.shared.spawn(
                { () throws -> Int32 in try ProcessSpawner.spawn(request) }, onExit: onExit)
        } catch {
            close(fds[0])
            throw PaddockError(.internal, "cannot start the supervisor of sandbox '\(configuration.name)'", cause: error)
        }
        if let placement = configuration.cgroup {
            do {
                try CgroupManager(placement: placement).move(pid: pid)
                try send(cgroupJoinedMessage, to: fds[0])
            } catch {
                // A supervisor that failed during set-up is gone before the move, and its own
                // message says why.
                let early = earlyFailure(on: fds[0])
                kill(pid, SIGKILL)
                close(fds[0])
                if let early { throw PaddockError(.internal, early) }
                let message = "cannot move the supervisor of sandbox '\(configuration.name)' into its cgroup"
                throw PaddockError(.internal, message, cause: error)
            }
        }
        return Started(pid: pid, readyFD: fds[0])
    }

    /// Returns the failure message that a supervisor sent on the start-up channel, waiting at
    /// most one second for it; nil when there is none.
    private static func earlyFailure(on fd: Int32) -> String? {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 1000) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(fd, &buffer, buffer.count)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self)
        guard text.hasPrefix("error: ") else { return nil }
        return String(text.dropFirst(7)).trimmingCharacters(in: .newlines)
    }

    private static func send(_ text: String, to fd: Int32) throws {
        let bytes = Array(text.utf8)
        let written = try systemCall("send", subject: "supervisor start-up channel") {
            // With MSG_NOSIGNAL a supervisor that already died gives EPIPE instead of killing the gateway.
            bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }
        guard written == bytes.count else {
            throw PaddockError(
                .internal, "short write of \(written) of \(bytes.count) bytes on the supervisor start-up channel")
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
