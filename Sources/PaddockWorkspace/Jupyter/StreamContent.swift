/// Reads the content of a `stream` message, `{"name": ..., "text": ...}`, keeping at most a given
/// count of the text's bytes, so that one message with 50 MB of text costs little beyond its frame.
enum StreamContent {
    struct Parsed: Equatable {
        var name: String
        /// The start of the text, cut at a character boundary.
        var text: String
        /// The UTF-8 length of the whole text.
        var length: Int
    }

    /// Parses `bytes`; returns nil when they are not a JSON object with string members `name` and `text`.
    ///
    /// When `totalLength` exceeds `bytes.count`, the bytes are the start of a longer frame: a text
    /// cut off at their end counts the missing bytes into its length, as an estimate.
    static func parse(_ bytes: [UInt8], keepBytes: Int, totalLength: Int? = nil) -> Parsed? {
        let missing = max(0, (totalLength ?? bytes.count) - bytes.count)
        var scanner = Scanner(bytes: bytes, acceptsCutString: missing > 0)
        var name: String?
        var text: (bytes: [UInt8], length: Int)?
        guard scanner.consume(UInt8(ascii: "{")) else { return nil }
        if scanner.consume(UInt8(ascii: "}")) { return nil }
        repeat {
            guard let key = scanner.string(keep: 64), scanner.consume(UInt8(ascii: ":")) else { return nil }
            let keyText = String(decoding: key.bytes, as: UTF8.self)
            guard scanner.peek == UInt8(ascii: "\"") else { return nil }
            guard let value = scanner.string(keep: keyText == "text" ? keepBytes : 64) else { return nil }
            if keyText == "name" { name = String(decoding: value.bytes, as: UTF8.self) }
            if keyText == "text" { text = (value.bytes, value.length + (value.cut ? missing : 0)) }
            if value.cut { break }
        } while scanner.consume(UInt8(ascii: ","))
        guard scanner.cut || scanner.consume(UInt8(ascii: "}")), let name, let text else { return nil }
        return Parsed(name: name, text: OutputTruncation.decode(text.bytes, partial: true).text, length: text.length)
    }

    /// A cursor over JSON text that decodes strings while their output stays under a limit.
    private struct Scanner {
        let bytes: [UInt8]
        /// Whether a string that runs to the end of the bytes is returned as cut instead of rejected.
        let acceptsCutString: Bool
        var index = 0
        /// Whether a string was cut at the end of the bytes.
        var cut = false

        init(bytes: [UInt8], acceptsCutString: Bool) {
            self.bytes = bytes
            self.acceptsCutString = acceptsCutString
        }

        var peek: UInt8? {
            mutating get {
                skipSpace()
                return index < bytes.count ? bytes[index] : nil
            }
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0a, 0x0d].contains(bytes[index]) { index += 1 }
        }

        mutating func consume(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            index += 1
            return true
        }

        /// Reads a string literal, decoding its first `keep` bytes; returns them, the decoded length,
        /// and whether the string was cut at the end of the bytes.
        mutating func string(keep: Int) -> (bytes: [UInt8], length: Int, cut: Bool)? {
            guard consume(UInt8(ascii: "\"")) else { return nil }
            var kept: [UInt8] = []
            var keeping = true
            var length = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\"") { return (kept, length, false) }
                var decoded: [UInt8] = [byte]
                if byte == UInt8(ascii: "\\") {
                    guard let escaped = escape() else { break }
                    decoded = escaped
                }
                length += decoded.count
                keeping = keeping && kept.count + decoded.count <= keep
                if keeping { kept += decoded }
            }
            guard acceptsCutString else { return nil }
            cut = true
            return (kept, length, true)
        }

        /// Decodes the escape after a backslash as UTF-8.
        private mutating func escape() -> [UInt8]? {
            guard index < bytes.count else { return nil }
            let letter = bytes[index]
            index += 1
            switch letter {
            case UInt8(ascii: "n"): return [0x0a]
            case UInt8(ascii: "t"): return [0x09]
            case UInt8(ascii: "r"): return [0x0d]
            case UInt8(ascii: "b"): return [0x08]
            case UInt8(ascii: "f"): return [0x0c]
            case UInt8(ascii: "u"):
                guard var scalar = hexQuad() else { return nil }
                if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u")
                {
                    index += 2
                    guard let low = hexQuad(), (0xDC00..<0xE000).contains(low) else { return nil }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                return Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
            default: return [letter]
            }
        }

        private mutating func hexQuad() -> UInt32? {
            guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
            else { return nil }
            index += 4
            return value
        }
    }
}
