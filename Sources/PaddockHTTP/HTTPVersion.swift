/// An HTTP protocol version such as 1.1.
public struct HTTPVersion: Sendable, Hashable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    public static let http1_0 = HTTPVersion(major: 1, minor: 0)
    public static let http1_1 = HTTPVersion(major: 1, minor: 1)

    /// Whether a connection stays open after a message by default (HTTP/1.1 and later 1.x).
    public var keepsAliveByDefault: Bool { major == 1 && minor >= 1 }

    /// The version as it appears on the wire, such as `HTTP/1.1`.
    public var description: String { "HTTP/\(major).\(minor)" }
}
