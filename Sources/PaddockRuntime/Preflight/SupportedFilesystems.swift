import Foundation

/// The filesystem types that the running kernel supports, from `/proc/filesystems`.
struct SupportedFilesystems: Sendable, Equatable {
    var names: Set<String>

    /// Parses lines such as `nodev\ttmpfs` and `\text4`: the type is the last field.
    init(_ text: String) {
        names = Set(text.split(separator: "\n").compactMap { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).last.map(String.init)
        })
    }

    /// Reads `/proc/filesystems`; the set is empty when it cannot be read.
    static func readSystem() -> SupportedFilesystems {
        SupportedFilesystems((try? String(contentsOfFile: "/proc/filesystems", encoding: .utf8)) ?? "")
    }

    func contains(_ name: String) -> Bool { names.contains(name) }
}
