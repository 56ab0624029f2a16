import Foundation

/// One audit event: a lifecycle change, a policy load, an allowed or denied connection.
public struct EventRecord: Codable, Sendable, Equatable {
    /// The position in the event log; ids only grow, and pruning never lets one be reused.
    public var id: Int64
    public var time: Date
    /// The sandbox the event concerns, or nil for gateway-wide events. Kept after the sandbox is deleted.
    public var sandboxID: String?
    public var sandboxName: String?
    /// The category, such as `lifecycle`, `policy` or `connection`.
    public var kind: String
    /// A `Logger.Level` name, such as `info` or `warning`.
    public var level: String
    public var message: String
    /// Structured details as a JSON object in text.
    public var data: String

    public init(
        id: Int64, time: Date, sandboxID: String?, sandboxName: String?, kind: String, level: String,
        message: String, data: String
    ) {
        self.id = id
        self.time = time
        self.sandboxID = sandboxID
        self.sandboxName = sandboxName
        self.kind = kind
        self.level = level
        self.message = message
        self.data = data
    }

    enum CodingKeys: String, CodingKey {
        case id, time
        case sandboxID = "sandbox_id"
        case sandboxName = "sandbox_name"
        case kind, level, message, data
    }
}
