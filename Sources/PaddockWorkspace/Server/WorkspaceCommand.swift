import Foundation
import Glibc
import PaddockCore
import PaddockHTTP

/// The hidden `paddock __workspace` role: the workspace server of one sandbox, which speaks the AIO
/// Sandbox API. The supervisor starts it as the sandbox user inside the sandbox's isolation.
public enum WorkspaceCommand {
    public static let roleName = "__workspace"

    /// Runs the server until SIGTERM or SIGINT; returns the process's exit code.
    ///
    /// Arguments: `--socket PATH` (a Unix socket), `--listen HOST:PORT` (a TCP address, may repeat),
    /// `--workspace DIR` (default: the current directory) and `--version TEXT`.
    public static func run(arguments: [String]) -> Int32 {
        let logger = Logger(label: "workspace")
        var listeners: [SocketAddress] = []
        var workspace = FileManager.default.currentDirectoryPath
        // The AIO API version the server implements, unless the caller names its own.
        var version = "1.9.4"
        var index = 0
        while index < arguments.count {
            let option = arguments[index]
            guard index + 1 < arguments.count else {
                logger.error("workspace option needs a value", ["option": option])
                return 64
            }
            let value = arguments[index + 1]
            switch option {
            case "--socket":
                listeners.append(.unix(path: value))
            case "--listen":
                guard let address = try? ListenAddress.parse(value) else {
                    logger.error("invalid --listen address; use HOST:PORT", ["value": value])
                    return 64
                }
                listeners.append(.tcp(host: address.host, port: Int(address.port)))
            case "--workspace":
                workspace = value
            case "--version":
                version = value
            default:
                logger.error("unknown workspace option", ["option": option])
                return 64
            }
            index += 2
        }
        guard !listeners.isEmpty else {
            logger.error("the workspace server needs --socket or --listen")
            return 64
        }

        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        // A client that disconnects must not kill the server through a write to its socket.
        signal(SIGPIPE, SIG_IGN)

        let context = WorkspaceContext(workspace: workspace, logger: logger, version: version)
        let router = WorkspaceRouter(routes: WorkspaceRoutes.all(context))
        var bodyLimits = HTTPLimits()
        bodyLimits.maxBodyBytes = .max
        let limits = bodyLimits
        let makeServer: @Sendable ([SocketAddress]) -> HTTPServer = { addresses in
            let configuration = HTTPServerConfiguration(
                listeners: addresses, unixSocketMode: 0o600, limits: limits, logger: logger)
            return HTTPServer(configuration: configuration) { request, requestContext in
                router.handle(request, requestContext)
            }
        }
        // Each Unix socket gets its own server, so that one whose file a sandbox process removed
        // can be served again without touching the others.
        var servers: [HTTPServer] = []
        var keepers: [UnixSocketKeeper] = []
        let tcpListeners = listeners.filter { if case .unix = $0 { false } else { true } }
        do {
            for case .unix(let path) in listeners {
                let keeper = UnixSocketKeeper(path: path, logger: logger) { makeServer([.unix(path: path)]) }
                try keeper.start()
                keepers.append(keeper)
            }
            if !tcpListeners.isEmpty {
                let server = makeServer(tcpListeners)
                try server.start()
                servers.append(server)
            }
        } catch {
            logger.error("workspace server failed to start", ["error": "\(error)"])
            keepers.forEach { $0.stop() }
            servers.forEach { $0.stop() }
            return 1
        }
        logger.info("workspace server started", ["workspace": workspace, "pid": String(getpid())])
        var received: Int32 = 0
        while sigwait(&signals, &received) != 0 {}
        logger.info("workspace server stopping", ["signal": String(received)])
        keepers.forEach { $0.stop() }
        servers.forEach { $0.stop() }
        return 0
    }
}
