import CShim
import Foundation
import Glibc

/// Ends every process that a Node.js run or REPL started.
///
/// The run leads its own process group, but `child_process.spawn(..., {detached: true})` starts a
/// new session that a group signal misses. So every run gets a random marker in its environment,
/// which descendants inherit, and the cleanup also kills each process of the same user whose
/// environment contains the marker. A descendant that clears its environment escapes both checks.
enum NodeProcessCleanup {
    /// The environment variable that carries a run's marker.
    static let markerVariable = "PADDOCK_NODE_RUN"

    /// Returns a new marker value.
    static func makeMarker() -> String { "run-" + Identifier.make(length: 24) }

    /// Sends SIGKILL to the group `groupID` and to every process whose environment has `marker`,
    /// a few rounds, so that processes forked during a round are caught in the next.
    static func killAll(groupID: Int32, marker: String) {
        let needle = Array("\(markerVariable)=\(marker)\0".utf8)
        for _ in 0..<3 {
            csh_kill_group(groupID, SIGKILL)
            let found = processes(withEnvironment: needle)
            if found.isEmpty { break }
            for pid in found { kill(pid, SIGKILL) }
        }
    }

    /// The ids of the processes whose `/proc/PID/environ` contains `needle`.
    static func processes(withEnvironment needle: [UInt8]) -> [Int32] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        let own = getpid()
        return entries.compactMap { entry -> Int32? in
            guard let pid = Int32(entry), pid != own,
                let data = FileManager.default.contents(atPath: "/proc/\(entry)/environ")
            else { return nil }
            // The environment starts with NUL-separated entries; prefix the NUL so a match starts an entry.
            let environment = [0] + Array(data)
            return contains(environment, [0] + needle) ? pid : nil
        }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
