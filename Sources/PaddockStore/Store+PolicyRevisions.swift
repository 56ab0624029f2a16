import Foundation
import PaddockCore

extension Store {
    static let revisionColumns = "sandbox_id, version, policy, source, status, load_error, created_at, loaded_at"

    /// Appends a revision to the policy history of sandbox `sandboxID`, numbered one past the
    /// highest existing version (1 for the first), and returns it as stored.
    ///
    /// The number is chosen inside the write transaction, so concurrent appends, even from
    /// other processes, get distinct versions.
    ///
    /// - Throws: `.notFound` when no sandbox has that id.
    @discardableResult
    public func appendPolicyRevision(
        sandboxID: String, policy: String, source: String, status: PolicyRevisionStatus = .pending,
        createdAt: Date = Date()
    ) throws -> PolicyRevisionRecord {
        try withConnection("appending a policy revision to sandbox id '\(sandboxID)'") { connection in
            try connection.transaction {
                guard try Store.fetchSandbox(id: sandboxID, connection) != nil else {
                    throw Store.sandboxNotFound(id: sandboxID)
                }
                let next = "SELECT COALESCE(MAX(version), 0) + 1 FROM policy_revisions WHERE sandbox_id = ?"
                let version = try connection.prepare(next).rows([sandboxID]) { $0.int(0) }.first ?? 1
                let record = PolicyRevisionRecord(
                    sandboxID: sandboxID, version: version, policy: policy, source: source, status: status,
                    createdAt: createdAt.storedPrecision, loadedAt: status == .loaded ? createdAt.storedPrecision : nil)
                let insert = "INSERT INTO policy_revisions (\(Store.revisionColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                try connection.prepare(insert).run([
                    record.sandboxID, record.version, record.policy, record.source, record.status.rawValue,
                    record.loadError, record.createdAt, record.loadedAt,
                ])
                return record
            }
        }
    }

    /// Returns every policy revision of the sandbox, lowest version first.
    public func listPolicyRevisions(sandboxID: String) throws -> [PolicyRevisionRecord] {
        try withConnection("listing the policy revisions of sandbox id '\(sandboxID)'") { connection in
            let sql = "SELECT \(Store.revisionColumns) FROM policy_revisions WHERE sandbox_id = ? ORDER BY version"
            return try connection.prepare(sql).rows([sandboxID], Store.readRevision)
        }
    }

    /// Returns revision `version` of the sandbox's policy, or nil when there is none.
    public func policyRevision(sandboxID: String, version: Int) throws -> PolicyRevisionRecord? {
        try withConnection("reading policy revision \(version) of sandbox id '\(sandboxID)'") { connection in
            try Store.fetchRevision(sandboxID: sandboxID, version: version, connection)
        }
    }

    /// Records the load result of a revision and returns it as stored.
    ///
    /// Setting `.loaded` also sets `loadedAt` to `now` and marks `.superseded` both the revision
    /// that was loaded before it and every older revision still pending, in one transaction.
    /// `loadError` replaces the stored error, so pass nil to clear it.
    ///
    /// - Throws: `.notFound` when the sandbox has no such revision.
    @discardableResult
    public func setPolicyRevisionStatus(
        sandboxID: String, version: Int, status: PolicyRevisionStatus, loadError: String? = nil, now: Date = Date()
    ) throws -> PolicyRevisionRecord {
        let context = "setting policy revision \(version) of sandbox id '\(sandboxID)' to \(status.rawValue)"
        return try withConnection(context) { connection in
            try connection.transaction {
                if status == .loaded {
                    let supersede = """
                        UPDATE policy_revisions SET status = ?
                        WHERE sandbox_id = ? AND version != ? AND (status = ? OR (status = ? AND version < ?))
                        """
                    try connection.prepare(supersede).run([
                        PolicyRevisionStatus.superseded.rawValue, sandboxID, version,
                        PolicyRevisionStatus.loaded.rawValue, PolicyRevisionStatus.pending.rawValue, version,
                    ])
                }
                let update = """
                    UPDATE policy_revisions SET status = ?, load_error = ?, loaded_at = COALESCE(?, loaded_at)
                    WHERE sandbox_id = ? AND version = ?
                    """
                let loadedAt: Date? = status == .loaded ? now : nil
                try connection.prepare(update).run([status.rawValue, loadError, loadedAt, sandboxID, version])
                guard let record = try Store.fetchRevision(sandboxID: sandboxID, version: version, connection) else {
                    throw PaddockError(
                        .notFound, "policy revision \(version) of sandbox id '\(sandboxID)' not found")
                }
                return record
            }
        }
    }

    private static func fetchRevision(
        sandboxID: String, version: Int, _ connection: Connection
    ) throws -> PolicyRevisionRecord? {
        let sql = "SELECT \(Store.revisionColumns) FROM policy_revisions WHERE sandbox_id = ? AND version = ?"
        return try connection.prepare(sql).rows([sandboxID, version], readRevision).first
    }

    private static func readRevision(_ row: Statement) throws -> PolicyRevisionRecord {
        let statusText = row.string(4)
        guard let status = PolicyRevisionStatus(rawValue: statusText) else {
            throw PaddockError(
                .internal,
                "policy revision \(row.int(1)) of sandbox id '\(row.string(0))' has unknown status '\(statusText)'; "
                    + "a newer paddock may have written it")
        }
        return PolicyRevisionRecord(
            sandboxID: row.string(0), version: row.int(1), policy: row.string(2), source: row.string(3),
            status: status, loadError: row.optionalString(5), createdAt: row.date(6), loadedAt: row.optionalDate(7))
    }
}
