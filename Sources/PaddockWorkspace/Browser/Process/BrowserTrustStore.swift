import Foundation
import PaddockCore
import PaddockRuntime

/// Adds the sandbox's egress CA to the NSS database that Chromium reads (`$HOME/.pki/nssdb`), so
/// that pages fetched through an inspecting proxy verify. Chromium on Linux ignores
/// `SSL_CERT_FILE`.
enum BrowserTrustStore {
    /// The directory where the supervisor puts the sandbox's CA files.
    static let sandboxTLSDirectory = "/.paddock/tls/"
    static let nickname = "paddock-egress"

    /// Returns the sandbox CA certificate alone: the `ca.pem` beside the `SSL_CERT_FILE` bundle when
    /// that bundle lies in the sandbox's TLS directory, else nil.
    static func certificate(in environment: [String: String], exists: (String) -> Bool) -> String? {
        guard let bundle = environment["SSL_CERT_FILE"], bundle.hasPrefix(sandboxTLSDirectory) else { return nil }
        let certificate = (bundle as NSString).deletingLastPathComponent + "/ca.pem"
        return exists(certificate) ? certificate : nil
    }

    /// Creates the database and imports `certificate` as a trusted CA. Failures are logged, not
    /// thrown: the browser still works for plain HTTP and for hosts the proxy does not inspect.
    static func install(
        certificate: String, database: String, environment: [String: String], logger: Logger
    ) {
        guard let certutil = findCertutil(environment) else {
            logger.warning(
                "certutil not found; HTTPS through the inspecting egress proxy will fail in the browser "
                    + "(install libnss3-tools in the image)", ["certificate": certificate])
            return
        }
        let steps = [
            [certutil, "-d", "sql:" + database, "-N", "--empty-password"],
            [certutil, "-d", "sql:" + database, "-A", "-t", "C,,", "-n", nickname, "-i", certificate],
        ]
        for arguments in steps {
            let status = run(arguments, environment: environment)
            guard status == .exited(0) else {
                logger.warning(
                    "certutil failed; HTTPS through the inspecting egress proxy will fail in the browser",
                    ["command": arguments.joined(separator: " "), "status": status.map { "\($0)" } ?? "not started"])
                return
            }
        }
        logger.info("egress CA added to the browser's trust store", ["database": database])
    }

    private static func findCertutil(_ environment: [String: String]) -> String? {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        let directories = path.split(separator: ":").map(String.init) + ["/usr/bin"]
        return directories.map { $0 + "/certutil" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func run(_ arguments: [String], environment: [String: String]) -> ExitStatus? {
        var request = SpawnRequest(executable: arguments[0], arguments: arguments, environment: environment)
        request.newSession = true
        return try? ProcessReaper.shared.spawnAndWait { try ProcessSpawner.spawn(request) }.status
    }
}
