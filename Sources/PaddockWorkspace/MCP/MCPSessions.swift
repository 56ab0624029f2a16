import Foundation
import PaddockCore

/// One MCP session, created by `initialize` and named by the `Mcp-Session-Id` header.
struct MCPSession: Sendable {
    let id: String
    let protocolVersion: String
    let clientName: String
    let clientVersion: String
    var lastUsed: Date
}

/// The open MCP sessions of one workspace server.
///
/// A session ends on `DELETE /mcp`, after `idleTimeout` seconds without requests, or when
/// `maxSessions` are open and a newer one needs the room (the least recently used goes first).
final class MCPSessions: @unchecked Sendable {
    let idleTimeout: TimeInterval
    let maxSessions: Int

    private let lock = NSLock()
    private var sessions: [String: MCPSession] = [:]
    private let logger: Logger

    init(logger: Logger, idleTimeout: TimeInterval = 3600, maxSessions: Int = 256) {
        self.logger = logger
        self.idleTimeout = idleTimeout
        self.maxSessions = maxSessions
    }

    /// Opens a session and logs its start.
    func open(protocolVersion: String, clientName: String, clientVersion: String) -> MCPSession {
        let session = MCPSession(
            id: Self.makeID(), protocolVersion: protocolVersion, clientName: clientName, clientVersion: clientVersion,
            lastUsed: Date())
        var expired: [MCPSession] = []
        var evicted: MCPSession?
        lock.withLock {
            expired = removeExpired(now: session.lastUsed)
            if sessions.count >= maxSessions,
                let oldest = sessions.values.min(by: { $0.lastUsed < $1.lastUsed })
            {
                sessions[oldest.id] = nil
                evicted = oldest
            }
            sessions[session.id] = session
        }
        for old in expired { logEnd(old, reason: "expired") }
        if let evicted { logEnd(evicted, reason: "evicted: \(maxSessions) sessions were open") }
        logger.info(
            "MCP session started",
            [
                "session": session.id, "client": clientName, "client_version": clientVersion,
                "protocol_version": protocolVersion,
            ])
        return session
    }

    /// Returns the session named `id` and marks it used, or nil when it does not exist or expired.
    func use(_ id: String) -> MCPSession? {
        let now = Date()
        var expired: [MCPSession] = []
        let found: MCPSession? = lock.withLock {
            expired = removeExpired(now: now)
            guard var session = sessions[id] else { return nil }
            session.lastUsed = now
            sessions[id] = session
            return session
        }
        for old in expired { logEnd(old, reason: "expired") }
        return found
    }

    /// Ends the session named `id`, and returns false when there was none.
    func close(_ id: String) -> Bool {
        guard let session = lock.withLock({ sessions.removeValue(forKey: id) }) else { return false }
        logEnd(session, reason: "closed by the client")
        return true
    }

    private func removeExpired(now: Date) -> [MCPSession] {
        let expired = sessions.values.filter { now.timeIntervalSince($0.lastUsed) > idleTimeout }
        for session in expired { sessions[session.id] = nil }
        return expired
    }

    private func logEnd(_ session: MCPSession, reason: String) {
        logger.info(
            "MCP session ended",
            ["session": session.id, "client": session.clientName, "reason": reason])
    }

    /// Makes a session id of 128 random bits in hex, which is visible ASCII as the transport requires.
    private static func makeID() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let text = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }.joined()
    }
}
