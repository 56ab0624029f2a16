import Foundation
import Glibc
import PaddockHTTP

/// The `/v1/file/watch*` operations: inotify watches polled by cursor, streamed as Server-Sent
/// Events, or waited on for one file.
///
/// The contract leaves these responses untyped, so each carries the envelope and also puts the
/// payload's fields at the top level, where resource-style clients look for them.
final class FileWatchRoutes: @unchecked Sendable {
    let context: WorkspaceContext
    private let lock = NSLock()
    private var watchers: [String: FileWatcher] = [:]

    static let defaultExcludes = [".git", "node_modules", "__pycache__", ".venv", "*.pyc", "*.pyo", ".DS_Store", "*.swp", "*.swo"]
    static let eventTypes = ["create", "write", "remove", "rename", "chmod"]
    /// Watches open at once at most; each uses an inotify descriptor and a thread.
    static let maxWatchers = 64
    /// Seconds between SSE comments that keep an idle stream open and notice a gone client.
    static let keepAliveSeconds = 15.0

    init(context: WorkspaceContext) {
        self.context = context
    }

    var routes: [Route] {
        [
            Route("GET", "/v1/file/watch", { [self] _ in
                Self.answer(.array(lock.withLock { watchers.values.sorted { $0.createdAt < $1.createdAt } }.map(\.info)))
            }),
            Route("POST", "/v1/file/watch", create),
            Route("POST", "/v1/file/watch/wait", waitForChange),
            Route("POST", "/v1/file/watch/{watcher_id}/poll", poll),
            Route("GET", "/v1/file/watch/{watcher_id}/events", events),
            Route("DELETE", "/v1/file/watch/{watcher_id}", delete),
        ]
    }

    static func answer(_ data: JSONValue, message: String = Envelope.defaultMessage) -> HTTPResponse {
        var extra: [String: JSONValue] = [:]
        if case .object(let members) = data { extra = members }
        return Envelope.json(Envelope.body(success: true, message: message, data: data, extra: extra))
    }

    private func watcher(_ request: RouteRequest) throws -> FileWatcher {
        let id = request.parameters["watcher_id"] ?? ""
        guard let watcher = lock.withLock({ watchers[id] }) else {
            throw OperationFailure("watcher '\(id)' not found; create one with POST /v1/file/watch")
        }
        return watcher
    }

    private func create(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let path = FileRoutes.resolve(fields.requiredString("path"), context)
        let recursive = fields.bool("recursive") ?? true
        let excludes = fields.strings("exclude") ?? Self.defaultExcludes
        let includes = fields.strings("include_patterns") ?? []
        let debounce = fields.int("debounce") ?? 300
        try fields.validate()
        guard (50...5000).contains(debounce) else {
            throw ValidationFailure([
                .init(
                    location: ["body", "debounce"], message: "Input should be between 50 and 5000 milliseconds",
                    type: "less_than_equal", input: .int(debounce))
            ])
        }
        for pattern in excludes + includes { _ = try FileListing.parse(pattern, path: path, operation: "watch") }
        guard lock.withLock({ watchers.count }) < Self.maxWatchers else {
            throw OperationFailure("too many watchers (\(Self.maxWatchers)); delete unused ones with DELETE /v1/file/watch/{id}")
        }
        let watcher: FileWatcher
        do {
            watcher = try FileWatcher(
                id: "w-" + Identifier.make(length: 12), root: path, recursive: recursive, excludes: excludes,
                includes: includes, debounce: Double(debounce) / 1000)
        } catch let error as FileSystem.Failure {
            throw FileFailure.system(path, operation: "watch", errno: error.errno)
        }
        lock.withLock { watchers[watcher.id] = watcher }
        context.logger.info("file watch started", ["watcher": watcher.id, "path": path])
        return Self.answer(watcher.info, message: "Watching \(path)")
    }

