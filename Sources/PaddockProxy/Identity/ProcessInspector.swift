@preconcurrency import Glibc
import Foundation

/// Reads what the proxy needs about sandbox processes from a procfs mount: which process owns a
/// socket, its executable and its ancestors.
///
/// The supervisor is PID 1 of the sandbox's PID namespace and mounts the sandbox's /proc, so every
/// sandbox process is visible there.
public struct ProcessInspector: Sendable {
    /// The procfs mount, `/proc` in the supervisor.
    public let root: String
    /// The maximum number of ancestors followed, so a corrupt chain cannot loop.
    public static let maxAncestors = 64

    public init(root: String = "/proc") {
        self.root = root
    }

    /// Finds the inode of the client socket whose local port is `clientPort` and whose peer port is
    /// `serverPort`, in socket tables such as `/proc/thread-self/net/tcp`.
    public func socketInode(clientPort: Int, serverPort: Int, tables: [String]) -> UInt64? {
        for table in tables {
            guard let text = Self.readProcFile(table) else { continue }
            let entries = SocketTableEntry.parse(Substring(text))
            if let entry = entries.first(where: { $0.localPort == clientPort && $0.remotePort == serverPort }) {
                return entry.inode
            }
        }
        return nil
    }

    /// Returns the process ids under `root`, in ascending order, without PID 1.
    public func processIDs() -> [Int32] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return [] }
        return names.compactMap { Int32($0) }.filter { $0 > 1 }.sorted()
    }

    /// Finds a process that has `socket:[inode]` open; the newest process wins when several share it.
    public func owner(ofSocket inode: UInt64) -> Int32? {
        let target = "socket:[\(inode)]"
        for pid in processIDs().reversed() {
            let directory = "\(root)/\(pid)/fd"
            guard let descriptors = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for descriptor in descriptors where readLink("\(directory)/\(descriptor)") == target {
                return pid
            }
        }
        return nil
    }

    /// Returns the path of a process's executable, nil when it exited or cannot be read.
    public func executable(of pid: Int32) -> String? {
        readLink("\(root)/\(pid)/exe")
    }

    /// Returns the parent process id from `/proc/PID/status`.
    public func parent(of pid: Int32) -> Int32? {
        guard let text = Self.readProcFile("\(root)/\(pid)/status") else { return nil }
        return Self.parentPID(inStatus: text)
    }

    /// Parses the `PPid:` line of a `/proc/PID/status` text.
    public static func parentPID(inStatus text: String) -> Int32? {
        for line in text.split(separator: "\n") where line.hasPrefix("PPid:") {
            return Int32(line.dropFirst(5).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Builds the identity of process `pid`: its executable and its ancestors' up to PID 1.
    public func identity(of pid: Int32) -> CallerIdentity? {
        guard let executable = executable(of: pid) else { return nil }
        var ancestors: [String] = []
        var ancestorPIDs: [Int32] = []
        var current = pid
        while ancestors.count < Self.maxAncestors, let parent = parent(of: current), parent > 1 {
            guard let path = self.executable(of: parent) else { break }
            ancestors.append(path)
            ancestorPIDs.append(parent)
            current = parent
        }
        return CallerIdentity(pid: pid, executable: executable, ancestors: ancestors, ancestorPIDs: ancestorPIDs)
    }

    /// Reads a procfs file whole. Procfs reports a size of 0 and returns its text in page-sized
    /// reads, so the file is read until end of file rather than by its size.
    static func readProcFile(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
