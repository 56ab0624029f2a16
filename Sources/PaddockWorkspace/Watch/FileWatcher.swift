import CShim
import Foundation
import Glibc

/// One inotify watch of a file or a directory tree. Its events are numbered from 1 and kept for
/// cursor-based polling; a thread reads the inotify descriptor until the watch is stopped.
final class FileWatcher: @unchecked Sendable {
    let id: String
    let root: String
    let recursive: Bool
    let excludes: [String]
    let includes: [String]
    /// The window in seconds within which repeated events of one type on one path count once.
    let debounce: Double
    let createdAt = Date()

    private let descriptor: Int32
    private let condition = NSCondition()
    private var directories: [Int32: String] = [:]
    private var events: [(sequence: Int, event: JSONValue)] = []
    private var sequence = 0
    private var overflowed = false
    private var stopped = false
    private var lastEmitted: [String: Date] = [:]

    /// Events kept; when older ones are dropped, polls report `overflow`.
    static let retainedEvents = 10_000
    static let headerBytes = 16

    /// Starts watching `root`.
    ///
    /// - Throws: `FileSystem.Failure` with the errno of a path that cannot be watched.
    init(id: String, root: String, recursive: Bool, excludes: [String], includes: [String], debounce: Double) throws {
        self.id = id
        self.root = root
        self.recursive = recursive
        self.excludes = excludes
        self.includes = includes
        self.debounce = debounce
        descriptor = csh_inotify_init()
        guard descriptor >= 0 else { throw FileSystem.Failure(errno: errno) }
        do {
            try add(root, required: true)
        } catch {
            close(descriptor)
            throw error
        }
        let thread = Thread { [self] in readLoop() }
        thread.name = "workspace-watch-\(id)"
        thread.start()
    }

    /// Watches `path` and, for a recursive watch, the directories below it. With `announce`, each
    /// entry found gets a create event, because entries made before the watch existed send none.
    private func add(_ path: String, required: Bool = false, announce: Bool = false) throws {
        let watch = csh_inotify_add_watch(descriptor, path)
        guard watch >= 0 else {
            if required { throw FileSystem.Failure(errno: errno) }
            return
        }
        condition.withLock { directories[watch] = path }
        guard recursive, let names = try? FileSystem.entries(path) else { return }
        for name in names where !isExcluded(name) {
            let child = FileSystem.join(path, name)
            var status = stat()
            guard lstat(child, &status) == 0 else { continue }
            let isDirectory = status.st_mode & S_IFMT == S_IFDIR
            if announce { record("create", path: child, oldPath: nil, isDirectory: isDirectory) }
            if isDirectory { try? add(child, announce: announce) }
        }
    }

    private func isExcluded(_ name: String) -> Bool {
        excludes.contains { GlobPattern.matches(name: name, pattern: $0) }
    }

    /// Stops the watch; polls that wait return at once.
    func stop() {
        condition.withLock {
            stopped = true
            condition.broadcast()
        }
    }

