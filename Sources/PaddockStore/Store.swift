@preconcurrency import Glibc
import Foundation
import PaddockCore
import Synchronization

/// The gateway's durable state: sandboxes, policy revisions and audit events in one SQLite file.
///
/// The database runs in WAL mode with `synchronous=NORMAL`. A process killed at any moment (even
/// with SIGKILL) leaves the file consistent and keeps every committed transaction. A power loss
/// can lose the last few commits but does not corrupt the file, as SQLite documents for this mode.
///
/// One connection serves every thread, guarded by a mutex, so calls from many threads run one
/// at a time. Other processes may open the same file; their locks are waited for up to the busy
/// timeout. Every call blocks on disk I/O, so call the store from a dedicated thread rather than
/// from Swift's cooperative pool. Every method throws `PaddockError`.
public final class Store: Sendable {
    /// The database file.
    public let path: String
    private let connection: Mutex<Connection?>

    private init(path: String, connection: sending Connection) {
        self.path = path
        self.connection = Mutex(connection)
    }

    /// Opens the database at `path`, creating it and its directory when missing, and brings the
    /// schema up to date.
    ///
    /// A new directory gets mode 0700 and a new file mode 0600, because only the gateway's
    /// user should read the policies and errors stored there.
    ///
    /// - Parameters:
    ///   - path: The database file, for example `<state-dir>/paddock.db`.
    ///   - busyTimeout: How long a call waits for another process's write lock before failing
    ///     with `.unavailable`.
    /// - Throws: `PaddockError` with `.failedPrecondition` when the file comes from a newer
    ///   Paddock, `.unavailable` when it cannot be created or written, `.internal` otherwise.
    public static func open(path: String, busyTimeout: Duration = .seconds(5)) throws -> Store {
        try createFile(path)
        let connection: Connection
        do {
            connection = try Connection(path: path)
            try configure(connection, busyTimeout: busyTimeout)
        } catch let error as SQLiteError {
            throw error.paddockError("opening the state database \(path)")
        }
        try Schema.migrate(connection)
        return Store(path: path, connection: connection)
    }

    /// Closes the database. Later calls fail with `.failedPrecondition`; closing twice is harmless.
    public func close() {
        connection.withLock { connection in
            connection?.close()
            connection = nil
        }
    }

    /// Runs `body` with the connection while holding the lock, mapping SQLite errors to
    /// `PaddockError` with `context` naming the operation.
    func withConnection<T: Sendable>(
        _ context: @autoclosure () -> String, _ body: (Connection) throws -> T
    ) throws -> T {
        try connection.withLock { connection throws -> T in
            guard let connection else {
                throw PaddockError(.failedPrecondition, "\(context()): the store at \(path) is closed; open it again")
            }
            do {
                return try body(connection)
            } catch let error as SQLiteError {
                throw error.paddockError(context())
            }
        }
    }

    private static func configure(_ connection: Connection, busyTimeout: Duration) throws {
        let milliseconds = (busyTimeout / .milliseconds(1)).rounded()
        try connection.setBusyTimeout(milliseconds: Int32(clamping: Int64(milliseconds)))
        let mode = try connection.scalarString("PRAGMA journal_mode = WAL")
        guard mode?.lowercased() == "wal" else {
            throw PaddockError(
                .unavailable,
                "cannot switch \(connection.path) to WAL mode (SQLite kept '\(mode ?? "none")'); "
                    + "put the state directory on a local filesystem that supports shared memory")
        }
        try connection.execute("PRAGMA synchronous = NORMAL")
        try connection.execute("PRAGMA foreign_keys = ON")
    }

    private static func createFile(_ path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw PaddockError(
                    .unavailable, "failed to create the state directory \(directory); check its parent's permissions",
                    cause: error)
            }
        }
        do {
            let fd = try systemCall("open", subject: path) { Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600) }
            Glibc.close(fd)
        } catch {
            throw PaddockError(
                .unavailable,
                "failed to create the state database \(path); check the directory's permissions and free space",
                cause: error)
        }
    }
}
