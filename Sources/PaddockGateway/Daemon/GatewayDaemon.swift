import Foundation
import Glibc
import PaddockCore
import PaddockHTTP
import PaddockRuntime
import PaddockImage
import PaddockStore

/// The gateway daemon in the foreground: preflight, state, re-adoption, the REST API, TTL reaping.
public final class GatewayDaemon: Sendable {
    public static let version = "0.1.0"
    /// How often expired sandboxes and vanished supervisors are looked for.
    static let reapInterval: Double = 1

    let paths: GatewayPaths
    let listen: ListenAddress
    let logger = Logger(label: "gateway")

    public init(stateDirectory: String, listen: ListenAddress) {
        self.paths = GatewayPaths(stateDirectory: stateDirectory)
        self.listen = listen
    }

    /// Runs until SIGTERM or SIGINT; returns the exit code.
    public func run() -> Int32 {
        Self.blockStopSignals()
        do {
            let server = try start()
            let signal = Self.waitForStopSignal()
            logger.info("gateway stopping", ["signal": String(signal)])
            server.stop()
            removeRuntimeFiles()
            logger.info("gateway stopped; sandboxes keep running and are re-adopted on the next start")
            return 0
        } catch {
            logger.error("gateway failed to start", ["error": "\(error)"])
            FileHandle.standardError.write(Data("error: \((error as? PaddockError)?.message ?? "\(error)")\n".utf8))
            removeRuntimeFiles()
            return 1
        }
    }

    private func start() throws -> HTTPServer {
        try paths.prepareStateDirectory()
        let report = Preflight.run(scratchDirectory: paths.stateDirectory)
        guard report.isolationReady else {
            throw PaddockError(.failedPrecondition, "this host cannot isolate sandboxes: \(report.failureMessage ?? "see paddock doctor")")
        }
        let store = try Store.open(path: paths.database)
        let token = try TokenFile.loadOrCreate(at: paths.token)
        let sealer = try AESGCMSealer(key: try SecretsKeyFile.loadOrCreate(at: paths.secretsKey))
        let images = try ImageStore(stateDirectory: paths.stateDirectory, database: store, logger: logger)
        let manager = SandboxManager(
            store: store, stateDirectory: paths.stateDirectory, executablePath: try Self.executablePath(),
            cgroupVersion: Self.cgroupVersion(report.cgroupLayout), logger: logger, sealer: sealer, images: images)
        images.pinLayers { [weak manager] in manager?.layersInUse() ?? [] }
        manager.adopt()

        let routes = GatewayRoutes(manager: manager, token: token, version: Self.version) {
            Preflight.run(scratchDirectory: self.paths.stateDirectory)
        }
        var limits = HTTPLimits()
        limits.maxBodyBytes = 4 * 1024 * 1024
        let configuration = HTTPServerConfiguration(
            listeners: [.tcp(host: listen.host, port: Int(listen.port)), .unix(path: paths.socket)],
            unixSocketMode: 0o600, limits: limits, logger: logger, parseErrorRenderer: HTTPServerConfiguration.jsonErrors)
        let server = HTTPServer(configuration: configuration) { request, context in
            try routes.handle(request, context)
        }
        try server.start()
        try writeEndpointFile(server)
        startReaper(manager)
        logger.info("gateway started", [
            "listen": server.boundAddresses.map(\.description).joined(separator: ","), "state": paths.stateDirectory,
            "pid": String(getpid()),
        ])
        if !listen.isLoopback {
            logger.warning("gateway listens on a non-loopback address; anyone who can reach it and has the token controls every sandbox", ["listen": listen.description])
        }
        return server
    }

    private func writeEndpointFile(_ server: HTTPServer) throws {
        var url = "http://\(listen.host):\(listen.port)"
        for address in server.boundAddresses {
            if case .tcp(let host, let port) = address {
                url = host.contains(":") ? "http://[\(host)]:\(port)" : "http://\(host):\(port)"
            }
        }
        let endpoint = ["url": url, "socket": "unix://" + paths.socket, "pid": String(getpid())]
        let data = try JSONSerialization.data(withJSONObject: endpoint, options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: paths.endpointFile), options: .atomic)
        try "\(getpid())\n".write(toFile: paths.pidFile, atomically: true, encoding: .utf8)
    }

    private func removeRuntimeFiles() {
        for path in [paths.endpointFile, paths.pidFile, paths.socket] {
            unlink(path)
        }
    }

    private func startReaper(_ manager: SandboxManager) {
        let thread = Thread {
            while true {
                Thread.sleep(forTimeInterval: Self.reapInterval)
                manager.reapExpired()
                manager.checkSupervisors()
                manager.auditIngester.ingestAll()
            }
        }
        thread.name = "paddock-housekeeping"
        thread.start()
    }

    static func cgroupVersion(_ layout: CgroupLayout) -> CgroupPlacement.Version? {
        switch layout {
        case .v2: return .v2
        case .v1, .hybrid: return .v1
        case .unavailable: return nil
        }
    }

    /// The gateway's own executable, which every supervisor runs and every sandbox gets read-only.
    static func executablePath() throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else {
            throw PaddockError(.internal, "cannot find the paddock executable", cause: SystemCallError("readlink", errno: errno, subject: "/proc/self/exe"))
        }
        buffer[count] = 0
        return String(cString: buffer)
    }

    static func blockStopSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
    }

    static func waitForStopSignal() -> Int32 {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        var received: Int32 = 0
        while sigwait(&signals, &received) != 0 {}
        return received
    }
}
