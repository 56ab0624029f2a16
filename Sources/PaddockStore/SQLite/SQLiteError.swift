import CSQLite
import PaddockCore

/// A failed SQLite call: the extended result code, SQLite's own message and the SQL it ran.
struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code, such as 2067 for `SQLITE_CONSTRAINT_UNIQUE`.
    let extendedCode: Int32
    let message: String
    /// The statement that failed, or the operation (`open`, `prepare`) when there is none.
    let statement: String

    static let constraintUnique: Int32 = 2067
    static let constraintPrimaryKey: Int32 = 1555
    static let constraintForeignKey: Int32 = 787

    /// The primary result code: the low byte of the extended one.
    var primaryCode: Int32 { extendedCode & 0xff }

    /// Whether the failure is a UNIQUE or PRIMARY KEY violation.
    var isUniqueViolation: Bool {
        extendedCode == SQLiteError.constraintUnique || extendedCode == SQLiteError.constraintPrimaryKey
    }

    var isForeignKeyViolation: Bool { extendedCode == SQLiteError.constraintForeignKey }

    var description: String {
        let name = String(cString: sqlite3_errstr(extendedCode))
        return "\(message) (SQLite code \(extendedCode), \(name)) in: \(statement)"
    }

    /// Maps the failure to the shared error type, with `context` naming what the store was doing.
    func paddockError(_ context: String) -> PaddockError {
        switch primaryCode {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return PaddockError(
                .unavailable, "\(context): the database is locked by another writer; retry later", cause: self)
        case SQLITE_CONSTRAINT where isUniqueViolation:
            return PaddockError(.alreadyExists, "\(context): the record already exists", cause: self)
        case SQLITE_FULL:
            return PaddockError(.unavailable, "\(context): the disk is full; free space and retry", cause: self)
        case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_IOERR:
            return PaddockError(
                .unavailable, "\(context): the database file cannot be written; check its path and permissions",
                cause: self)
        case SQLITE_CORRUPT, SQLITE_NOTADB:
            return PaddockError(
                .internal, "\(context): the database file is damaged or is not a SQLite database", cause: self)
        default:
            return PaddockError(.internal, "\(context) failed", cause: self)
        }
    }
}
