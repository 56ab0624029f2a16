import Foundation
import PaddockCore

/// The stateful Node.js sessions of the workspace server, with idle expiry.
final class NodeSessions: @unchecked Sendable {
    let runtime: NodeRuntime
    private let lock = NSLock()
    private var sessions: [String: NodeSession] = [:]
    private var expiryTimer: DispatchSourceTimer?

    /// The default maximum count of sessions, because each keeps a `node` process running.
    static let defaultMaxSessions = 32
    let maxSessions: Int
    /// The contract's default and bounds of `max_idle_time`, in seconds.
    static let defaultMaxIdleSeconds = 86_400
    static let idleSecondsRange = 60...86_400
    /// How often idle sessions are looked for.
    static let expiryInterval = 15.0

    init(runtime: NodeRuntime, maxSessions: Int = NodeSessions.defaultMaxSessions) {
        self.runtime = runtime
        self.maxSessions = maxSessions
    }

    private var logger: PaddockCore.Logger { runtime.context.logger }

    /// Creates the session `id` (a new id when nil or empty) with a started REPL.
    ///
    /// - Returns: the session and whether it is new; an existing session of that id is returned as is.
    func create(id: String?, cwd: String?, maxIdleSeconds: Int?) throws -> (session: NodeSession, created: Bool) {
        if let cwd { try NodeWorkingDirectory.check(cwd) }
        if let id, !id.isEmpty { try SessionIdentifier.check(id) }
        let session = try lock.withLock { () -> NodeSession? in
            if let id, !id.isEmpty, let existing = sessions[id] { return existing }
            guard sessions.count < maxSessions else {
                throw OperationFailure(
                    "too many Node.js sessions (\(maxSessions)); delete unused ones with "
                        + "DELETE /v1/nodejs/sessions/{session_id}")
            }
            return nil
        }
        if let session { return (session, false) }
        let newID = (id?.isEmpty ?? true) ? Identifier.make() : id!
        let created = NodeSession(
            id: newID, cwd: cwd ?? runtime.context.workspace,
            maxIdleSeconds: maxIdleSeconds ?? Self.defaultMaxIdleSeconds,
            runtime: runtime)
        try created.startREPL()
        let winner = lock.withLock { () -> NodeSession in
            if let raced = sessions[newID] { return raced }
            sessions[newID] = created
            return created
        }
        if winner !== created {
            created.close(reason: "a concurrent request created the same session")
            return (winner, false)
        }
        logger.info("Node.js session created", ["session": newID, "cwd": created.cwd])
        startExpiryTimer()
        return (created, true)
    }

    /// Returns the session `id`, or nil when there is none.
    func find(_ id: String) -> NodeSession? {
        lock.withLock { sessions[id] }
    }

    /// Returns the session `id`.
    ///
    /// - Throws: `OperationFailure` naming the session when there is none.
    func existing(_ id: String) throws -> NodeSession {
        guard let session = find(id) else {
            throw OperationFailure(
                "Node.js session '\(id)' not found; create it with POST /v1/nodejs/sessions, "
                    + "or execute with stateful: true to create it")
        }
        return session
    }

    var all: [NodeSession] {
        lock.withLock { sessions.values.sorted { $0.createdAt < $1.createdAt } }
    }

    /// Deletes the session `id` and kills its REPL.
    func remove(_ id: String) throws {
        guard let session = lock.withLock({ sessions.removeValue(forKey: id) }) else {
            throw OperationFailure("Node.js session '\(id)' not found")
        }
        session.close(reason: "deleted")
        logger.info("Node.js session deleted", ["session": id])
    }

    /// Closes the sessions idle for longer than their maximum idle time at `now`; returns their ids.
    @discardableResult
    func expireIdle(at now: Date = Date()) -> [String] {
        let expired = lock.withLock { () -> [NodeSession] in
            let found = sessions.values.filter { $0.isExpired(at: now) }
            for session in found { sessions[session.id] = nil }
            return found
        }
        for session in expired {
            session.close(reason: "idle for more than \(session.maxIdleSeconds) s")
            logger.info(
                "Node.js session expired", ["session": session.id, "max_idle_time": String(session.maxIdleSeconds)])
        }
        return expired.map(\.id)
    }

    private func startExpiryTimer() {
        lock.withLock {
            guard expiryTimer == nil else { return }
            let timer = DispatchSource.makeTimerSource(queue: .global())
            timer.schedule(deadline: .now() + Self.expiryInterval, repeating: Self.expiryInterval)
            timer.setEventHandler { [weak self] in self?.expireIdle() }
            timer.resume()
            expiryTimer = timer
        }
    }
}
