/// Percent-decoding of paths and form-encoded query strings.
public enum PercentDecoding {
    /// Decodes `%XX` escapes and, when `plusAsSpace` is set, `+` as a space.
    ///
    /// - Returns: nil when an escape is malformed or the result is not valid UTF-8.
    public static func decode<Text: StringProtocol>(_ text: Text, plusAsSpace: Bool) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.contains(0x25) || (plusAsSpace && bytes.contains(0x2B)) else { return String(text) }

        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x25 {
                guard index + 2 < bytes.count, let high = HTTPByte.hexValue(bytes[index + 1]),
                    let low = HTTPByte.hexValue(bytes[index + 2])
                else { return nil }
                decoded.append(high << 4 | low)
                index += 3
                continue
            }
            decoded.append(plusAsSpace && byte == 0x2B ? HTTPByte.space : byte)
            index += 1
        }
        return String(validating: decoded, as: UTF8.self)
    }

    /// Splits a query on `&` and `=` and decodes each name and value; nil when any part is malformed.
    static func decodeQuery(_ query: String) -> [HTTPQueryItem]? {
        var items: [HTTPQueryItem] = []
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0], plusAsSpace: true) else { return nil }
            var value: String?
            if parts.count == 2 {
                guard let decodedValue = decode(parts[1], plusAsSpace: true) else { return nil }
                value = decodedValue
            }
            items.append(HTTPQueryItem(name, value))
        }
        return items
    }
}
