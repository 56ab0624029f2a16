import Foundation
import PaddockCore

/// A filter over the event log. Every field left nil matches all events.
public struct EventQuery: Sendable, Equatable {
    public var sandboxID: String?
    /// Only events at or after this time.
    public var since: Date?
    /// Only events at this level or above.
    public var minimumLevel: Logger.Level?
    /// Only events with an id greater than this one, for following the log.
    public var afterID: Int64?
    /// The maximum number of events to return.
    public var limit: Int?
    /// With a limit, whether to keep the newest matching events instead of the oldest, as a log
    /// tail does. Results are in ascending id order either way.
    public var takeNewest: Bool

    public init(
        sandboxID: String? = nil, since: Date? = nil, minimumLevel: Logger.Level? = nil, afterID: Int64? = nil,
        limit: Int? = nil, takeNewest: Bool = false
    ) {
        self.sandboxID = sandboxID
        self.since = since
        self.minimumLevel = minimumLevel
        self.afterID = afterID
        self.limit = limit
        self.takeNewest = takeNewest
    }
}
