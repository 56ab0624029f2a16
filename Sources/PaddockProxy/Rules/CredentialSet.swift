import PaddockPolicy
import PaddockRuntime

/// The providers' placeholders and secrets, with the destinations each provider is bound to.
///
/// Secrets stay in this value; nothing here logs or prints them.
public struct CredentialSet: Sendable {
    /// One placeholder and the secret it stands for.
    public struct Entry: Sendable {
        public let provider: String
        public let key: String
        public let placeholder: String
        let secret: String
    }

    /// A destination that a provider's secrets may be sent to: a host pattern and an optional port.
    struct Binding: Sendable {
        let host: HostPattern
        let port: Int?

        func matches(host candidate: String, port candidatePort: Int) -> Bool {
            if let port, port != candidatePort { return false }
            return host.matches(candidate)
        }
    }

    /// Every placeholder, longest first, so that one placeholder that contains another is replaced whole.
    public let entries: [Entry]
    private let bindings: [String: [Binding]]

    /// The shortest placeholder accepted; shorter ones could match ordinary text by chance.
    static let minimumPlaceholderLength = 16

    init(credentials: [EgressCredential]) throws(ProxyRulesError) {
        var entries: [Entry] = []
        var bindings: [String: [Binding]] = [:]
        var seen: Set<String> = []
        for (index, credential) in credentials.enumerated() {
            let field = "credentials[\(index)]"
            guard credential.placeholder.utf8.count >= Self.minimumPlaceholderLength else {
                throw ProxyRulesError(
                    "\(field).placeholder: a placeholder needs at least \(Self.minimumPlaceholderLength) characters")
            }
            guard seen.insert(credential.placeholder).inserted else {
                throw ProxyRulesError("\(field).placeholder: the placeholder is used twice; make each unique")
            }
            guard !credential.value.isEmpty else {
                throw ProxyRulesError("\(field).value: the secret of \(credential.key) is empty")
            }
            entries.append(
                Entry(provider: credential.provider, key: credential.key, placeholder: credential.placeholder,
                    secret: credential.value))
            for (position, text) in credential.endpoints.enumerated() {
                bindings[credential.provider, default: []].append(
                    try Self.parseBinding(text, field: "\(field).endpoints[\(position)]"))
            }
        }
        self.entries = entries.sorted { $0.placeholder.utf8.count > $1.placeholder.utf8.count }
        self.bindings = bindings
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Returns whether `provider`'s secrets may be sent to `host` and `port`: one of its endpoints
    /// matches, or the policy endpoint names it in `credential_binding`.
    public func isBound(_ provider: String, host: String, port: Int, endpoint: CompiledEndpoint?) -> Bool {
        if endpoint?.endpoint.credentialBinding?.provider == provider { return true }
        return bindings[provider]?.contains { $0.matches(host: host, port: port) } ?? false
    }

    /// Returns the providers whose secrets may be sent to `host` and `port`.
    public func providersBound(host: String, port: Int, endpoint: CompiledEndpoint?) -> [String] {
        Set(entries.map(\.provider)).sorted().filter { isBound($0, host: host, port: port, endpoint: endpoint) }
    }

    /// Returns the placeholders that occur in `text`.
    public func placeholders(in text: String) -> [Entry] {
        guard !entries.isEmpty, !text.isEmpty else { return [] }
        return entries.filter { text.contains($0.placeholder) }
    }

    /// Returns the placeholders that occur anywhere in `bytes`.
    public func placeholders(in bytes: [UInt8]) -> [Entry] {
        guard !entries.isEmpty, !bytes.isEmpty else { return [] }
        return entries.filter { entry in
            let needle = Array(entry.placeholder.utf8)
            return bytes.withUnsafeBufferPointer { Self.contains($0, needle) }
        }
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }

    private static func parseBinding(_ text: String, field: String) throws(ProxyRulesError) -> Binding {
        var host = text
        var port: Int?
        if let colon = text.lastIndex(of: ":"), !text.hasSuffix("]"), text.filter({ $0 == ":" }).count == 1 {
            guard let number = Int(text[text.index(after: colon)...]), (1...65535).contains(number) else {
                throw ProxyRulesError("\(field): \"\(text)\" has an invalid port; use host or host:port")
            }
            host = String(text[..<colon])
            port = number
        }
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
        }
        do {
            return Binding(host: try HostPattern(host), port: port)
        } catch {
            throw ProxyRulesError("\(field): \(error)")
        }
    }
}
