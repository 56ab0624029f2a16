import Foundation
import Glibc
import PaddockCore

/// The bash sessions of the workspace server and the commands run in them.
final class BashRunner: @unchecked Sendable {
    let context: WorkspaceContext
    private let lock = NSLock()
    private var sessions: [String: BashSession] = [:]
    private var nextCommand = 0

    /// Sessions kept at most. A call without `session_id` creates one, so beyond this the least
    /// recently used sessions without a running command are closed.
    static let maxSessions = 256

    init(context: WorkspaceContext) {
        self.context = context
    }

    /// The session `id`, created when it does not exist yet (a new id when `id` is nil or empty).
    func session(_ id: String?, workingDirectory: String? = nil) -> BashSession {
        lock.withLock {
            if let id, !id.isEmpty, let existing = sessions[id], !existing.isClosed { return existing }
            let newID = (id?.isEmpty ?? true) ? Identifier.make() : id!
            let session = BashSession(id: newID, workingDirectory: workingDirectory ?? context.workspace)
            sessions[newID] = session
            context.logger.debug("bash session created", ["session": newID])
            if sessions.count > Self.maxSessions { evictIdleSession() }
            return session
        }
    }

    /// Closes the least recently used session that runs nothing; called with the lock held.
    private func evictIdleSession() {
        let idle = sessions.values.filter { !$0.isRunning }
        guard let oldest = idle.min(by: { $0.lastUsedAt < $1.lastUsedAt }) else { return }
        sessions[oldest.id] = nil
        oldest.close()
        context.logger.debug("bash session closed to stay within the session limit", ["session": oldest.id])
    }

    /// The existing session `id`.
    ///
    /// - Throws: `OperationFailure` naming the session when there is none.
    func existingSession(_ id: String) throws -> BashSession {
        guard let session = lock.withLock({ sessions[id] }) else {
            throw OperationFailure("bash session '\(id)' not found; create it with /v1/bash/sessions/create or omit session_id")
        }
        return session
    }

    var allSessions: [BashSession] {
        lock.withLock { sessions.values.sorted { $0.createdAt < $1.createdAt } }
    }

    /// Closes the session `id` and kills its running commands.
    func close(_ id: String) throws {
        let session = try existingSession(id)
        session.close()
        lock.withLock { sessions[id] = nil }
        context.logger.info("bash session closed", ["session": id])
    }

    /// Starts `command` with `bash -c` in `session`.
    func start(
        _ command: String, in session: BashSession, workingDirectory: String, environment extra: [String: String]
    ) throws -> BashCommand {
        let id = lock.withLock { () -> String in
            nextCommand += 1
            return String(format: "cmd-%06d-", nextCommand) + Identifier.make(length: 6)
        }
        var environment = context.baseEnvironment
        environment.merge(extra) { _, new in new }
        let process: ChildProcess
        do {
            process = try ChildProcess.start(
                arguments: [context.shellPath, "-c", command], environment: environment,
                workingDirectory: workingDirectory)
        } catch {
            context.logger.error("bash command failed to start", ["session": session.id, "error": "\(error)"])
            throw OperationFailure("cannot start the command: \(error)")
        }
        let started = BashCommand(id: id, command: command, process: process)
        session.add(started)
        return started
    }
}

/// Random identifiers for sessions and commands.
enum Identifier {
    /// Returns `length` random lowercase hexadecimal digits.
    static func make(length: Int = 16) -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        return String((0..<length).map { _ in digits[Int.random(in: 0..<16, using: &generator)] })
    }
}
