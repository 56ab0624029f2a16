import Foundation
import PaddockCore

extension Store {
    static let sandboxColumns = """
        id, name, phase, image, spec, policy, created_at, updated_at, expires_at, supervisor_pid,
        supervisor_start_time, exit_code, last_error
        """

    /// Inserts a new sandbox and returns it as stored (dates rounded to microseconds).
    ///
    /// - Throws: `.alreadyExists` when another sandbox has the same name or id.
    @discardableResult
    public func insertSandbox(_ record: SandboxRecord) throws -> SandboxRecord {
        let stored = record.roundedToStoredPrecision()
        try withConnection("inserting sandbox '\(record.name)'") { connection in
            do {
                let placeholders = Array(repeating: "?", count: 13).joined(separator: ", ")
                let sql = "INSERT INTO sandboxes (\(Store.sandboxColumns)) VALUES (\(placeholders))"
                try connection.prepare(sql).run(Store.sandboxValues(stored))
            } catch let error as SQLiteError where error.isUniqueViolation {
                throw Store.duplicateSandboxError(stored, error)
            }
        }
        return stored
    }

    /// Returns the sandbox with this name, or nil when there is none.
    public func sandbox(named name: String) throws -> SandboxRecord? {
        try withConnection("reading sandbox '\(name)'") { connection in
            let sql = "SELECT \(Store.sandboxColumns) FROM sandboxes WHERE name = ?"
            return try connection.prepare(sql).rows([name], Store.readSandbox).first
        }
    }

    /// Returns the sandbox with this id, or nil when there is none.
    public func sandbox(id: String) throws -> SandboxRecord? {
        try withConnection("reading sandbox id '\(id)'") { connection in
            try Store.fetchSandbox(id: id, connection)
        }
    }

    /// Returns every sandbox, oldest first.
    public func listSandboxes() throws -> [SandboxRecord] {
        try withConnection("listing sandboxes") { connection in
            let sql = "SELECT \(Store.sandboxColumns) FROM sandboxes ORDER BY created_at, rowid"
            return try connection.prepare(sql).rows([], Store.readSandbox)
        }
    }

    /// Returns the sandboxes whose TTL ran out at or before `now` and that are not already being
    /// deleted, soonest-expired first.
    public func listExpiredSandboxes(now: Date = Date()) throws -> [SandboxRecord] {
        try withConnection("listing expired sandboxes") { connection in
            let sql = """
                SELECT \(Store.sandboxColumns) FROM sandboxes
                WHERE expires_at IS NOT NULL AND expires_at <= ? AND phase != ?
                ORDER BY expires_at, rowid
                """
            return try connection.prepare(sql).rows([now, SandboxPhase.deleting.rawValue], Store.readSandbox)
        }
    }

    /// Replaces every field of the sandbox with `record.id`, sets `updatedAt` to `now`, and returns
    /// the record as stored.
    ///
    /// - Throws: `.notFound` when no sandbox has that id, `.alreadyExists` when the new name is taken.
    @discardableResult
    public func updateSandbox(_ record: SandboxRecord, now: Date = Date()) throws -> SandboxRecord {
        var stored = record
        stored.updatedAt = now
        stored = stored.roundedToStoredPrecision()
        let values = Store.sandboxValues(stored)
        try withConnection("updating sandbox '\(record.name)'") { connection in
            let sql = """
                UPDATE sandboxes SET name = ?, phase = ?, image = ?, spec = ?, policy = ?, created_at = ?,
                    updated_at = ?, expires_at = ?, supervisor_pid = ?, supervisor_start_time = ?, exit_code = ?,
                    last_error = ?
                WHERE id = ?
                """
            do {
                try connection.prepare(sql).run(Array(values.dropFirst()) + [stored.id])
            } catch let error as SQLiteError where error.isUniqueViolation {
                throw Store.duplicateSandboxError(stored, error)
            }
            guard connection.changes > 0 else { throw Store.sandboxNotFound(id: record.id) }
        }
        return stored
    }

