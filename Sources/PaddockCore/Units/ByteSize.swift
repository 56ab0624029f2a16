/// A number of bytes parsed from text such as `512M` or `1.5G`, as given to `--memory`.
///
/// Units are powers of 1024: `B`, `K` (`KB`, `KiB`), `M`, `G` and `T`, in either case. A decimal
/// number is allowed, and a fraction of a byte is rounded down. The value must be at least one byte
/// and at most `Int64.max`, the largest size that JSON clients and SQLite store exactly.
public struct ByteSize: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The size in bytes, always at least 1.
    public let bytes: Int64

    /// Creates a size of `bytes` bytes. Use `parse(_:quantity:)` for text from a person.
    public init(bytes: Int64) {
        self.bytes = bytes
    }

    /// The format that `parse(_:quantity:)` expects, for error messages and help text.
    public static let expectedFormat = "a number with an optional unit B, K, M, G or T, such as 512M"

    private static let units: [(suffixes: [String], multiplier: Int64)] = [
        (["", "b"], 1),
        (["k", "kb", "kib"], 1 << 10),
        (["m", "mb", "mib"], 1 << 20),
        (["g", "gb", "gib"], 1 << 30),
        (["t", "tb", "tib"], 1 << 40),
    ]

    /// Parses a size such as `512M`, `1.5G` or `4096`.
    ///
    /// - Parameters:
    ///   - text: The size as a person wrote it, without spaces.
    ///   - quantity: What the size measures, used in the error message (`memory size`).
    /// - Throws: `PaddockError` with code `invalidArgument` for an empty, negative, zero, malformed
    ///   or too large size, or an unknown unit. The message shows `text` and the expected format.
    public static func parse(_ text: String, quantity: String = "memory size") throws(PaddockError) -> ByteSize {
        func invalid(_ reason: String) -> PaddockError {
            PaddockError(.invalidArgument, "invalid \(quantity) '\(text)': \(reason)")
        }

        if text.hasPrefix("-") {
            throw invalid("the size must be greater than zero")
        }
        let numberPart = String(text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") })
        let suffix = String(text.dropFirst(numberPart.count)).lowercased()
        guard let number = DecimalNumber(numberPart),
            let multiplier = units.first(where: { $0.suffixes.contains(suffix) })?.multiplier
        else {
            throw invalid("expected \(expectedFormat)")
        }

        guard let bytes = number.multiplied(by: multiplier) else {
            throw invalid("the size must be at most \(ByteSize(bytes: .max)) (\(Int64.max) bytes)")
        }
        guard bytes > 0 else {
            throw invalid("the size must be greater than zero")
        }
        return ByteSize(bytes: bytes)
    }

    /// The size in the largest binary unit that keeps it readable, such as `512MiB` or `1.5GiB`.
    public var description: String {
        let names = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var unitIndex = 0
        var divisor: Int64 = 1
        while unitIndex + 1 < names.count, bytes / divisor >= 1024 {
            unitIndex += 1
            divisor <<= 10
        }
        if bytes % divisor == 0 {
            return "\(bytes / divisor)\(names[unitIndex])"
        }
        let tenths = Int64((Double(bytes) / Double(divisor) * 10).rounded(.down))
        return "\(tenths / 10).\(tenths % 10)\(names[unitIndex])"
    }

    public static func < (lhs: ByteSize, rhs: ByteSize) -> Bool { lhs.bytes < rhs.bytes }
}