    private func poll(_ request: RouteRequest) throws -> HTTPResponse {
        let watcher = try watcher(request)
        let fields = try request.fields()
        // The contract names the cursor `cursor`; agent-sandbox 0.0.30 sends it as `since`.
        let cursor = max(0, fields.int("cursor") ?? fields.int("since") ?? 0)
        let limit = fields.int("limit") ?? 100
        let timeout = fields.double("timeout") ?? 0
        try fields.validate()
        let result = watcher.poll(after: cursor, limit: limit, timeout: min(timeout, 300))
        return Self.answer([
            "watcher_id": .string(watcher.id), "events": .array(result.events), "cursor": .int(result.cursor),
            "overflow": .bool(result.overflow),
        ])
    }

    private func events(_ request: RouteRequest) throws -> HTTPResponse {
        let watcher = try watcher(request)
        return EventStream.response { stream in
            try stream.send(watcher.info, event: "watch_started")
            var cursor = 0
            var reportedOverflow = false
            while !watcher.isStopped {
                let result = watcher.poll(after: cursor, limit: 100, timeout: Self.keepAliveSeconds)
                if result.overflow && !reportedOverflow {
                    reportedOverflow = true
                    try stream.send(["watcher_id": .string(watcher.id)], event: "overflow")
                }
                for event in result.events {
                    try stream.send(event, event: "file_change", id: "\(watcher.id):\(event["seq"]?.intValue ?? 0)")
                }
                if result.events.isEmpty { try stream.writer.write(": keep-alive\n\n") }
                cursor = result.cursor
            }
        }
    }

    private func delete(_ request: RouteRequest) throws -> HTTPResponse {
        let watcher = try watcher(request)
        watcher.stop()
        lock.withLock { watchers[watcher.id] = nil }
        context.logger.info("file watch stopped", ["watcher": watcher.id])
        return Self.answer(["watcher_id": .string(watcher.id), "stopped": true], message: "Watcher stopped")
    }

    /// Waits for one change of an exact file, watching its directory.
    private func waitForChange(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let path = FileRoutes.resolve(fields.requiredString("path"), context)
        let timeout = fields.double("timeout") ?? 30
        let types = fields.strings("event_types") ?? Self.eventTypes
        try fields.validate()
        if let unknown = types.first(where: { !Self.eventTypes.contains($0) }) {
            throw ValidationFailure([
                .init(
                    location: ["body", "event_types"], message: "Input should be one of \(Self.eventTypes.joined(separator: ", "))",
                    type: "enum", input: .string(unknown))
            ])
        }
        var status = stat()
        if types.contains("create"), stat(path, &status) == 0 {
            return Self.answer(["event": [
                "seq": 0, "type": "create", "path": .string(path), "relative_path": .string((path as NSString).lastPathComponent),
                "old_path": nil, "is_dir": .bool(FileSystem.isDirectory(status)), "timestamp": .double(Date().timeIntervalSince1970),
                "mtime": .double(Double(status.st_mtim.tv_sec)), "size": .int(Int(status.st_size)), "inode": .int(Int(status.st_ino)),
            ]])
        }
        let directory = (path as NSString).deletingLastPathComponent
        let watcher: FileWatcher
        do {
            watcher = try FileWatcher(
                id: "wait-" + Identifier.make(length: 8), root: directory, recursive: false, excludes: [],
                includes: [], debounce: 0)
        } catch let error as FileSystem.Failure {
            throw FileFailure.system(directory, operation: "watch", errno: error.errno)
        }
        defer { watcher.stop() }
        let deadline = Date().addingTimeInterval(max(0, min(timeout, 3600)))
        var cursor = 0
        while Date() < deadline {
            let result = watcher.poll(after: cursor, limit: 100, timeout: deadline.timeIntervalSinceNow)
            cursor = result.cursor
            if let event = result.events.first(where: {
                ($0["path"]?.stringValue == path || $0["old_path"]?.stringValue == path)
                    && types.contains($0["type"]?.stringValue ?? "")
            }) {
                return Self.answer(["event": event])
            }
        }
        throw OperationFailure("no \(types.joined(separator: "/")) event for \(path) within \(timeout) seconds")
    }
}
