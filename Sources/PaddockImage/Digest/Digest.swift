import PaddockCore

/// A content digest as OCI writes it: `sha256:` followed by 64 lowercase hex digits.
///
/// Only sha256 is accepted, because it is the one algorithm that registries and image builders
/// use in practice and the only one the blob store lays out on disk.
public struct Digest: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    /// The 64 lowercase hex digits after `sha256:`.
    public let hex: String

    public init(hex: String) throws {
        guard hex.utf8.count == 64, hex.utf8.allSatisfy(Digest.isLowercaseHexDigit) else {
            throw PaddockError(
                .invalidArgument, "digest hex '\(hex)' is not 64 lowercase hex digits")
        }
        self.hex = hex
    }

    /// Parses `sha256:<64 hex digits>`.
    public init(parsing text: String) throws {
        guard text.hasPrefix("sha256:") else {
            throw PaddockError(
                .invalidArgument, "digest '\(text)' is not of the form sha256:<64 hex digits>")
        }
        do {
            try self.init(hex: String(text.dropFirst("sha256:".count)))
        } catch {
            throw PaddockError(
                .invalidArgument, "digest '\(text)' is not of the form sha256:<64 hex digits>")
        }
    }

    public var description: String { "sha256:\(hex)" }

    /// The first 12 hex digits, as image listings show them.
    public var shortHex: String { String(hex.prefix(12)) }

    public static func < (lhs: Digest, rhs: Digest) -> Bool { lhs.hex < rhs.hex }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        try self.init(parsing: try container.decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func isLowercaseHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}
