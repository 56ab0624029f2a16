/// Shortening of long command output for inline replies: the head and the tail are kept, and a
/// marker in the middle states how much was left out.
public enum OutputTruncation {
    /// Returns `text` unchanged when it has at most `limit` characters (or `limit` is 0 or less),
    /// otherwise its first and last `limit / 2` characters around a marker line.
    public static func middle(_ text: String, limit: Int) -> String {
        guard limit > 0, text.count > limit else { return text }
        let headCount = limit / 2
        let tailCount = limit - headCount
        let head = text.prefix(headCount)
        let tail = text.suffix(tailCount)
        let omitted = text.count - headCount - tailCount
        return head + "\n\n... [\(omitted) characters truncated] ...\n\n" + tail
    }

    /// Shortens a stream too long to decode whole, from its first and last bytes: keeps the first and
    /// last `limit / 2` characters around a marker that counts the omitted bytes.
    public static func middle(head: [UInt8], tail: [UInt8], length: Int, limit: Int) -> String {
        let headText = decode(head, partial: true).text.prefix(limit / 2)
        // The tail may start inside a character; skip its continuation bytes.
        let tailStart = tail.firstIndex { $0 & 0xC0 != 0x80 } ?? tail.endIndex
        let tailText = String(decoding: tail[tailStart...], as: UTF8.self).suffix(limit - limit / 2)
        let omitted = length - headText.utf8.count - tailText.utf8.count
        return headText + "\n\n... [\(omitted) bytes truncated] ...\n\n" + tailText
    }

    /// Decodes bytes as UTF-8, replacing invalid sequences, and drops a trailing incomplete
    /// character when `partial` is set, so that a later read can decode it whole.
    public static func decode(_ bytes: some Collection<UInt8>, partial: Bool = false) -> (text: String, used: Int) {
        var end = bytes.count
        if partial {
            end -= incompleteSuffixLength(Array(bytes.suffix(4)))
        }
        return (String(decoding: bytes.prefix(end), as: UTF8.self), end)
    }

    /// The length of an incomplete UTF-8 sequence at the end of `tail` (0 to 3).
    static func incompleteSuffixLength(_ tail: [UInt8]) -> Int {
        guard !tail.isEmpty else { return 0 }
        for back in 1...min(3, tail.count) {
            let byte = tail[tail.count - back]
            if byte & 0xC0 == 0x80 { continue }
            let needed: Int
            if byte & 0xE0 == 0xC0 {
                needed = 2
            } else if byte & 0xF0 == 0xE0 {
                needed = 3
            } else if byte & 0xF8 == 0xF0 {
                needed = 4
            } else {
                return 0
            }
            return needed > back ? back : 0
        }
        return 0
    }
}
