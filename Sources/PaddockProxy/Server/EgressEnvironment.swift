import PaddockRuntime

/// The environment variables that point sandbox processes at the proxy and the sandbox's trust
/// bundle, and hand them the credential placeholders.
public enum EgressEnvironment {
    /// The trust bundle inside the sandbox: the system's roots plus the sandbox CA.
    public static let bundlePath = SandboxPaths.tlsDirectory + "/ca-bundle.pem"
    /// The sandbox CA alone, for Node.js, which adds it to its built-in roots.
    public static let certificatePath = SandboxPaths.tlsDirectory + "/ca.pem"

    public static func variables(proxyAddress: String, credentials: [EgressCredential]) -> [String: String] {
        let url = "http://" + proxyAddress
        var variables: [String: String] = [
            "NO_PROXY": "localhost,127.0.0.1,::1", "no_proxy": "localhost,127.0.0.1,::1",
            "NODE_USE_ENV_PROXY": "1", "NODE_EXTRA_CA_CERTS": certificatePath,
        ]
        for name in ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"] {
            variables[name] = url
            variables[name.lowercased()] = url
        }
        for name in ["SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "GIT_SSL_CAINFO"] {
            variables[name] = bundlePath
        }
        for credential in credentials {
            variables[credential.key] = credential.placeholder
        }
        return variables
    }
}
