import Foundation
import Glibc

/// A streaming reader of `multipart/form-data` bodies (RFC 7578): parts are delivered piece by
/// piece, so a large file never has to fit in memory.
struct MultipartReader {
    /// One part's headers: the form field name and, for files, the file name.
    struct PartHeader {
        var name: String
        var filename: String?
    }

    enum Event {
        case partStarted(PartHeader)
        case content([UInt8])
        case partEnded
    }

    /// A body that does not follow the multipart format.
    struct FormatError: Error, CustomStringConvertible {
        let description: String
    }

    private enum State {
        case preamble, headers, content, epilogue
    }

    private let boundary: String
    private let delimiter: [UInt8]
    private var pending: [UInt8] = []
    private var state = State.preamble
    /// Whether the closing delimiter has been read.
    private(set) var isFinished = false

    /// The largest head of one part.
    static let maxHeaderBytes = 16 * 1024

    init(boundary: String) {
        self.boundary = boundary
        delimiter = Array(("\r\n--" + boundary).utf8)
        // The first delimiter may start the body without a preceding line break.
        pending = Array("\r\n".utf8)
    }

    /// Extracts the boundary parameter of a `Content-Type` value, or nil when it is not multipart.
    static func boundary(fromContentType value: String) -> String? {
        let parts = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let kind = parts.first, kind.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("boundary=") {
            var boundary = String(parameter.dropFirst("boundary=".count))
            if boundary.hasPrefix("\"") && boundary.hasSuffix("\"") && boundary.count >= 2 {
                boundary = String(boundary.dropFirst().dropLast())
            }
            return boundary.isEmpty ? nil : boundary
        }
        return nil
    }

    /// Feeds the next bytes of the body and returns the events they complete.
    mutating func feed(_ bytes: [UInt8]) throws -> [Event] {
        pending.append(contentsOf: bytes)
        var events: [Event] = []
        while true {
            switch state {
            case .preamble:
                guard let found = Self.find(delimiter, in: pending) else {
                    pending.removeFirst(max(0, pending.count - delimiter.count))
                    return events
                }
                guard try consumeDelimiterEnd(after: found + delimiter.count) else { return events }
            case .headers:
                guard let end = Self.find(Array("\r\n\r\n".utf8), in: pending) else {
                    if pending.count > Self.maxHeaderBytes {
                        throw FormatError(description: "a part's header is larger than \(Self.maxHeaderBytes) bytes")
                    }
                    return events
                }
                let head = String(decoding: pending[0..<end], as: UTF8.self)
                pending.removeFirst(end + 4)
                events.append(.partStarted(try Self.parseHeader(head)))
                state = .content
            case .content:
                if let found = Self.find(delimiter, in: pending) {
                    if found > 0 { events.append(.content(Array(pending[0..<found]))) }
                    let checkpoint = pending
                    guard try consumeDelimiterEnd(after: found + delimiter.count) else {
                        // Wait for the bytes after the delimiter, keeping it in front of them.
                        pending = Array(checkpoint[found...])
                        return events
                    }
                    events.append(.partEnded)
                } else {
                    let keep = delimiter.count - 1
                    if pending.count > keep {
                        events.append(.content(Array(pending[0..<(pending.count - keep)])))
                        pending.removeFirst(pending.count - keep)
                    }
                    return events
                }
            case .epilogue:
                pending.removeAll()
                return events
            }
        }
    }

    /// Checks, once the body has ended, that it ended with the closing delimiter, so that a cut-off
    /// body is not taken for a complete one.
    func finish() throws {
        guard !isFinished else { return }
        throw FormatError(
            description: "the body ended before the closing boundary \"--\(boundary)--\"; send the whole body")
    }

    /// Reads what follows a delimiter at `index`: `\r\n` for another part or `--` for the end.
    /// Returns false when more bytes are needed.
    private mutating func consumeDelimiterEnd(after index: Int) throws -> Bool {
        guard pending.count >= index + 2 else { return false }
        let suffix = (pending[index], pending[index + 1])
        if suffix == (UInt8(ascii: "-"), UInt8(ascii: "-")) {
            isFinished = true
            state = .epilogue
            pending.removeAll()
            return true
        }
        // Transport padding (spaces or tabs) may come before the line break.
        var cursor = index
        while cursor < pending.count, pending[cursor] == UInt8(ascii: " ") || pending[cursor] == UInt8(ascii: "\t") {
            cursor += 1
        }
        guard pending.count >= cursor + 2 else { return false }
        guard pending[cursor] == UInt8(ascii: "\r"), pending[cursor + 1] == UInt8(ascii: "\n") else {
            throw FormatError(description: "a boundary is not followed by a line break")
        }
        pending.removeFirst(cursor + 2)
        state = .headers
        return true
    }

    static func parseHeader(_ head: String) throws -> PartHeader {
        for line in head.components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            guard line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else {
                continue
            }
            let value = String(line[line.index(after: colon)...])
            guard let name = parameter("name", in: value) else { break }
            return PartHeader(name: name, filename: parameter("filename", in: value))
        }
        throw FormatError(description: "a part has no Content-Disposition with a name")
    }

    /// Reads `key="value"` or `key=value` from a header value.
    static func parameter(_ key: String, in value: String) -> String? {
        for piece in value.split(separator: ";") {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard trimmed.lowercased().hasPrefix(key + "=") else { continue }
            var result = String(trimmed.dropFirst(key.count + 1))
            if result.hasPrefix("\"") && result.hasSuffix("\"") && result.count >= 2 {
                result = String(result.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            return result
        }
        return nil
    }

    /// Finds the first occurrence of `needle` in `haystack` and returns its index. It scans with
    /// memchr(3), because uploads pass every byte through here.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        return haystack.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress else { return nil }
            let last = haystack.count - needle.count
            var index = 0
            while index <= last {
                guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return nil }
                let position = base.distance(to: UnsafeRawPointer(hit))
                if memcmp(hit, needle, needle.count) == 0 { return position }
                index = position + 1
            }
            return nil
        }
    }
}
