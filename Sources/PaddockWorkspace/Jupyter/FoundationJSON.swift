import Foundation

/// JSON parsing through `JSONSerialization`, for the several small documents of every kernel
/// message. `JSONValue.parse` goes through `Decodable`, and it took about 800 µs per message header
/// beside 5 µs for this path (a debug build on the shared 2-core test host).
enum FoundationJSON {
    /// Parses `bytes` as one JSON document; returns nil when they are not valid JSON.
    static func parse(_ bytes: [UInt8]) -> JSONValue? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            return nil
        }
        return value(object)
    }

    /// Converts a `JSONSerialization` result to a `JSONValue`.
    static func value(_ object: Any) -> JSONValue {
        switch object {
        case is NSNull:
            return .null
        case let text as String:
            return .string(text)
        case let flag as Bool where type(of: object) == Bool.self:
            return .bool(flag)
        case let number as NSNumber:
            return number.jsonValue
        case let items as [Any]:
            return .array(items.map(value))
        case let members as [String: Any]:
            return .object(members.mapValues(value))
        default:
            return .null
        }
    }
}

extension NSNumber {
    /// The number as a JSON value: booleans, integers and doubles kept apart by the stored type.
    fileprivate var jsonValue: JSONValue {
        let type = String(cString: objCType)
        if type == "c" || type == "B" {
            return .bool(boolValue)
        }
        if type == "d" || type == "f" {
            return .double(doubleValue)
        }
        return .int(intValue)
    }
}
