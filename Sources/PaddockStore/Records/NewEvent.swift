import Foundation
import PaddockCore

/// An event not yet in the log, for appending several in one transaction.
public struct NewEvent: Sendable, Equatable {
    /// The category, such as `lifecycle`, `policy` or `connection`.
    public var kind: String
    public var level: Logger.Level
    public var message: String
    /// Structured details as JSON object text; the store does not parse it.
    public var data: String
    public var time: Date

    public init(kind: String, level: Logger.Level, message: String, data: String = "{}", time: Date = Date()) {
        self.kind = kind
        self.level = level
        self.message = message
        self.data = data
        self.time = time
    }
}
