import Foundation
import PaddockCore

extension Store {
    static let eventColumns = "id, time, sandbox_id, sandbox_name, kind, level, message, data"

    /// Appends an event to the audit log and returns it with its new id.
    ///
    /// - Parameters:
    ///   - kind: The category, such as `lifecycle`, `policy` or `connection`.
    ///   - data: Structured details as JSON object text; the store does not parse it.
    @discardableResult
    public func appendEvent(
        kind: String, level: Logger.Level, message: String, sandboxID: String? = nil, sandboxName: String? = nil,
        data: String = "{}", time: Date = Date()
    ) throws -> EventRecord {
        let event = NewEvent(kind: kind, level: level, message: message, data: data, time: time)
        return try withConnection("appending a \(kind) event") { connection in
            try Store.insertEvent(event, sandboxID: sandboxID, sandboxName: sandboxName, connection)
        }
    }

    /// Returns the events that match `query`, in ascending id order.
    ///
    /// - Throws: `.invalidArgument` when the limit is negative.
    public func events(_ query: EventQuery = EventQuery()) throws -> [EventRecord] {
        if let limit = query.limit, limit < 0 {
            throw PaddockError(.invalidArgument, "event limit \(limit) is negative; pass 0 or more")
        }
        let (sql, values) = Store.eventSQL(query)
        let rows = try withConnection("querying events") { connection in
            try connection.prepare(sql).rows(values, Store.readEvent)
        }
        return query.takeNewest ? rows.reversed() : rows
    }

    /// Deletes the events older than `cutoff` and returns how many it deleted.
    @discardableResult
    public func pruneEvents(olderThan cutoff: Date) throws -> Int {
        try withConnection("pruning events older than \(cutoff)") { connection in
            try connection.prepare("DELETE FROM events WHERE time < ?").run([cutoff])
            return connection.changes
        }
    }

    static func insertEvent(
        _ event: NewEvent, sandboxID: String?, sandboxName: String?, _ connection: Connection
    ) throws -> EventRecord {
        let sql = """
            INSERT INTO events (time, sandbox_id, sandbox_name, kind, level, level_rank, message, data)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """
        try connection.prepare(sql).run([
            event.time, sandboxID, sandboxName, event.kind, event.level.name, event.level.rawValue, event.message,
            event.data,
        ])
        return EventRecord(
            id: connection.lastInsertRowID, time: event.time.storedPrecision, sandboxID: sandboxID,
            sandboxName: sandboxName, kind: event.kind, level: event.level.name, message: event.message,
            data: event.data)
    }

    private static func eventSQL(_ query: EventQuery) -> (String, [any SQLiteBindable]) {
        var conditions: [String] = []
        var values: [any SQLiteBindable] = []
        if let sandboxID = query.sandboxID {
            conditions.append("sandbox_id = ?")
            values.append(sandboxID)
        }
        if let since = query.since {
            conditions.append("time >= ?")
            values.append(since)
        }
        if let level = query.minimumLevel {
            conditions.append("level_rank >= ?")
            values.append(level.rawValue)
        }
        if let afterID = query.afterID {
            conditions.append("id > ?")
            values.append(afterID)
        }
        var sql = "SELECT \(eventColumns) FROM events"
        if !conditions.isEmpty {
            sql += " WHERE " + conditions.joined(separator: " AND ")
        }
        sql += query.takeNewest ? " ORDER BY id DESC" : " ORDER BY id"
        if let limit = query.limit {
            sql += " LIMIT ?"
            values.append(limit)
        }
        return (sql, values)
    }

    private static func readEvent(_ row: Statement) throws -> EventRecord {
        EventRecord(
            id: row.int64(0), time: row.date(1), sandboxID: row.optionalString(2), sandboxName: row.optionalString(3),
            kind: row.string(4), level: row.string(5), message: row.string(6), data: row.string(7))
    }
}
