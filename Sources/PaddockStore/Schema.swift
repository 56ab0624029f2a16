import PaddockCore

/// The numbered schema migrations, applied in order and tracked in `PRAGMA user_version`.
///
/// Append new migrations at the end and never edit one that has shipped: a database records
/// only the number of the last migration it ran.
enum Schema {
    struct Migration {
        let version: Int
        let sql: String
    }

    static let migrations: [Migration] = [
        Migration(
            version: 1,
            sql: """
                CREATE TABLE sandboxes (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL UNIQUE,
                    phase TEXT NOT NULL,
                    image TEXT NOT NULL,
                    spec TEXT NOT NULL,
                    policy TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    expires_at INTEGER,
                    supervisor_pid INTEGER,
                    supervisor_start_time INTEGER,
                    exit_code INTEGER,
                    last_error TEXT
                );
                CREATE INDEX sandboxes_expires_at ON sandboxes (expires_at) WHERE expires_at IS NOT NULL;

                CREATE TABLE policy_revisions (
                    sandbox_id TEXT NOT NULL REFERENCES sandboxes (id) ON DELETE CASCADE,
                    version INTEGER NOT NULL,
                    policy TEXT NOT NULL,
                    source TEXT NOT NULL,
                    status TEXT NOT NULL,
                    load_error TEXT,
                    created_at INTEGER NOT NULL,
                    loaded_at INTEGER,
                    PRIMARY KEY (sandbox_id, version)
                );

                -- AUTOINCREMENT keeps ids growing even after pruning empties the table, so a
                -- follower that remembers the last id it saw never misses a new event.
                CREATE TABLE events (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    time INTEGER NOT NULL,
                    sandbox_id TEXT,
                    sandbox_name TEXT,
                    kind TEXT NOT NULL,
                    level TEXT NOT NULL,
                    level_rank INTEGER NOT NULL,
                    message TEXT NOT NULL,
                    data TEXT NOT NULL
                );
                CREATE INDEX events_sandbox_id ON events (sandbox_id, id);
                CREATE INDEX events_time ON events (time);
                """
        ),
        Migration(
            version: 2,
            sql: """
                -- Credential values are sealed by the gateway before they reach this table; the
                -- store never sees them in plain text.
                CREATE TABLE providers (
                    name TEXT PRIMARY KEY NOT NULL,
                    endpoints TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL
                );
                CREATE TABLE provider_credentials (
                    provider TEXT NOT NULL REFERENCES providers (name) ON DELETE CASCADE,
                    key TEXT NOT NULL,
                    sealed BLOB NOT NULL,
                    PRIMARY KEY (provider, key)
                );

                -- No cascade from providers: a provider cannot be deleted while a sandbox uses it.
                CREATE TABLE sandbox_providers (
                    sandbox_id TEXT NOT NULL REFERENCES sandboxes (id) ON DELETE CASCADE,
                    provider TEXT NOT NULL REFERENCES providers (name),
                    position INTEGER NOT NULL,
                    PRIMARY KEY (sandbox_id, provider)
                );
                CREATE INDEX sandbox_providers_provider ON sandbox_providers (provider);

                CREATE TABLE sandbox_placeholders (
                    sandbox_id TEXT NOT NULL REFERENCES sandboxes (id) ON DELETE CASCADE,
                    provider TEXT NOT NULL,
                    key TEXT NOT NULL,
                    placeholder TEXT NOT NULL,
                    PRIMARY KEY (sandbox_id, provider, key)
                );

                -- How far into each sandbox's audit.jsonl the gateway has ingested, in bytes.
                CREATE TABLE audit_offsets (
                    sandbox_id TEXT PRIMARY KEY NOT NULL REFERENCES sandboxes (id) ON DELETE CASCADE,
                    byte_offset INTEGER NOT NULL
                );
                """
        ),
    ]

    /// The schema version that this build writes.
    static var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Brings the database up to `latestVersion`, one transaction per migration.
    ///
    /// Throws `failedPrecondition` when the database comes from a newer Paddock, because this build
    /// cannot know what the newer schema means.
    static func migrate(_ connection: Connection) throws {
        let current = try readVersion(connection)
        guard current <= latestVersion else {
            throw PaddockError(
                .failedPrecondition,
                "database \(connection.path) has schema version \(current), but this paddock supports "
                    + "versions up to \(latestVersion); upgrade paddock or use another state directory")
        }
        for migration in migrations where migration.version > current {
            try apply(migration, to: connection)
        }
    }

    static func readVersion(_ connection: Connection) throws -> Int {
        do {
            return Int(try connection.scalarInt("PRAGMA user_version") ?? 0)
        } catch {
            throw error.paddockError("reading the schema version of \(connection.path)")
        }
    }

    private static func apply(_ migration: Migration, to connection: Connection) throws {
        do {
            try connection.transaction {
                // Another process may have migrated between our version check and the lock.
                guard try readVersion(connection) < migration.version else { return }
                try connection.execute(migration.sql)
                try connection.execute("PRAGMA user_version = \(migration.version)")
            }
        } catch let error as SQLiteError {
            throw error.paddockError("applying schema migration \(migration.version) to \(connection.path)")
        }
    }
}
