import Foundation
import PaddockCore

extension Store {
    /// Inserts a provider with its credentials sealed by `sealer`, and returns it as stored.
    ///
    /// - Throws: `.alreadyExists` when a provider has the same name.
    @discardableResult
    public func insertProvider(
        name: String, credentials: [String: String], endpoints: [String], sealer: any SecretSealer,
        now: Date = Date()
    ) throws -> ProviderRecord {
        let sealed = try Store.seal(credentials, provider: name, sealer: sealer)
        return try withConnection("inserting provider '\(name)'") { connection in
            try connection.transaction {
                do {
                    let insert = "INSERT INTO providers (name, endpoints, created_at, updated_at) VALUES (?, ?, ?, ?)"
                    try connection.prepare(insert).run([name, try Store.encodeList(endpoints), now, now])
                } catch let error as SQLiteError where error.isUniqueViolation {
                    throw PaddockError(
                        .alreadyExists,
                        "provider '\(name)' already exists; change it with `paddock provider update \(name)`",
                        cause: error)
                }
                try Store.writeCredentials(sealed, provider: name, connection)
                return try Store.fetchProvider(name: name, connection)!
            }
        }
    }

    /// Returns the provider `name`, or nil when there is none.
    public func provider(named name: String) throws -> ProviderRecord? {
        try withConnection("reading provider '\(name)'") { connection in
            try Store.fetchProvider(name: name, connection)
        }
    }

    /// Returns every provider, sorted by name.
    public func listProviders() throws -> [ProviderRecord] {
        try withConnection("listing providers") { connection in
            let names = try connection.prepare("SELECT name FROM providers ORDER BY name").rows([]) { $0.string(0) }
            return try names.compactMap { try Store.fetchProvider(name: $0, connection) }
        }
    }

    /// Adds or replaces the credentials in `setting`, removes those in `removing`, replaces the
    /// endpoint list with `endpoints` when given, and returns the provider as stored.
    ///
    /// - Throws: `.notFound` when there is no such provider.
    @discardableResult
    public func updateProvider(
        name: String, setting credentials: [String: String] = [:], removing removedKeys: [String] = [],
        endpoints: [String]? = nil, sealer: any SecretSealer, now: Date = Date()
    ) throws -> ProviderRecord {
        let sealed = try Store.seal(credentials, provider: name, sealer: sealer)
        return try withConnection("updating provider '\(name)'") { connection in
            try connection.transaction {
                guard try Store.fetchProvider(name: name, connection) != nil else {
                    throw Store.providerNotFound(name)
                }
                let remove = "DELETE FROM provider_credentials WHERE provider = ? AND key = ?"
                for key in removedKeys {
                    try connection.prepare(remove).run([name, key])
                }
                try Store.writeCredentials(sealed, provider: name, connection)
                if let endpoints {
                    let update = "UPDATE providers SET endpoints = ? WHERE name = ?"
                    try connection.prepare(update).run([try Store.encodeList(endpoints), name])
                }
                try connection.prepare("UPDATE providers SET updated_at = ? WHERE name = ?").run([now, name])
                return try Store.fetchProvider(name: name, connection)!
            }
        }
    }

    /// Deletes the provider `name` and its credentials.
    ///
    /// - Returns: Whether a provider was deleted.
    /// - Throws: `.failedPrecondition` naming the sandboxes that still use the provider.
    @discardableResult
    public func deleteProvider(name: String) throws -> Bool {
        try withConnection("deleting provider '\(name)'") { connection in
            try connection.transaction {
                let users = try Store.sandboxNames(usingProvider: name, connection)
                guard users.isEmpty else {
                    throw PaddockError(
                        .failedPrecondition,
                        "provider '\(name)' is used by sandbox\(users.count == 1 ? "" : "es") "
                            + users.map { "'\($0)'" }.joined(separator: ", ")
                            + "; delete \(users.count == 1 ? "that sandbox" : "those sandboxes") first")
                }
                try connection.prepare("DELETE FROM providers WHERE name = ?").run([name])
                return connection.changes > 0
            }
        }
    }

