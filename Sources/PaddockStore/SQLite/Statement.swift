import CSQLite
import Foundation

/// A prepared SQLite statement with typed parameter binding and column access.
///
/// Columns are read by 0-based index, parameters bound by 1-based position as SQLite numbers
/// them. A statement belongs to one connection and is finalized when it is released.
final class Statement {
    private let handle: OpaquePointer
    private let database: OpaquePointer
    let sql: String

    init(database: OpaquePointer, sql: String) throws(SQLiteError) {
        var prepared: OpaquePointer?
        let result = sqlite3_prepare_v2(database, sql, -1, &prepared, nil)
        guard result == SQLITE_OK, let prepared else {
            throw SQLiteError(
                extendedCode: sqlite3_extended_errcode(database),
                message: String(cString: sqlite3_errmsg(database)), statement: sql)
        }
        self.handle = prepared
        self.database = database
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds `values` to parameters 1, 2, … in order, after clearing earlier bindings.
    func bind(_ values: [any SQLiteBindable]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let result = value.bind(to: handle, at: Int32(offset + 1))
            guard result == SQLITE_OK else { throw failure() }
        }
    }

    /// Advances to the next row; returns false once the statement is done.
    func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw failure()
        }
    }

    /// Runs a statement that returns no rows, such as an INSERT or UPDATE.
    func run(_ values: [any SQLiteBindable] = []) throws(SQLiteError) {
        try bind(values)
        while try step() {}
    }

    /// Runs a query and maps every row with `read`.
    func rows<T>(_ values: [any SQLiteBindable] = [], _ read: (Statement) throws -> T) throws -> [T] {
        try bind(values)
        var results: [T] = []
        while try step() {
            results.append(try read(self))
        }
        return results
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func string(_ column: Int32) -> String {
        guard let text = sqlite3_column_text(handle, column) else { return "" }
        return String(cString: text)
    }

    func blob(_ column: Int32) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let bytes = sqlite3_column_blob(handle, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    func date(_ column: Int32) -> Date { Date(microsecondsSince1970: int64(column)) }

    func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }

    func optionalString(_ column: Int32) -> String? { isNull(column) ? nil : string(column) }

    func optionalDate(_ column: Int32) -> Date? { isNull(column) ? nil : date(column) }

    /// Reads a column as `Int32`, or nil when it is NULL or out of range.
    func optionalInt32(_ column: Int32) -> Int32? { optionalInt64(column).flatMap { Int32(exactly: $0) } }

    /// Reads a column that was bound from a `UInt64` (same bits, stored signed).
    func optionalUInt64(_ column: Int32) -> UInt64? { optionalInt64(column).map { UInt64(bitPattern: $0) } }

    private func failure() -> SQLiteError {
        SQLiteError(
            extendedCode: sqlite3_extended_errcode(database),
            message: String(cString: sqlite3_errmsg(database)), statement: sql)
    }
}
