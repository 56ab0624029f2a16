/// One header field as it appeared on the wire: name spelling and value kept as received.
public struct HTTPField: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An ordered list of header fields with case-insensitive name lookup.
///
/// Repeated fields stay separate and in order, so a proxy can forward them unchanged and a parser
/// can detect conflicting copies of framing headers.
public struct HTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public private(set) var fields: [HTTPField]

    public init() {
        fields = []
    }

    public init(_ fields: [HTTPField]) {
        self.fields = fields
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        fields = elements.map { HTTPField($0.0, $0.1) }
    }

    public var count: Int { fields.count }
    public var isEmpty: Bool { fields.isEmpty }

    public func makeIterator() -> IndexingIterator<[HTTPField]> {
        fields.makeIterator()
    }

    /// Returns the value of the first field named `name`, or nil when there is none.
    public subscript(name: String) -> String? {
        fields.first { HTTPHeaders.namesEqual($0.name, name) }?.value
    }

    /// Returns the values of every field named `name`, in order.
    public func values(for name: String) -> [String] {
        fields.compactMap { HTTPHeaders.namesEqual($0.name, name) ? $0.value : nil }
    }

    /// Tests whether at least one field is named `name`.
    public func contains(_ name: String) -> Bool {
        fields.contains { HTTPHeaders.namesEqual($0.name, name) }
    }

    /// Returns the comma-separated list elements of every field named `name`, trimmed and lowercased,
    /// with empty elements dropped (the `#rule` list syntax of RFC 9110, section 5.6.1).
    public func tokens(for name: String) -> [String] {
        var result: [String] = []
        for value in values(for: name) {
            for element in value.split(separator: ",") {
                let trimmed = element.trimmingWhitespace()
                if !trimmed.isEmpty { result.append(trimmed.lowercased()) }
            }
        }
        return result
    }

    /// Appends a field, keeping any fields of the same name.
    public mutating func add(_ name: String, _ value: String) {
        fields.append(HTTPField(name, value))
    }

    /// Replaces every field named `name` with one field holding `value`.
    public mutating func set(_ name: String, _ value: String) {
        remove(name)
        fields.append(HTTPField(name, value))
    }

    /// Removes every field named `name`.
    public mutating func remove(_ name: String) {
        fields.removeAll { HTTPHeaders.namesEqual($0.name, name) }
    }

    /// Compares two header names ignoring ASCII case, as RFC 9110 requires.
    public static func namesEqual(_ left: String, _ right: String) -> Bool {
        var leftBytes = left.utf8.makeIterator()
        var rightBytes = right.utf8.makeIterator()
        while true {
            let a = leftBytes.next()
            let b = rightBytes.next()
            guard let a, let b else { return a == nil && b == nil }
            if a == b { continue }
            if a | 0x20 != b | 0x20 { return false }
            // Only letters may differ in bit 0x20; other pairs such as "@" and "`" must not match.
            let lower = a | 0x20
            if lower < 0x61 || lower > 0x7A { return false }
        }
    }
}

extension StringProtocol {
    /// Returns the text without leading and trailing spaces and horizontal tabs.
    func trimmingWhitespace() -> String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end, HTTPByte.isWhitespace(bytes[start]) { start += 1 }
        while end > start, HTTPByte.isWhitespace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
