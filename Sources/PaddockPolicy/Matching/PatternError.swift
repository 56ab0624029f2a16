/// An invalid glob, host pattern or address: the text and the reason it was rejected.
public struct PatternError: Error, CustomStringConvertible, Sendable, Equatable {
    public let pattern: String
    public let reason: String

    public init(pattern: String, reason: String) {
        self.pattern = pattern
        self.reason = reason
    }

    public var description: String {
        "invalid pattern \(YAMLNode.quote(pattern)): \(reason)"
    }
}
