import CSQLite
import Foundation

/// One open SQLite database handle.
///
/// A connection is not safe to use from two threads at once; `Store` serialises access to it.
final class Connection {
    private var handle: OpaquePointer?
    let path: String

    /// Opens (and creates when missing) the database file at `path`.
    init(path: String) throws(SQLiteError) {
        self.path = path
        var opened: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let result = sqlite3_open_v2(path, &opened, flags, nil)
        guard result == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(result))
            sqlite3_close_v2(opened)
            throw SQLiteError(extendedCode: result, message: message, statement: "open \(path)")
        }
        sqlite3_extended_result_codes(opened, 1)
        self.handle = opened
    }

    deinit {
        close()
    }

    /// Closes the handle. Statements still alive keep it open until they are released.
    func close() {
        guard let handle else { return }
        sqlite3_close_v2(handle)
        self.handle = nil
    }

    var isOpen: Bool { handle != nil }

    /// The number of rows that the last INSERT, UPDATE or DELETE changed.
    var changes: Int { handle.map { Int(sqlite3_changes($0)) } ?? 0 }

    /// The rowid of the last successful INSERT on this connection.
    var lastInsertRowID: Int64 { handle.map { sqlite3_last_insert_rowid($0) } ?? 0 }

    /// Sets how long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    func setBusyTimeout(milliseconds: Int32) throws(SQLiteError) {
        let database = try openHandle("busy_timeout")
        let result = sqlite3_busy_timeout(database, milliseconds)
        guard result == SQLITE_OK else { throw failure(result, statement: "busy_timeout") }
    }

    /// Compiles one SQL statement.
    func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        try Statement(database: try openHandle(sql), sql: sql)
    }

    /// Runs one or more SQL statements that return no rows.
    func execute(_ sql: String) throws(SQLiteError) {
        let database = try openHandle(sql)
        var errorMessage: UnsafeMutablePointer<CChar>?
        let result = sqlite3_exec(database, sql, nil, nil, &errorMessage)
        guard result == SQLITE_OK else {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(database))
            sqlite3_free(errorMessage)
            throw SQLiteError(extendedCode: sqlite3_extended_errcode(database), message: message, statement: sql)
        }
    }

    /// Runs a query that returns one text value, such as `PRAGMA journal_mode`.
    func scalarString(_ sql: String) throws(SQLiteError) -> String? {
        let statement = try prepare(sql)
        try statement.bind([])
        guard try statement.step() else { return nil }
        return statement.optionalString(0)
    }

    /// Runs a query that returns one integer value, such as `PRAGMA user_version`.
    func scalarInt(_ sql: String) throws(SQLiteError) -> Int64? {
        let statement = try prepare(sql)
        try statement.bind([])
        guard try statement.step() else { return nil }
        return statement.optionalInt64(0)
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`, rolling back when it throws.
    ///
    /// IMMEDIATE takes the write lock up front, so the busy timeout applies to the wait for it.
    /// A deferred transaction that reads first and writes later can instead fail at once with
    /// SQLITE_BUSY when another connection committed in between.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    private func openHandle(_ statement: String) throws(SQLiteError) -> OpaquePointer {
        guard let handle else {
            throw SQLiteError(extendedCode: SQLITE_MISUSE, message: "the connection is closed", statement: statement)
        }
        return handle
    }

    private func failure(_ code: Int32, statement: String) -> SQLiteError {
        SQLiteError(extendedCode: code, message: String(cString: sqlite3_errstr(code)), statement: statement)
    }
}
