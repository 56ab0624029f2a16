import Foundation

/// A registry user name and password for basic auth or for requesting a bearer token.
///
/// `description` never shows the password, so credentials are safe to interpolate into logs.
public struct RegistryCredentials: Sendable, CustomStringConvertible {
    public var username: String
    public var password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }

    public var description: String { "\(username):<redacted>" }

    /// The value of an `Authorization: Basic ...` field.
    var basicAuthorization: String {
        "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }
}

/// How to reach a registry.
public struct RegistryOptions: Sendable {
    public var credentials: RegistryCredentials?
    /// PEM text of the CA certificates that signed the registry's certificate; nil trusts the
    /// system's. It is text, not a path, so that a gateway never opens files its clients name.
    public var caPEM: String?
    /// Speak plain HTTP instead of HTTPS, for a registry on loopback without TLS.
    public var plainHTTP: Bool
    /// How many times to try each request that fails with a connection error or a 5xx status.
    public var attempts: Int
    /// The first wait between attempts; each later wait doubles.
    public var retryDelay: Duration
    public var platform: Platform
    /// How many layers to download at once.
    public var parallelDownloads: Int

    public init(
        credentials: RegistryCredentials? = nil, caPEM: String? = nil, plainHTTP: Bool = false, attempts: Int = 4,
        retryDelay: Duration = .milliseconds(500), platform: Platform = .host, parallelDownloads: Int = 3
    ) {
        self.credentials = credentials
        self.caPEM = caPEM
        self.plainHTTP = plainHTTP
        self.attempts = attempts
        self.retryDelay = retryDelay
        self.platform = platform
        self.parallelDownloads = parallelDownloads
    }
}