    var isStopped: Bool { condition.withLock { stopped } }

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !isStopped {
            var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
            guard Glibc.poll(&descriptors, 1, 200) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            parse(buffer[0..<count])
        }
        close(descriptor)
    }

    /// Decodes a batch of `struct inotify_event` records: wd, mask, cookie, len, then the name.
    private func parse(_ bytes: ArraySlice<UInt8>) {
        var offset = bytes.startIndex
        var renameSources: [UInt32: String] = [:]
        while offset + Self.headerBytes <= bytes.endIndex {
            func field(_ index: Int) -> UInt32 {
                bytes[(offset + index * 4)..<(offset + index * 4 + 4)].withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
            }
            let watch = Int32(bitPattern: field(0))
            let mask = field(1)
            let cookie = field(2)
            let length = Int(field(3))
            let nameBytes = bytes[(offset + Self.headerBytes)..<min(bytes.endIndex, offset + Self.headerBytes + length)]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += Self.headerBytes + length
            handle(watch: watch, mask: mask, cookie: cookie, name: name, renameSources: &renameSources)
        }
        for source in renameSources.values { record("remove", path: source, oldPath: nil, isDirectory: false) }
    }

    private func handle(watch: Int32, mask: UInt32, cookie: UInt32, name: String, renameSources: inout [UInt32: String]) {
        if mask & CSH_IN_Q_OVERFLOW != 0 {
            condition.withLock { overflowed = true }
            return
        }
        guard let directory = condition.withLock({ directories[watch] }) else { return }
        if mask & CSH_IN_IGNORED != 0 {
            condition.withLock { directories[watch] = nil }
            return
        }
        let path = name.isEmpty ? directory : FileSystem.join(directory, name)
        let relative = path.dropFirst(root.count).split(separator: "/")
        if relative.contains(where: { isExcluded(String($0)) }) { return }
        if !includes.isEmpty, !includes.contains(where: { GlobPattern.matches(name: (path as NSString).lastPathComponent, pattern: $0) }) {
            return
        }
        let isDirectory = mask & CSH_IN_ISDIR != 0
        if mask & CSH_IN_CREATE != 0 {
            record("create", path: path, oldPath: nil, isDirectory: isDirectory)
            if isDirectory && recursive { try? add(path, announce: true) }
        } else if mask & CSH_IN_MOVED_FROM != 0 {
            renameSources[cookie] = path
        } else if mask & CSH_IN_MOVED_TO != 0 {
            if isDirectory && recursive { try? add(path) }
            let source = renameSources.removeValue(forKey: cookie)
            record(source == nil ? "create" : "rename", path: path, oldPath: source, isDirectory: isDirectory)
        } else if mask & (CSH_IN_MODIFY | CSH_IN_CLOSE_WRITE) != 0 {
            record("write", path: path, oldPath: nil, isDirectory: isDirectory)
        } else if mask & (CSH_IN_DELETE | CSH_IN_DELETE_SELF) != 0 {
            record("remove", path: path, oldPath: nil, isDirectory: isDirectory)
        } else if mask & CSH_IN_ATTRIB != 0 {
            record("chmod", path: path, oldPath: nil, isDirectory: isDirectory)
        }
    }

    private func record(_ type: String, path: String, oldPath: String?, isDirectory: Bool) {
        let now = Date()
        var status = stat()
        let exists = stat(path, &status) == 0
        condition.withLock {
            let key = type + "\u{0}" + path
            if let last = lastEmitted[key], now.timeIntervalSince(last) < debounce { return }
            lastEmitted[key] = now
            if lastEmitted.count > Self.retainedEvents { lastEmitted.removeAll() }
            sequence += 1
            let relative = path == root ? "" : String(path.dropFirst(root.hasSuffix("/") ? root.count : root.count + 1))
            let event: JSONValue = [
                "seq": .int(sequence), "type": .string(type), "path": .string(path), "relative_path": .string(relative),
                "old_path": .from(oldPath), "is_dir": .bool(isDirectory), "timestamp": .double(now.timeIntervalSince1970),
                "mtime": exists ? .double(Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9) : nil,
                "size": exists ? .int(Int(status.st_size)) : nil, "inode": exists ? .int(Int(status.st_ino)) : nil,
            ]
            events.append((sequence, event))
            if events.count > Self.retainedEvents {
                events.removeFirst(events.count - Self.retainedEvents)
                overflowed = true
            }
            condition.broadcast()
        }
    }

    /// Returns up to `limit` events after `cursor`, waiting up to `timeout` seconds for the first.
    func poll(after cursor: Int, limit: Int, timeout: Double) -> (events: [JSONValue], cursor: Int, overflow: Bool) {
        let deadline = Date().addingTimeInterval(max(0, timeout))
        condition.lock()
        defer { condition.unlock() }
        while !stopped && (events.last?.sequence ?? 0) <= cursor {
            if !condition.wait(until: deadline) { break }
        }
        let newer = events.filter { $0.sequence > cursor }.prefix(max(1, limit))
        let overflow = overflowed || (events.first.map { $0.sequence > cursor + 1 } ?? false) && cursor > 0
        return (newer.map(\.event), newer.last?.sequence ?? cursor, overflow)
    }

    /// The watcher as the API reports it.
    var info: JSONValue {
        let count = condition.withLock { sequence }
        return [
            "watcher_id": .string(id), "path": .string(root), "recursive": .bool(recursive), "exclude": .from(excludes),
            "include_patterns": .from(includes), "debounce": .int(Int(debounce * 1000)),
            "created_at": .string(Timestamp.iso(createdAt)), "event_count": .int(count), "active": .bool(!isStopped),
        ]
    }
}
