import Foundation
import Glibc
import PaddockCore
import PaddockRuntime
import PaddockStore

extension SandboxManager {
    /// Stops a running sandbox: its processes end, its workspace and files stay.
    func stop(name: String) throws -> SandboxRecord {
        try withLock(name) {
            var record = try record(named: name)
            switch record.phase {
            case .stopped:
                return record
            case .running, .failed, .stopping:
                break
            case .creating, .deleting:
                throw PaddockError(.failedPrecondition, "sandbox '\(name)' is \(record.phase.rawValue); try again when that finishes")
            }
            record.phase = .stopping
            record = try store.updateSandbox(record)
            terminateSupervisor(of: record)
            if let version = cgroupVersion {
                try? CgroupManager(placement: CgroupPlacement(version: version, path: "paddock/\(record.id)")).remove()
            }
            record.phase = .stopped
            record.supervisorPID = nil
            record.supervisorStartTime = nil
            record = try store.updateSandbox(record)
            audit.lifecycle(record, "sandbox stopped")
            return record
        }
    }

    /// Starts a stopped sandbox again with the same workspace and files.
    func start(name: String) throws -> SandboxRecord {
        try withLock(name) {
            let record = try record(named: name)
            switch record.phase {
            case .running:
                return record
            case .stopped, .failed:
                break
            default:
                throw PaddockError(.failedPrecondition, "sandbox '\(name)' is \(record.phase.rawValue); try again when that finishes")
            }
            do {
                return try launch(record, spec: try spec(of: record), policy: try policy(of: record), fresh: false)
            } catch {
                var failed = record
                failed.phase = .failed
                failed.lastError = (error as? PaddockError)?.message ?? "\(error)"
                _ = try? store.updateSandbox(failed)
                audit.lifecycle(failed, "sandbox failed to start", level: .error, ["error": failed.lastError ?? ""])
                throw error
            }
        }
    }

    /// Deletes a sandbox and everything it owns: processes, cgroup, files and its row.
    func delete(name: String) throws {
        try withLock(name) {
            var record = try record(named: name)
            record.phase = .deleting
            record = try store.updateSandbox(record)
            terminateSupervisor(of: record)
            auditIngester.ingest(record)
            try removeFiles(of: record)
            try store.deleteSandbox(id: record.id)
            audit.lifecycle(record, "sandbox deleted")
        }
    }

    /// Sends SIGTERM to the supervisor, then SIGKILL after the grace period, and waits until it is gone.
    func terminateSupervisor(of record: SandboxRecord) {
        forwards.stopAll(sandboxID: record.id)
        guard let pid = record.supervisorPID, isSupervisorAlive(record) else { return }
        kill(pid, SIGTERM)
        if !waitForExit(pid: pid, startTime: record.supervisorStartTime, timeout: Self.stopGrace) {
            logger.warning("supervisor ignored SIGTERM; killing it", ["sandbox.name": record.name, "pid": String(pid)])
            kill(pid, SIGKILL)
            _ = waitForExit(pid: pid, startTime: record.supervisorStartTime, timeout: Self.stopGrace)
        }
    }

    /// True while the record's supervisor process exists and is the same process (not a reused pid).
    func isSupervisorAlive(_ record: SandboxRecord) -> Bool {
        guard let pid = record.supervisorPID else { return false }
        guard let start = ProcessStartTime.of(pid) else { return false }
        if ProcessStartTime.isZombie(pid) { return false }
        return record.supervisorStartTime == nil || record.supervisorStartTime == start
    }

