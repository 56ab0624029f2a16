import Foundation
import Glibc

/// The shell sessions of the workspace server.
final class ShellSessions: @unchecked Sendable {
    let context: WorkspaceContext
    private let lock = NSLock()
    private var sessions: [String: ShellSession] = [:]

    /// The maximum count of open sessions, because each one keeps a shell process and a terminal.
    static let maxSessions = 100
    /// The `session_timeout` that the statistics report, the contract's 5 minutes.
    ///
    /// NOTE: sessions here do not expire; they last until deleted or until the server restarts.
    static let activeSeconds = 300.0

    init(context: WorkspaceContext) {
        self.context = context
    }

    /// The session `id`, created when it does not exist (with a new id when `id` is nil or empty).
    func session(_ id: String?, workingDirectory: String? = nil, noChangeTimeout: Double? = nil) throws -> ShellSession {
        try lock.withLock {
            if let id, !id.isEmpty, let existing = sessions[id] { return existing }
            guard sessions.count < Self.maxSessions else {
                throw OperationFailure(
                    "too many shell sessions (\(Self.maxSessions)); delete unused ones with DELETE /v1/shell/sessions/{id}")
            }
            let newID = (id?.isEmpty ?? true) ? Identifier.make() : id!
            let session = ShellSession(
                id: newID, workingDirectory: workingDirectory ?? context.workspace, noChangeTimeout: noChangeTimeout,
                context: context)
            sessions[newID] = session
            context.logger.info("shell session created", ["session": newID])
            return session
        }
    }

    /// The existing session `id`.
    func existing(_ id: String) throws -> ShellSession {
        guard let session = lock.withLock({ sessions[id] }) else {
            throw OperationFailure("shell session '\(id)' not found; create it with /v1/shell/sessions/create")
        }
        session.touch()
        return session
    }

    var all: [ShellSession] {
        lock.withLock { sessions.values.sorted { $0.createdAt < $1.createdAt } }
    }

    func remove(_ id: String) throws {
        guard let session = lock.withLock({ sessions.removeValue(forKey: id) }) else {
            throw OperationFailure("shell session '\(id)' not found")
        }
        session.close()
        context.logger.info("shell session deleted", ["session": id])
    }

    func removeAll() -> Int {
        let removed = lock.withLock { () -> [ShellSession] in
            let all = Array(sessions.values)
            sessions.removeAll()
            return all
        }
        removed.forEach { $0.close() }
        context.logger.info("shell sessions deleted", ["count": String(removed.count)])
        return removed.count
    }
}
