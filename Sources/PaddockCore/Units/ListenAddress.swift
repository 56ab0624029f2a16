/// A TCP address to listen on, written `HOST:PORT`, such as `127.0.0.1:7760` or `[::1]:7760`.
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    /// The host name or IP address, without brackets for IPv6.
    public let host: String
    /// The TCP port, 0 to 65535; 0 lets the kernel pick a free port.
    public let port: UInt16

    /// The gateway's default address: loopback only, port 7760.
    public static let gatewayDefault = ListenAddress(host: "127.0.0.1", port: 7760)

    /// The format that `parse(_:)` expects, for error messages and help text.
    public static let expectedFormat =
        "HOST:PORT with a port from 0 to 65535 (0 picks a free port), such as 127.0.0.1:7760 or [::1]:7760"

    /// Creates an address without checking it. Use `parse(_:)` for text from a person.
    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`, with an IPv6 host in brackets.
    ///
    /// - Throws: `PaddockError` with code `invalidArgument` for a missing host or port, or a port that
    ///   is not a number from 0 to 65535. The message shows `text`.
    public static func parse(_ text: String) throws(PaddockError) -> ListenAddress {
        func invalid(_ reason: String) -> PaddockError {
            PaddockError(.invalidArgument, "invalid listen address '\(text)': \(reason)")
        }

        guard let colon = text.lastIndex(of: ":") else {
            throw invalid("expected \(expectedFormat)")
        }
        var host = String(text[..<colon])
        let portText = String(text[text.index(after: colon)...])
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
        } else if host.contains(":") {
            throw invalid("put an IPv6 address in brackets, such as [::1]:7760")
        }
        guard !host.isEmpty, !host.contains(where: { $0 == " " || $0 == "/" || $0 == "[" || $0 == "]" }) else {
            throw invalid("expected \(expectedFormat)")
        }
        let isNumeric = !portText.isEmpty && portText.allSatisfy { $0.isASCII && $0.isNumber }
        guard isNumeric, let port = Int(portText), (0...65535).contains(port) else {
            throw invalid("the port must be a number from 0 to 65535")
        }
        return ListenAddress(host: host, port: UInt16(port))
    }

    /// Whether the host is a loopback address or `localhost`, reachable only from this machine.
    public var isLoopback: Bool {
        if host == "localhost" || host == "::1" {
            return true
        }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }

    /// The address as `HOST:PORT`, with brackets around an IPv6 host.
    public var description: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