    private func waitForExit(pid: Int32, startTime: UInt64?, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let current = ProcessStartTime.of(pid)
            if current == nil || current != startTime || ProcessStartTime.isZombie(pid) { return true }
            usleep(5_000)
        }
        return false
    }

    /// Called by the reaper when a supervisor that this gateway started exits.
    func supervisorExited(id: String, status: ExitStatus) {
        guard let record = try? store.sandbox(id: id), record.phase == .running else { return }
        withLock(record.name) {
            guard var current = try? store.sandbox(id: id), current.phase == .running else { return }
            forwards.stopAll(sandboxID: current.id)
            current.phase = .failed
            current.lastError = "supervisor \(status)"
            current.supervisorPID = nil
            _ = try? store.updateSandbox(current)
            if let version = cgroupVersion {
                try? CgroupManager(placement: CgroupPlacement(version: version, path: "paddock/\(current.id)")).remove()
            }
            audit.lifecycle(current, "sandbox supervisor exited unexpectedly", level: .error, ["status": "\(status)"])
        }
    }

    /// Re-adopts sandboxes after a gateway restart: those whose supervisor still runs stay running,
    /// the others are marked failed with the reason, and interrupted creates and deletes are finished.
    func adopt() {
        guard let records = try? store.listSandboxes() else { return }
        for record in records {
            switch record.phase {
            case .running, .stopping:
                if isSupervisorAlive(record) {
                    logger.info("re-adopted running sandbox", ["sandbox.name": record.name, "sandbox.id": record.id, "pid": String(record.supervisorPID ?? 0)])
                    continue
                }
                var failed = record
                failed.phase = record.phase == .stopping ? .stopped : .failed
                failed.lastError = record.phase == .stopping ? nil : "supervisor exited while the gateway was down"
                failed.supervisorPID = nil
                _ = try? store.updateSandbox(failed)
                if let version = cgroupVersion {
                    try? CgroupManager(placement: CgroupPlacement(version: version, path: "paddock/\(record.id)")).remove()
                }
                audit.lifecycle(failed, "sandbox found without its supervisor", level: .warning)
            case .creating, .deleting:
                // The gateway died in the middle of these; finish them by removing what was made.
                terminateSupervisor(of: record)
                try? removeFiles(of: record)
                _ = try? store.deleteSandbox(id: record.id)
                audit.lifecycle(record, "removed a sandbox left half-\(record.phase == .creating ? "created" : "deleted")", level: .warning)
            case .stopped, .failed:
                continue
            }
        }
    }

    /// Marks running sandboxes failed when their supervisor is gone. The reaper reports supervisors
    /// this gateway started; this check also covers those adopted after a restart, which are not its
    /// children.
    func checkSupervisors() {
        guard let records = try? store.listSandboxes() else { return }
        for record in records where record.phase == .running && !isSupervisorAlive(record) {
            withLock(record.name) {
                guard var current = try? store.sandbox(id: record.id), current.phase == .running,
                    !isSupervisorAlive(current)
                else { return }
                current.phase = .failed
                current.lastError = "supervisor (pid \(current.supervisorPID ?? 0)) is gone"
                current.supervisorPID = nil
                _ = try? store.updateSandbox(current)
                if let version = cgroupVersion {
                    try? CgroupManager(placement: CgroupPlacement(version: version, path: "paddock/\(current.id)")).remove()
                }
                audit.lifecycle(current, "sandbox supervisor is gone", level: .error)
            }
        }
    }

    /// Deletes sandboxes whose TTL has passed.
    func reapExpired() {
        guard let expired = try? store.listExpiredSandboxes() else { return }
        for record in expired {
            do {
                try delete(name: record.name)
                logger.info("deleted expired sandbox", ["sandbox.name": record.name, "sandbox.id": record.id])
            } catch {
                logger.error("cannot delete expired sandbox", ["sandbox.name": record.name, "error": "\(error)"])
            }
        }
    }
}

/// Reads process start times from /proc, which tell a live process apart from a reused pid.
enum ProcessStartTime {
    static func of(_ pid: Int32) -> UInt64? {
        guard let fields = statFields(pid), fields.count > 19 else { return nil }
        return UInt64(fields[19])
    }

    static func isZombie(_ pid: Int32) -> Bool {
        statFields(pid)?.first == "Z"
    }

    /// Returns whether the process has begun to exit: the kernel sets PF_EXITING (0x4) in the flags
    /// (field 9 of /proc/PID/stat) before it closes the process's files, so this is already true
    /// when a peer sees the process's sockets close. A zombie or a missing process counts too.
    static func isExiting(_ pid: Int32) -> Bool {
        guard let fields = statFields(pid), fields.count > 6, let flags = UInt64(fields[6]) else { return true }
        return fields[0] == "Z" || flags & 0x4 != 0
    }

    /// The fields of /proc/PID/stat after the command name, starting with the state (field 3).
    private static func statFields(_ pid: Int32) -> [Substring]? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let end = text.lastIndex(of: ")")
        else { return nil }
        return text[text.index(after: end)...].split(separator: " ")
    }
}
