import Foundation
import PaddockCore

/// Ages and expiry times for tables, from the RFC 3339 timestamps that the gateway sends.
enum TimeFormatting {
    /// Parses an RFC 3339 timestamp with or without fractional seconds.
    static func date(from text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) {
            return date
        }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// Returns how long ago `timestamp` was, such as `5m` or `2d3h`, or `-` when absent or unreadable.
    static func age(of timestamp: String?, now: Date) -> String {
        guard let timestamp, let date = date(from: timestamp) else { return "-" }
        let seconds = max(0, Int64(now.timeIntervalSince(date)))
        return DurationParser.format(seconds: max(seconds, 0))
    }

    /// Returns how long until `timestamp`, such as `1h30m`, `expired` once past, or `-` when absent.
    static func remaining(until timestamp: String?, now: Date) -> String {
        guard let timestamp else { return "-" }
        guard let date = date(from: timestamp) else { return timestamp }
        let seconds = Int64(date.timeIntervalSince(now))
        return seconds > 0 ? DurationParser.format(seconds: seconds) : "expired"
    }
}
