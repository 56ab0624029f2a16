import PaddockCore
import PaddockPolicy

/// Checks the names, keys, values and endpoints of provider requests before anything is stored.
enum ProviderValidation {
    /// The prefix of every placeholder. A secret may not start with it, or the proxy would take
    /// the secret for a placeholder.
    static let placeholderPrefix = "paddock-cred-"
    /// The largest secret value accepted, in bytes.
    static let maxValueBytes = 64 * 1024

    static func validateName(_ name: String) throws {
        guard SandboxName.isValid(name) else {
            throw PaddockError(
                .invalidArgument,
                "invalid provider name '\(name)': a name is a DNS label of at most 63 lowercase letters, digits "
                    + "and '-', such as github")
        }
    }

    /// Checks every credential. The error names the key, never the value.
    static func validateCredentials(_ credentials: [String: String], provider: String) throws {
        for key in credentials.keys.sorted() {
            try validateKey(key, provider: provider)
            let value = credentials[key]!
            if value.isEmpty {
                throw PaddockError(
                    .invalidArgument, "credential \(key) of provider '\(provider)' is empty; give it a value")
            }
            if value.utf8.count > maxValueBytes {
                throw PaddockError(
                    .invalidArgument,
                    "credential \(key) of provider '\(provider)' is \(value.utf8.count) bytes; the limit is "
                        + "\(maxValueBytes)")
            }
            if value.utf8.contains(where: { $0 == 0 || $0 == 0x0A || $0 == 0x0D }) {
                throw PaddockError(
                    .invalidArgument,
                    "credential \(key) of provider '\(provider)' contains a NUL, CR or LF byte, which cannot go "
                        + "into an HTTP header; remove it")
            }
            if value.hasPrefix(placeholderPrefix) {
                throw PaddockError(
                    .invalidArgument,
                    "credential \(key) of provider '\(provider)' starts with '\(placeholderPrefix)', which marks "
                        + "placeholders; pass the real secret")
            }
        }
    }

    static func validateKey(_ key: String, provider: String) throws {
        guard EnvironmentAssignment.isValidKey(key) else {
            throw PaddockError(
                .invalidArgument,
                "invalid credential key '\(key)' in provider '\(provider)': a key is an environment variable "
                    + "name, starting with a letter or '_' and containing only letters, digits and '_'")
        }
    }

    /// Checks endpoints of the form `HOST` or `HOST:PORT`, where HOST is a host name, a wildcard such
    /// as `*.example.com`, or an IPv4 address.
    static func validateEndpoints(_ endpoints: [String], provider: String) throws {
        for endpoint in endpoints {
            let (host, port) = split(endpoint)
            if let port {
                guard let number = Int(port), (1...65535).contains(number) else {
                    throw PaddockError(
                        .invalidArgument,
                        "invalid endpoint '\(endpoint)' in provider '\(provider)': the port must be a number from "
                            + "1 to 65535")
                }
            }
            do {
                _ = try HostPattern(host)
            } catch {
                throw PaddockError(
                    .invalidArgument, "invalid endpoint '\(endpoint)' in provider '\(provider)': \(error)")
            }
        }
    }

    /// Splits `HOST:PORT` at its last colon. A host without a colon has no port.
    static func split(_ endpoint: String) -> (host: String, port: String?) {
        guard let colon = endpoint.lastIndex(of: ":") else { return (endpoint, nil) }
        return (String(endpoint[..<colon]), String(endpoint[endpoint.index(after: colon)...]))
    }
}