    /// Returns the provider's credentials in plain text, key → value, opened with `sealer`.
    ///
    /// - Throws: `.notFound` when there is no such provider, `.internal` when a value does not open.
    public func providerSecrets(name: String, sealer: any SecretSealer) throws -> [String: String] {
        let rows = try withConnection("reading the credentials of provider '\(name)'") { connection in
            guard try Store.fetchProvider(name: name, connection) != nil else { throw Store.providerNotFound(name) }
            let sql = "SELECT key, sealed FROM provider_credentials WHERE provider = ? ORDER BY key"
            return try connection.prepare(sql).rows([name]) { ($0.string(0), $0.blob(1)) }
        }
        var secrets: [String: String] = [:]
        for (key, sealed) in rows {
            let plaintext: [UInt8]
            do {
                plaintext = try sealer.open(sealed, context: Store.sealContext(provider: name, key: key))
            } catch {
                throw PaddockError(
                    .internal,
                    "credential \(key) of provider '\(name)' cannot be decrypted; the secrets key may have "
                        + "changed since it was stored, so set it again with `paddock provider update`",
                    cause: error)
            }
            secrets[key] = String(decoding: plaintext, as: UTF8.self)
        }
        return secrets
    }

    /// Returns the names of the sandboxes that use provider `name`, sorted.
    public func sandboxNames(usingProvider name: String) throws -> [String] {
        try withConnection("listing the sandboxes of provider '\(name)'") { connection in
            try Store.sandboxNames(usingProvider: name, connection)
        }
    }

    /// The associated data that binds a sealed value to its provider and key.
    static func sealContext(provider: String, key: String) -> String {
        "paddock provider credential \(provider)/\(key)"
    }

    static func providerNotFound(_ name: String) -> PaddockError {
        PaddockError(.notFound, "provider '\(name)' not found; list providers with `paddock provider list`")
    }

    private static func seal(
        _ credentials: [String: String], provider: String, sealer: any SecretSealer
    ) throws -> [(String, [UInt8])] {
        try credentials.keys.sorted().map { key in
            do {
                let context = sealContext(provider: provider, key: key)
                return (key, try sealer.seal(Array(credentials[key]!.utf8), context: context))
            } catch {
                throw PaddockError(
                    .internal, "cannot encrypt credential \(key) of provider '\(provider)'", cause: error)
            }
        }
    }

    private static func writeCredentials(_ sealed: [(String, [UInt8])], provider: String, _ connection: Connection)
        throws
    {
        let upsert = """
            INSERT INTO provider_credentials (provider, key, sealed) VALUES (?, ?, ?)
            ON CONFLICT (provider, key) DO UPDATE SET sealed = excluded.sealed
            """
        for (key, bytes) in sealed {
            try connection.prepare(upsert).run([provider, key, bytes])
        }
    }

    private static func fetchProvider(name: String, _ connection: Connection) throws -> ProviderRecord? {
        let sql = "SELECT name, endpoints, created_at, updated_at FROM providers WHERE name = ?"
        guard let row = try connection.prepare(sql).rows([name], { ($0.string(1), $0.date(2), $0.date(3)) }).first
        else { return nil }
        let keys = try connection.prepare("SELECT key FROM provider_credentials WHERE provider = ? ORDER BY key")
            .rows([name]) { $0.string(0) }
        return ProviderRecord(
            name: name, credentialKeys: keys, endpoints: try decodeList(row.0, provider: name), createdAt: row.1,
            updatedAt: row.2)
    }

    private static func sandboxNames(usingProvider name: String, _ connection: Connection) throws -> [String] {
        let sql = """
            SELECT sandboxes.name FROM sandbox_providers JOIN sandboxes ON sandboxes.id = sandbox_providers.sandbox_id
            WHERE sandbox_providers.provider = ? ORDER BY sandboxes.name
            """
        return try connection.prepare(sql).rows([name]) { $0.string(0) }
    }

    private static func encodeList(_ list: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
    }

    private static func decodeList(_ text: String, provider: String) throws -> [String] {
        do {
            return try JSONDecoder().decode([String].self, from: Data(text.utf8))
        } catch {
            throw PaddockError(.internal, "the endpoints of provider '\(provider)' are unreadable", cause: error)
        }
    }
}
