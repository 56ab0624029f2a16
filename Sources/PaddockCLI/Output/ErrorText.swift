import Foundation
import PaddockCore

/// The text after `error: ` for any error the CLI prints.
enum ErrorText {
    /// Returns a message for a person: a `PaddockError`'s message and cause without its code, a
    /// usage error's message, and any other error's description.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as PaddockError:
            guard let cause = error.cause, !repeats(cause, in: error.message) else { return error.message }
            return "\(error.message) (\(cause))"
        case let error as UsageError:
            return error.message
        default:
            return String(describing: error)
        }
    }

    /// Returns whether `message` already says what `cause` says: the whole cause, or its last clause
    /// after ": ", such as "Connection refused (ECONNREFUSED)" of "connect(...) failed: Connection refused ...".
    private static func repeats(_ cause: String, in message: String) -> Bool {
        if message.contains(cause) { return true }
        guard let separator = cause.range(of: ": ", options: .backwards) else { return false }
        let reason = cause[separator.upperBound...]
        return !reason.isEmpty && message.contains(reason)
    }
}
