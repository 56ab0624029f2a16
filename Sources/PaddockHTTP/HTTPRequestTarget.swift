/// A request target split into its parts (RFC 9112, section 3.2), with the path and query decoded.
public struct HTTPRequestTarget: Sendable, Equatable {
    /// The four shapes a request target may take.
    public enum Form: Sendable, Equatable {
        /// `/path?query`, the usual form.
        case origin
        /// `http://host/path?query`, sent to proxies.
        case absolute
        /// `host:port`, only with CONNECT.
        case authority
        /// `*`, only with OPTIONS.
        case asterisk
    }

    /// The target exactly as it appeared on the request line.
    public let raw: String
    public let form: Form
    /// The path as sent, still percent-encoded; empty for the authority and asterisk forms.
    public let rawPath: String
    /// The path with percent-encoding decoded. Because `%2F` decodes to `/`, route on `rawPath` where
    /// that distinction matters.
    public let path: String
    /// The text after `?`, still encoded, or nil when there is no `?`.
    public let rawQuery: String?
    /// The query as `application/x-www-form-urlencoded` pairs, decoded, in order.
    public let queryItems: [HTTPQueryItem]
    /// The `host[:port]` of the absolute and authority forms, nil otherwise.
    public let authority: String?

    /// Parses and checks a target for a request with `method`.
    public static func parse(_ raw: String, method: String) throws(HTTPParseError) -> HTTPRequestTarget {
        let bytes = Array(raw.utf8)
        guard let first = bytes.first else { throw invalid(raw, "the target is empty") }
        if let index = bytes.firstIndex(where: { !HTTPByte.isTargetCharacter($0) || $0 == 0x23 }) {
            throw invalid(raw, "byte \(HTTPByte.describe(bytes[index])) is not allowed in a target")
        }

        if method == "CONNECT" {
            return try parseAuthorityForm(raw, bytes)
        }
        if first == 0x2F {
            return try parseOriginForm(raw, bytes, from: 0, form: .origin, authority: nil)
        }
        if bytes == [0x2A] {
            guard method == "OPTIONS" else {
                throw invalid(raw, "the asterisk form is only allowed with OPTIONS")
            }
            return HTTPRequestTarget(
                raw: raw, form: .asterisk, rawPath: "", path: "", rawQuery: nil, queryItems: [], authority: nil)
        }
        return try parseAbsoluteForm(raw, bytes)
    }

    private static func parseOriginForm(
        _ raw: String, _ bytes: [UInt8], from start: Int, form: Form, authority: String?
    ) throws(HTTPParseError) -> HTTPRequestTarget {
        let queryStart = bytes[start...].firstIndex(of: 0x3F)
        let pathBytes = bytes[start..<(queryStart ?? bytes.count)]
        let rawPath = pathBytes.isEmpty ? "/" : String(decoding: pathBytes, as: UTF8.self)
        guard let path = PercentDecoding.decode(rawPath, plusAsSpace: false), !path.utf8.contains(0) else {
            throw invalid(raw, "the path has an invalid percent-encoding, NUL or non-UTF-8 sequence")
        }

        var rawQuery: String?
        var items: [HTTPQueryItem] = []
        if let queryStart {
            let query = String(decoding: bytes[(queryStart + 1)...], as: UTF8.self)
            guard let decoded = PercentDecoding.decodeQuery(query) else {
                throw invalid(raw, "the query has an invalid percent-encoding or non-UTF-8 sequence")
            }
            rawQuery = query
            items = decoded
        }
        return HTTPRequestTarget(
            raw: raw, form: form, rawPath: rawPath, path: path, rawQuery: rawQuery, queryItems: items,
            authority: authority)
    }

    private static func parseAbsoluteForm(_ raw: String, _ bytes: [UInt8]) throws(HTTPParseError) -> HTTPRequestTarget {
        guard let colon = bytes.firstIndex(of: HTTPByte.colon), colon > 0, isScheme(bytes[0..<colon]),
            bytes.count >= colon + 3, bytes[colon + 1] == 0x2F, bytes[colon + 2] == 0x2F
        else {
            throw invalid(raw, "expected an origin-form path starting with / or an absolute URI such as http://host/")
        }
        let authorityStart = colon + 3
        let authorityEnd = bytes[authorityStart...].firstIndex { $0 == 0x2F || $0 == 0x3F } ?? bytes.count
        guard authorityEnd > authorityStart else { throw invalid(raw, "the absolute URI has no host") }
        let authority = String(decoding: bytes[authorityStart..<authorityEnd], as: UTF8.self)
        return try parseOriginForm(raw, bytes, from: authorityEnd, form: .absolute, authority: authority)
    }

    private static func parseAuthorityForm(_ raw: String, _ bytes: [UInt8]) throws(HTTPParseError) -> HTTPRequestTarget
    {
        guard let colon = bytes.lastIndex(of: HTTPByte.colon), colon > 0 else {
            throw invalid(raw, "CONNECT needs a target of the form host:port")
        }
        let port = bytes[(colon + 1)...]
        guard !port.isEmpty, port.count <= 5, port.allSatisfy(HTTPByte.isDigit),
            let number = Int(String(decoding: port, as: UTF8.self)), number <= 65535
        else {
            throw invalid(raw, "CONNECT needs a decimal port from 0 to 65535 after the colon")
        }
        guard isHost(bytes[0..<colon]) else {
            throw invalid(raw, "CONNECT needs a host name, an IPv4 address or a bracketed IPv6 address")
        }
        return HTTPRequestTarget(
            raw: raw, form: .authority, rawPath: "", path: "", rawQuery: nil, queryItems: [], authority: raw)
    }

    private static func isScheme(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, isLetter(first) else { return false }
        return bytes.allSatisfy { isLetter($0) || HTTPByte.isDigit($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E }
    }

    private static func isHost(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first == 0x5B {
            guard bytes.count > 2, bytes.last == 0x5D else { return false }
            return bytes.dropFirst().dropLast().allSatisfy {
                HTTPByte.hexValue($0) != nil || $0 == HTTPByte.colon || $0 == 0x2E
            }
        }
        // reg-name and IPv4address: unreserved, sub-delims and percent-encoded bytes (RFC 3986).
        return bytes.allSatisfy { byte in
            isLetter(byte) || HTTPByte.isDigit(byte) || Array("-._~%!$&'()*+,;=".utf8).contains(byte)
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private static func invalid(_ raw: String, _ reason: String) -> HTTPParseError {
        HTTPParseError(.invalidTarget, "invalid request target \"\(raw.prefix(128))\": \(reason)")
    }
}

/// One `name=value` pair of a query string, decoded.
public struct HTTPQueryItem: Sendable, Hashable {
    public var name: String
    /// The value, or nil for a bare `name` without `=`.
    public var value: String?

    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }
}
