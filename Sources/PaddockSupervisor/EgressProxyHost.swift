@preconcurrency import Glibc
import CShim
import Foundation
import PaddockCore
import PaddockHTTP
import PaddockProxy
import PaddockRuntime
import Synchronization

/// The supervisor's side of egress: it loads `egress.json` from the sandbox directory, runs the
/// proxy in the sandbox's network namespace, and reloads the settings on the gateway's request.
///
/// Everything on the host is opened before the pivot into the sandbox's root (the sandbox
/// directory, the host's root for name lookups, the audit log), because afterwards only these
/// descriptors reach it.
final class EgressProxyHost: Sendable {
    /// The outcome of the latest load, the body of the egress routes.
    struct Status: Codable, Sendable {
        var revision: Int
        var status: String
        var error: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(revision, forKey: .revision)
            try container.encode(status, forKey: .status)
            try container.encode(error, forKey: .error)
        }
    }

    static let systemRoots = "/etc/ssl/certs/ca-certificates.crt"

    let layout: SandboxLayout
    let logger: Logger
    let authority: CertificateAuthority
    /// The variables every sandbox process gets.
    let environment: [String: String]
    private let directory: Int32
    private let hostRoot: Int32
    private let audit: AuditLog
    private let sandboxName: String
    private let initialRules: EgressRules
    private let state: Mutex<(proxy: EgressProxy?, status: Status)>

    /// Reads the settings, creates the sandbox CA and writes its trust bundle. Call it before the
    /// sandbox's root filesystem is built.
    init(configuration: SandboxConfiguration, logger: Logger) throws {
        let layout = SandboxLayout(directory: configuration.directory)
        self.layout = layout
        self.logger = logger
        sandboxName = configuration.name
        directory = try systemCall("open", subject: layout.directory) {
            open(layout.directory, CSH_O_PATH | O_DIRECTORY | O_CLOEXEC)
        }
        hostRoot = try systemCall("open", subject: "/") { open("/", CSH_O_PATH | O_DIRECTORY | O_CLOEXEC) }
        audit = try AuditLog.open(path: layout.auditLog, sandbox: configuration.name, logger: logger)
        authority = try CertificateAuthority(sandboxName: configuration.name)
        try Self.writeTrustBundle(authority.certificatePEM, to: layout.tls)

        var status = Status(revision: 0, status: "loaded", error: nil)
        var rules = EgressRules.denyAll
        var credentials: [EgressCredential] = []
        switch Self.read(directory: directory) {
        case .success(nil):
            logger.notice("no egress settings; the proxy allows nothing", ["path": layout.egressSettings])
        case .success(let settings?):
            credentials = settings.credentials
            do {
                rules = try EgressRules(settings: settings)
                status.revision = settings.revision
            } catch {
                status = Status(revision: settings.revision, status: "failed", error: error.description)
            }
        case .failure(let error):
            status = Status(revision: 0, status: "failed", error: error.description)
        }
        initialRules = rules
        environment = EgressEnvironment.variables(proxyAddress: SandboxPaths.proxyAddress, credentials: credentials)
        state = Mutex((nil, status))
    }

    /// Starts the proxy on `SandboxPaths.proxyAddress` inside `network`.
    func start(network: NetworkNamespace) throws {
        guard let (host, port) = Self.split(SandboxPaths.proxyAddress) else { return }
        let proxy = EgressProxy(
            configuration: EgressProxyConfiguration(
                sandboxName: sandboxName, listenAddress: .tcp(host: host, port: port), network: network,
                hostRoot: hostRoot, certificateAuthority: authority, logger: logger, audit: audit))
        proxy.apply(initialRules)
        try proxy.start()
        let status = state.withLock { state -> Status in
            state.proxy = proxy
            return state.status
        }
        recordLoad(status, reason: "start")
    }

    var status: Status { state.withLock { $0.status } }

    /// Reads `egress.json` again and puts it in force, or keeps the current rules when it is invalid.
    func reload() -> Status {
        guard let proxy = state.withLock({ $0.proxy }) else {
            return Status(revision: 0, status: "failed", error: "the egress proxy is not running yet; retry")
        }
        let outcome: Result<EgressRules, ProxyRulesError>
        switch Self.read(directory: directory) {
        case .success(let settings?):
            outcome = Result { () throws(ProxyRulesError) in
                let rules = try EgressRules(settings: settings)
                try proxy.rules.checkReload(to: rules)
                return rules
            }
        case .success(nil):
            outcome = .failure(ProxyRulesError("\(layout.egressSettings) does not exist; write it before reloading"))
        case .failure(let error):
            outcome = .failure(error)
        }
        let status: Status
        switch outcome {
        case .success(let rules):
            let closed = proxy.apply(rules)
            status = Status(revision: rules.revision, status: "loaded", error: nil)
            logger.info("egress settings reloaded", ["revision": String(rules.revision), "closed": String(closed)])
        case .failure(let error):
            status = Status(revision: proxy.rules.revision, status: "failed", error: error.description)
            logger.warning("egress settings rejected; the previous revision stays in force", ["error": error.description])
        }
        state.withLock { $0.status = status }
        recordLoad(status, reason: "reload")
        return status
    }

    private func recordLoad(_ status: Status, reason: String) {
        let message = status.status == "loaded"
            ? "egress revision \(status.revision) loaded (\(reason))"
            : "egress settings rejected (\(reason)): \(status.error ?? "")"
        audit.write(AuditRecord(
            time: "", kind: "policy", level: status.status == "loaded" ? "info" : "error", message: message,
            sandbox: sandboxName, decision: status.status == "loaded" ? "allow" : "deny", revision: status.revision))
    }

    /// Decodes `egress.json` through the sandbox directory's descriptor; nil when it is missing.
    private static func read(directory: Int32) -> Result<EgressSettings?, ProxyRulesError> {
        let descriptor = openat(directory, "egress.json", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return .success(nil) }
            return .failure(ProxyRulesError("cannot open egress.json: \(String(cString: strerror(errno)))"))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard let data = try? handle.readToEnd() ?? Data() else {
            return .failure(ProxyRulesError("cannot read egress.json"))
        }
        do {
            return .success(try JSONDecoder().decode(EgressSettings.self, from: data))
        } catch {
            return .failure(ProxyRulesError("egress.json is not valid egress settings: \(error)"))
        }
    }

    private static func writeTrustBundle(_ certificate: String, to directory: String) throws {
        let files = FileManager.default
        try files.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let roots = (try? String(contentsOfFile: systemRoots, encoding: .utf8)) ?? ""
        let bundle = roots + (roots.hasSuffix("\n") || roots.isEmpty ? "" : "\n") + certificate
        for (name, text) in [("ca.pem", certificate), ("ca-bundle.pem", bundle)] {
            let path = directory + "/" + name
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            try files.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        }
    }

    private static func split(_ address: String) -> (String, Int)? {
        guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]) else {
            return nil
        }
        return (String(address[..<colon]), port)
    }
}
