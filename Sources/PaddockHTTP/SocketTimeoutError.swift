/// A socket operation that did not complete within its time limit.
public struct SocketTimeoutError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The operation that waited, such as `read` or `connect`.
    public let operation: String
    /// The peer or address involved.
    public let subject: String
    public let timeout: Duration

    public init(operation: String, subject: String, timeout: Duration) {
        self.operation = operation
        self.subject = subject
        self.timeout = timeout
    }

    public var description: String {
        "\(operation) on \(subject) timed out after \(timeout.formatted())"
    }
}

extension Duration {
    /// Formats the duration for messages, such as `1.5 s` or `250 ms`.
    func formatted() -> String {
        let milliseconds = Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
        if milliseconds >= 1000 {
            let seconds = milliseconds / 1000
            return seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
        }
        return "\(Int(milliseconds.rounded())) ms"
    }

    /// The duration in whole milliseconds for poll(2), rounded up so that a short wait is not zero.
    var pollMilliseconds: Int32 {
        if self <= .zero { return 0 }
        let milliseconds =
            components.seconds * 1000 + (components.attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }
}