    /// Sets the phase of the sandbox `id` to `phase`, but only while its current phase is `expected`
    /// when that is given (compare-and-set). Sets `updatedAt` to `now` on a change.
    ///
    /// - Returns: Whether the phase was written; false only when `expected` did not match.
    /// - Throws: `.notFound` when no sandbox has that id.
    @discardableResult
    public func updatePhase(
        sandboxID id: String, to phase: SandboxPhase, expected: SandboxPhase? = nil, now: Date = Date()
    ) throws -> Bool {
        try withConnection("changing the phase of sandbox id '\(id)' to \(phase.rawValue)") { connection in
            try connection.transaction {
                var sql = "UPDATE sandboxes SET phase = ?, updated_at = ? WHERE id = ?"
                var values: [any SQLiteBindable] = [phase.rawValue, now, id]
                if let expected {
                    sql += " AND phase = ?"
                    values.append(expected.rawValue)
                }
                try connection.prepare(sql).run(values)
                if connection.changes > 0 { return true }
                guard try Store.fetchSandbox(id: id, connection) != nil else { throw Store.sandboxNotFound(id: id) }
                return false
            }
        }
    }

    /// Deletes the sandbox `id` and its policy revisions; its events stay in the log.
    ///
    /// - Returns: Whether a sandbox was deleted.
    @discardableResult
    public func deleteSandbox(id: String) throws -> Bool {
        try withConnection("deleting sandbox id '\(id)'") { connection in
            try connection.prepare("DELETE FROM sandboxes WHERE id = ?").run([id])
            return connection.changes > 0
        }
    }

    static func fetchSandbox(id: String, _ connection: Connection) throws -> SandboxRecord? {
        let sql = "SELECT \(Store.sandboxColumns) FROM sandboxes WHERE id = ?"
        return try connection.prepare(sql).rows([id], readSandbox).first
    }

    static func sandboxNotFound(id: String) -> PaddockError {
        PaddockError(.notFound, "sandbox id '\(id)' not found; it may have been deleted")
    }

    /// Builds the bindings in `sandboxColumns` order.
    private static func sandboxValues(_ record: SandboxRecord) -> [any SQLiteBindable] {
        [
            record.id, record.name, record.phase.rawValue, record.image, record.spec, record.policy,
            record.createdAt, record.updatedAt, record.expiresAt, record.supervisorPID, record.supervisorStartTime,
            record.exitCode, record.lastError,
        ]
    }

    private static func readSandbox(_ row: Statement) throws -> SandboxRecord {
        let id = row.string(0)
        let phaseText = row.string(2)
        guard let phase = SandboxPhase(rawValue: phaseText) else {
            throw PaddockError(
                .internal,
                "sandbox id '\(id)' has unknown phase '\(phaseText)'; a newer paddock may have written it")
        }
        return SandboxRecord(
            id: id, name: row.string(1), phase: phase, image: row.string(3), spec: row.string(4),
            policy: row.string(5), createdAt: row.date(6), updatedAt: row.date(7), expiresAt: row.optionalDate(8),
            supervisorPID: row.optionalInt32(9), supervisorStartTime: row.optionalUInt64(10),
            exitCode: row.optionalInt32(11), lastError: row.optionalString(12))
    }

    private static func duplicateSandboxError(_ record: SandboxRecord, _ error: SQLiteError) -> PaddockError {
        if error.message.contains("sandboxes.name") {
            return PaddockError(
                .alreadyExists, "sandbox '\(record.name)' already exists; choose another name or delete it first",
                cause: error)
        }
        return PaddockError(.alreadyExists, "sandbox id '\(record.id)' already exists", cause: error)
    }
}

extension SandboxRecord {
    /// Returns a copy with its dates rounded as the store keeps them.
    func roundedToStoredPrecision() -> SandboxRecord {
        var copy = self
        copy.createdAt = createdAt.storedPrecision
        copy.updatedAt = updatedAt.storedPrecision
        copy.expiresAt = expiresAt?.storedPrecision
        return copy
    }
}
