import Foundation
import PaddockStore

/// One event as `GET /v1/sandboxes/NAME/logs` shows it: a flat JSON object with `id`, `time`,
/// `sandbox`, `kind`, `level` and `message`, followed by the event's own fields (such as `pid`,
/// `binary`, `destination`, `decision` and `reason` for proxy decisions).
enum LogLine {
    /// The fields that the gateway sets, which an event's own fields never replace.
    static let reservedFields: Set<String> = ["id", "time", "sandbox", "kind", "level", "message"]

    /// Returns `event` as one line of compact JSON with sorted keys, without the final newline.
    static func render(_ event: EventRecord) -> String {
        var object: [String: Any] = [:]
        if let data = try? JSONSerialization.jsonObject(with: Data(event.data.utf8)) as? [String: Any] {
            for (key, value) in data where !reservedFields.contains(key) {
                object[key] = value
            }
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        object["id"] = event.id
        object["time"] = formatter.string(from: event.time)
        object["sandbox"] = event.sandboxName ?? NSNull()
        object["kind"] = event.kind
        object["level"] = event.level
        object["message"] = event.message
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        guard let bytes = try? JSONSerialization.data(withJSONObject: object, options: options) else { return "{}" }
        return String(decoding: bytes, as: UTF8.self)
    }
}
