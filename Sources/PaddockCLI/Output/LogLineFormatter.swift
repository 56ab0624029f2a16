import Foundation

/// Formats one event from `GET /v1/sandboxes/NAME/logs` for people:
/// `TIME LEVEL KIND MESSAGE key=value...`.
enum LogLineFormatter {
    /// The fields shown first, in this order; the others follow sorted by name.
    static let leadingFields = [
        "decision", "reason", "destination", "binary", "pid", "ancestors", "policy", "rule", "method", "path",
        "revision",
    ]
    /// The fields that have their own column, or that repeat what the command line named.
    static let omittedFields: Set<String> = ["id", "time", "sandbox", "kind", "level", "message"]

    static func format(_ line: String) -> String {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
            return line
        }
        let level = (object["level"] as? String ?? "-").uppercased()
        var parts = [
            object["time"] as? String ?? "-", level.padding(toLength: 7, withPad: " ", startingAt: 0),
            object["kind"] as? String ?? "-", object["message"] as? String ?? "",
        ]
        let others = object.keys.filter { !omittedFields.contains($0) && !leadingFields.contains($0) }.sorted()
        for key in leadingFields + others {
            guard let value = object[key], !(value is NSNull) else { continue }
            parts.append("\(key)=\(render(value))")
        }
        return parts.joined(separator: " ")
    }

    private static func render(_ value: Any) -> String {
        switch value {
        case let text as String:
            return text.contains(" ") || text.isEmpty ? "\"\(text)\"" : text
        case let list as [Any]:
            return list.map(render).joined(separator: ",")
        case let number as NSNumber:
            return number.stringValue
        default:
            guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else {
                return "\(value)"
            }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
