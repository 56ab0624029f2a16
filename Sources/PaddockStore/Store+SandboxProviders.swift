import Foundation
import PaddockCore

extension Store {
    /// Records that sandbox `sandboxID` uses `providers`, in that order, replacing any earlier list.
    ///
    /// - Throws: `.notFound` when the sandbox or one of the providers does not exist.
    public func setSandboxProviders(sandboxID: String, providers: [String]) throws {
        try withConnection("attaching providers to sandbox id '\(sandboxID)'") { connection in
            try connection.transaction {
                guard try Store.fetchSandbox(id: sandboxID, connection) != nil else {
                    throw Store.sandboxNotFound(id: sandboxID)
                }
                try connection.prepare("DELETE FROM sandbox_providers WHERE sandbox_id = ?").run([sandboxID])
                let insert = "INSERT INTO sandbox_providers (sandbox_id, provider, position) VALUES (?, ?, ?)"
                for (position, provider) in providers.enumerated() {
                    do {
                        try connection.prepare(insert).run([sandboxID, provider, position])
                    } catch let error as SQLiteError where error.isForeignKeyViolation {
                        throw Store.providerNotFound(provider)
                    }
                }
            }
        }
    }

    /// Returns the names of the providers that sandbox `sandboxID` uses, in the order given at creation.
    public func sandboxProviders(sandboxID: String) throws -> [String] {
        try withConnection("reading the providers of sandbox id '\(sandboxID)'") { connection in
            let sql = "SELECT provider FROM sandbox_providers WHERE sandbox_id = ? ORDER BY position"
            return try connection.prepare(sql).rows([sandboxID]) { $0.string(0) }
        }
    }

    /// Returns the placeholder of credential `key` of `provider` in sandbox `sandboxID`, storing the
    /// one that `make` returns when there is none yet, so that a sandbox keeps its placeholders
    /// across restarts.
    ///
    /// - Throws: `.notFound` when the sandbox does not exist.
    public func placeholder(
        sandboxID: String, provider: String, key: String, orInsert make: () -> String
    ) throws -> String {
        let candidate = make()
        return try withConnection("storing a placeholder for sandbox id '\(sandboxID)'") { connection in
            let insert = """
                INSERT INTO sandbox_placeholders (sandbox_id, provider, key, placeholder) VALUES (?, ?, ?, ?)
                ON CONFLICT (sandbox_id, provider, key) DO NOTHING
                """
            do {
                try connection.prepare(insert).run([sandboxID, provider, key, candidate])
            } catch let error as SQLiteError where error.isForeignKeyViolation {
                throw Store.sandboxNotFound(id: sandboxID)
            }
            let select = """
                SELECT placeholder FROM sandbox_placeholders WHERE sandbox_id = ? AND provider = ? AND key = ?
                """
            return try connection.prepare(select).rows([sandboxID, provider, key]) { $0.string(0) }.first ?? candidate
        }
    }
}
