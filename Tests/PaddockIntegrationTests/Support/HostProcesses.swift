import Foundation
import Glibc

/// The host's processes as this test process sees them in `/proc`.
enum HostProcesses {
    /// Returns the pid of every process.
    static func all() -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }
    }

    /// Returns the command line of `pid` with its arguments separated by spaces, or nil when the
    /// process is gone.
    static func commandLine(of pid: Int32) -> String? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
        let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        return arguments.joined(separator: " ")
    }

    /// Returns the parent pid of `pid` from `/proc/PID/stat`, or nil when the process is gone.
    static func parent(of pid: Int32) -> Int32? {
        guard let fields = statFields(of: pid), fields.count > 1 else { return nil }
        return Int32(fields[1])
    }

    /// Returns whether `pid` exists and has not exited; a zombie counts as exited.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let fields = statFields(of: pid), let state = fields.first else { return false }
        return state != "Z" && state != "X"
    }

    /// Returns the pids whose command line contains `text`.
    static func matching(_ text: String) -> [Int32] {
        all().filter { commandLine(of: $0)?.contains(text) == true }
    }

    /// Returns the pids of every running descendant of `ancestor`, not counting `ancestor` itself.
    static func descendants(of ancestor: Int32) -> [Int32] {
        var children: [Int32: [Int32]] = [:]
        for pid in all() where isRunning(pid) {
            if let parent = parent(of: pid) {
                children[parent, default: []].append(pid)
            }
        }
        var found: [Int32] = []
        var pending = children[ancestor] ?? []
        while let pid = pending.popLast() {
            found.append(pid)
            pending += children[pid] ?? []
        }
        return found
    }

    /// Returns the pid of the supervisor of the sandbox with id `sandboxID`, or nil when none runs.
    static func supervisor(of sandboxID: String) -> Int32? {
        all().first { pid in
            guard isRunning(pid), let line = commandLine(of: pid) else { return false }
            return line.contains("__supervisor") && line.contains("/\(sandboxID)/")
        }
    }

    /// Returns the running processes that belong to the cgroup of the sandbox with id `sandboxID`
    /// in any hierarchy, from each process's `/proc/PID/cgroup`.
    static func inCgroup(of sandboxID: String) -> [Int32] {
        all().filter { pid in
            guard isRunning(pid), let data = FileManager.default.contents(atPath: "/proc/\(pid)/cgroup") else {
                return false
            }
            return String(decoding: data, as: UTF8.self).contains("/paddock/\(sandboxID)")
        }
    }

    /// Returns the mount namespace of `pid`, such as `mnt:[4026532174]`, or nil when the process is gone.
    static func mountNamespace(of pid: Int32) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/ns/mnt")
    }

    /// Returns the running processes in the mount namespace `namespace`.
    static func inMountNamespace(_ namespace: String) -> [Int32] {
        all().filter { isRunning($0) && mountNamespace(of: $0) == namespace }
    }

    /// The fields of `/proc/PID/stat` after the command name, starting with the state.
    private static func statFields(of pid: Int32) -> [Substring]? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        // The command name is in parentheses and may itself contain spaces and parentheses.
        guard let close = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: close)...].split(separator: " ")
    }
}
