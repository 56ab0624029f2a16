import Foundation

/// One line of `/proc/mounts` (the fstab format): source, mount point, filesystem type, options.
struct MountEntry: Sendable, Equatable {
    var source: String
    var mountPoint: String
    var type: String
    var options: [String]

    /// Parses the text of `/proc/mounts` or `/proc/self/mounts`, skipping malformed lines.
    static func parse(_ text: String) -> [MountEntry] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 4 else { return nil }
            return MountEntry(
                source: unescape(fields[0]), mountPoint: unescape(fields[1]), type: String(fields[2]),
                options: fields[3].split(separator: ",").map(String.init))
        }
    }

    /// Reads and parses the calling process's mount table.
    static func readSelf() -> [MountEntry] {
        guard let text = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return [] }
        return parse(text)
    }

    /// Decodes the kernel's three-digit octal escapes (`\040` for a space, `\011` for a tab,
    /// `\012` for a newline, `\134` for a backslash).
    static func unescape(_ field: Substring) -> String {
        guard field.contains("\\") else { return String(field) }
        var bytes: [UInt8] = []
        let utf8 = Array(field.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "\\"), index + 3 < utf8.count,
                let value = UInt8(String(decoding: utf8[(index + 1)...(index + 3)], as: UTF8.self), radix: 8)
            {
                bytes.append(value)
                index += 4
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
