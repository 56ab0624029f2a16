import Foundation
import Glibc
import PaddockCore
import PaddockStore
import Synchronization

/// Copies new lines of each sandbox's `audit.jsonl`, written by its supervisor, into the store's
/// event log.
///
/// The store keeps the byte offset up to which a file has been read, and moves it in the same
/// transaction as the events it appends, so each complete line is stored exactly once, even
/// across gateway restarts. A line without its final newline waits for the next pass.
final class AuditIngester: Sendable {
    /// The maximum number of bytes read from one file in one pass.
    static let chunkBytes = 4 * 1024 * 1024

    let store: Store
    let logger: Logger
    private let sandboxesDirectory: String
    /// Serialises passes, so that the housekeeping thread and a log request never read the same
    /// lines twice.
    private let lock = Mutex(())

    init(store: Store, sandboxesDirectory: String, logger: Logger) {
        self.store = store
        self.sandboxesDirectory = sandboxesDirectory
        self.logger = logger
    }

    /// Ingests the new lines of every sandbox's audit file.
    func ingestAll() {
        guard let records = try? store.listSandboxes() else { return }
        for record in records {
            ingest(record)
        }
    }

    /// Ingests the new lines of one sandbox's audit file, until the end of the file.
    func ingest(_ record: SandboxRecord) {
        lock.withLock { _ in
            do {
                while try ingestChunk(record) {}
            } catch {
                logger.error(
                    "cannot ingest audit events",
                    ["sandbox.name": record.name, "sandbox.id": record.id, "error": "\(error)"])
            }
        }
    }

    /// Reads one chunk and stores its complete lines; returns whether more may follow.
    private func ingestChunk(_ record: SandboxRecord) throws -> Bool {
        let path = sandboxesDirectory + "/" + record.id + "/audit.jsonl"
        guard let file = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? file.close() }
        let size = Int64(try file.seekToEnd())
        var offset = try store.auditOffset(sandboxID: record.id)
        if size < offset {
            logger.warning(
                "audit file is shorter than the ingested offset; reading it from the start",
                ["sandbox.name": record.name, "offset": String(offset), "size": String(size)])
            offset = 0
        }
        guard size > offset else { return false }
        try file.seek(toOffset: UInt64(offset))
        let chunk = Array(try file.read(upToCount: Self.chunkBytes) ?? Data())
        guard let lastNewline = chunk.lastIndex(of: 0x0A) else {
            guard chunk.count == Self.chunkBytes else { return false }
            // A line longer than a whole chunk never completes a pass; skip it.
            logger.warning("skipped an audit line longer than 4 MiB", ["sandbox.name": record.name])
            try store.ingestAuditEvents(
                [Self.unreadableLine(at: offset)], sandboxID: record.id, sandboxName: record.name,
                offset: offset + Int64(chunk.count))
            return true
        }
        var events: [NewEvent] = []
        var lineStart = 0
        for index in chunk.indices where index <= lastNewline && chunk[index] == 0x0A {
            let line = Array(chunk[lineStart..<index])
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                events.append(Self.event(from: line) ?? Self.unreadableLine(at: offset + Int64(lineStart)))
            }
            lineStart = index + 1
        }
        try store.ingestAuditEvents(
            events, sandboxID: record.id, sandboxName: record.name, offset: offset + Int64(lastNewline + 1))
        return offset + Int64(lastNewline + 1) < size
    }

    /// Returns the event for one audit line, or nil when the line is not a JSON object.
    static func event(from line: [UInt8]) -> NewEvent? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else { return nil }
        let kind = object["kind"] as? String ?? "audit"
        let level = (object["level"] as? String).flatMap(Logger.Level.init(name:)) ?? .info
        let message = object["message"] as? String ?? ""
        let time = (object["time"] as? String).flatMap(parseTime) ?? Date()
        return NewEvent(
            kind: kind, level: level, message: message, data: String(decoding: line, as: UTF8.self), time: time)
    }

    /// Parses an RFC 3339 time with or without fractional seconds.
    static func parseTime(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    private static func unreadableLine(at offset: Int64) -> NewEvent {
        NewEvent(
            kind: "audit", level: .warning, message: "skipped an audit line that is not a JSON object",
            data: "{\"offset\":\(offset)}")
    }
}
