import PaddockCore

/// The text after `error: ` for any error the CLI prints.
enum ErrorText {
    /// Returns a message for a person: a `PaddockError`'s message and cause without its code, a
    /// usage error's message, and any other error's description.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as PaddockError:
            guard let cause = error.cause else { return error.message }
            return "\(error.message) (\(cause))"
        case let error as UsageError:
            return error.message
        default:
            return String(describing: error)
        }
    }
}
