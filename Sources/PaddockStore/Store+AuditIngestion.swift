import Foundation
import PaddockCore

extension Store {
    /// Returns how many bytes of sandbox `sandboxID`'s audit file have been ingested; 0 at first.
    public func auditOffset(sandboxID: String) throws -> Int64 {
        try withConnection("reading the audit offset of sandbox id '\(sandboxID)'") { connection in
            let sql = "SELECT byte_offset FROM audit_offsets WHERE sandbox_id = ?"
            return try connection.prepare(sql).rows([sandboxID]) { $0.int64(0) }.first ?? 0
        }
    }

    /// Appends `events` for the sandbox and moves its audit offset to `offset`, in one transaction,
    /// so that a crash either keeps both or neither and no line is ingested twice.
    ///
    /// - Returns: The appended events with their ids.
    /// - Throws: `.notFound` when no sandbox has that id.
    @discardableResult
    public func ingestAuditEvents(
        _ events: [NewEvent], sandboxID: String, sandboxName: String, offset: Int64
    ) throws -> [EventRecord] {
        try withConnection("ingesting audit events of sandbox '\(sandboxName)'") { connection in
            try connection.transaction {
                guard try Store.fetchSandbox(id: sandboxID, connection) != nil else {
                    throw Store.sandboxNotFound(id: sandboxID)
                }
                let appended = try events.map { event in
                    try Store.insertEvent(event, sandboxID: sandboxID, sandboxName: sandboxName, connection)
                }
                let upsert = """
                    INSERT INTO audit_offsets (sandbox_id, byte_offset) VALUES (?, ?)
                    ON CONFLICT (sandbox_id) DO UPDATE SET byte_offset = excluded.byte_offset
                    """
                try connection.prepare(upsert).run([sandboxID, offset])
                return appended
            }
        }
    }
}
