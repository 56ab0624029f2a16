import Foundation
import PaddockCore
import PaddockHTTP
import PaddockStore

/// `GET /v1/sandboxes/NAME/logs`: the sandbox's events as JSON lines (`application/x-ndjson`).
///
/// Query parameters: `since` (a duration such as `5m`, or an RFC 3339 time), `level` (the minimum
/// level), `limit` (the newest N events) and `follow` (`true` keeps the response open and sends new
/// events as they arrive). While following, an empty line goes out after each idle interval, so
/// that a client that went away is noticed.
struct LogRoutes: Sendable {
    let manager: SandboxManager

    /// How often a follower looks for new events, in seconds.
    static let pollInterval: Double = 0.2
    /// How long a follower stays silent before it sends an empty line, in seconds.
    static let keepAliveInterval: Double = 5
    /// How many events one query reads.
    static let pageSize = 500

    func handle(_ request: HTTPRequest, sandbox name: String) throws -> HTTPResponse {
        let record = try manager.record(named: name)
        var query = try Self.eventQuery(request, sandboxID: record.id)
        let follow = try Self.parseFlag(request.query("follow"), name: "follow")
        manager.auditIngester.ingest(record)
        let headers: HTTPHeaders = ["Content-Type": "application/x-ndjson"]
        return HTTPResponse(
            headers: headers,
            body: .stream { [manager] writer in
                var lastID = try Self.writePage(query, manager.store, writer)
                guard follow else { return }
                query.limit = Self.pageSize
                query.takeNewest = false
                var idle: Double = 0
                while true {
                    Thread.sleep(forTimeInterval: Self.pollInterval)
                    guard let current = try manager.store.sandbox(id: record.id) else { return }
                    manager.auditIngester.ingest(current)
                    query.afterID = lastID
                    let next = try Self.writePage(query, manager.store, writer)
                    if next != lastID {
                        lastID = next
                        idle = 0
                        continue
                    }
                    idle += Self.pollInterval
                    if idle >= Self.keepAliveInterval {
                        try writer.write("\n")
                        idle = 0
                    }
                }
            })
    }

    /// Writes the events that match `query` and returns the id of the last one, or the query's
    /// `afterID` when there were none.
    private static func writePage(_ query: EventQuery, _ store: Store, _ writer: HTTPBodyWriter) throws -> Int64? {
        let events = try store.events(query)
        var text = ""
        for event in events {
            text += LogLine.render(event) + "\n"
        }
        if !text.isEmpty { try writer.write(text) }
        return events.last?.id ?? query.afterID
    }

    static func eventQuery(_ request: HTTPRequest, sandboxID: String) throws -> EventQuery {
        var query = EventQuery(sandboxID: sandboxID)
        if let since = request.query("since") {
            query.since = try parseSince(since, now: Date())
        }
        if let level = request.query("level") {
            guard let parsed = Logger.Level(name: level) else {
                let names = Logger.Level.allCases.map(\.name).joined(separator: ", ")
                throw PaddockError(.invalidArgument, "invalid level '\(level)': expected one of \(names)")
            }
            query.minimumLevel = parsed
        }
        if let limit = request.query("limit") {
            guard let count = Int(limit), count >= 1 else {
                throw PaddockError(.invalidArgument, "invalid limit '\(limit)': expected a whole number of 1 or more")
            }
            query.limit = count
            query.takeNewest = true
        }
        return query
    }

    /// Parses `since` as a duration before `now` (such as `5m` or `1h30m`) or an RFC 3339 time.
    static func parseSince(_ text: String, now: Date) throws -> Date {
        if let time = AuditIngester.parseTime(text) { return time }
        do {
            return now.addingTimeInterval(-Double(try DurationParser.parseSeconds(text, quantity: "since")))
        } catch {
            throw PaddockError(
                .invalidArgument,
                "invalid since '\(text)': expected a duration such as 90s, 5m or 2h, or an RFC 3339 time such as "
                    + "2026-12-04T10:00:00Z")
        }
    }

    static func parseFlag(_ text: String?, name: String) throws -> Bool {
        switch text {
        case nil, "false", "0": return false
        case "true", "1", "": return true
        default:
            throw PaddockError(.invalidArgument, "invalid \(name) '\(text!)': expected true or false")
        }
    }
}
