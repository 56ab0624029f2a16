import Foundation
import Glibc

/// Builds the contract's `FileOperationError` failures: HTTP 200, `success: false`, and `data`
/// with the path and operation that failed, the error category and the errno.
enum FileFailure {
    /// The contract's `error_type` and Python's exception class for an errno.
    static func category(of code: Int32) -> (type: String, exception: String) {
        switch code {
        case ENOENT: return ("not_found", "FileNotFoundError")
        case EACCES, EPERM: return ("permission_denied", "PermissionError")
        case EISDIR: return ("invalid_target", "IsADirectoryError")
        case ENOTDIR: return ("invalid_target", "NotADirectoryError")
        case EEXIST: return ("already_exists", "FileExistsError")
        case ENAMETOOLONG, EINVAL, ELOOP: return ("invalid_path", "OSError")
        case EROFS: return ("read_only_filesystem", "OSError")
        case ENOSPC, EDQUOT: return ("no_space_left", "OSError")
        default: return ("io_error", "OSError")
        }
    }

    /// The failure of a system call on `path` that set `code`.
    static func system(_ path: String, operation: String, errno code: Int32) -> OperationFailure {
        let (type, exception) = category(of: code)
        let message = "[Errno \(code)] \(String(cString: strerror(code))): '\(path)'"
        return make(path, operation: operation, message: message, type: type, errno: code, exception: exception)
    }

    /// A failure that no errno describes, such as text that is not UTF-8 or an invalid pattern.
    static func make(
        _ path: String, operation: String, message: String, type: String, errno code: Int32? = nil,
        exception: String? = nil, retryable: Bool = false
    ) -> OperationFailure {
        var members = placeholders(operation: operation, path: path)
        members.merge([
            "path": .string(path), "operation": .string(operation), "message": .string(message),
            "error_type": .string(type), "retryable": .bool(retryable), "errno": .from(code.map(Int.init)),
            "errno_name": .from(code.map(ErrnoNames.name)), "exception_type": .from(exception),
        ]) { _, error in error }
        return OperationFailure(message, data: .object(members))
    }

    /// Empty values for the required fields of the operation's success result.
    ///
    /// NOTE: the agent-sandbox SDK (0.0.30, the newest) types `data` as the success result only,
    /// without the contract's `FileOperationError` alternative, and rejects a failure that lacks
    /// the result's required fields. Adding them empty lets that SDK parse failures; the error's
    /// own fields stay readable as extra attributes.
    static func placeholders(operation: String, path: String) -> [String: JSONValue] {
        switch operation {
        case "read": return ["content": "", "file": .string(path)]
        case "write", "replace", "search": return ["file": .string(path)]
        case "find", "list": return ["path": .string(path)]
        case "grep", "glob": return ["path": .string(path), "pattern": ""]
        case "upload": return ["file_path": .string(path), "file_size": 0, "success": false]
        case "view", "create", "str_replace", "insert", "undo_edit":
            return ["output": "", "path": .string(path), "prev_exist": .bool(access(path, F_OK) == 0)]
        default: return [:]
        }
    }
}
