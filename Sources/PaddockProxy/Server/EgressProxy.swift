@preconcurrency import Glibc
import CShim
import Foundation
import PaddockCore
import PaddockHTTP
import PaddockRuntime
import Synchronization

/// The egress proxy of one sandbox: an HTTP proxy (CONNECT and absolute-form requests) that decides
/// every connection against the sandbox's network policies and records each decision.
///
/// The listening socket is created in the sandbox's network namespace and every upstream socket in
/// the host's, because a socket stays in the namespace it was created in. So the accept thread lives
/// in the sandbox's namespace, where it also looks up the client sockets that identify callers, and
/// each connection's thread moves to the host's namespace before it dials.
public final class EgressProxy: Sendable {
    let configuration: EgressProxyConfiguration
    let inspector: ProcessInspector
    let pinning: BinaryPinning
    let resolver: UpstreamResolver
    let connections = ActiveConnections()
    private let state = Mutex<(rules: EgressRules, listener: Socket?)>((EgressRules.denyAll, nil))
    private let upstreamTLS = Mutex<UpstreamTLSContext?>(nil)

    public init(configuration: EgressProxyConfiguration) {
        self.configuration = configuration
        inspector = ProcessInspector(root: configuration.procRoot)
        pinning = BinaryPinning(procRoot: configuration.procRoot)
        resolver = UpstreamResolver(hostRoot: configuration.hostRoot, logger: configuration.logger)
    }

    var logger: Logger { configuration.logger }
    var audit: AuditLog { configuration.audit }

    /// The rules in force.
    public var rules: EgressRules { state.withLock { $0.rules } }

    /// The number of open upstream connections.
    public var openConnections: Int { connections.count }

    /// Puts `rules` in force for new connections and requests, and closes open connections that
    /// they do not allow.
    /// - Returns: the number of connections closed.
    @discardableResult
    public func apply(_ rules: EgressRules) -> Int {
        state.withLock { $0.rules = rules }
        if rules.allowLoopbackUpstreams {
            logger.warning(
                "egress proxy may dial loopback upstreams; this is meant for tests only",
                ["revision": String(rules.revision)])
        }
        return connections.closeDisallowed(by: rules)
    }

    /// Returns the TLS context for upstream connections, rebuilt when the rules' extra CA changes.
    func upstreamTLSContext() throws -> UpstreamTLSContext {
        let extraCA = rules.extraCA
        if let context = upstreamTLS.withLock({ $0 }), context.extraCA == extraCA { return context }
        let context = try UpstreamTLSContext(extraCA: extraCA)
        upstreamTLS.withLock { $0 = context }
        return context
    }

    /// Starts listening and accepting on a thread of its own.
    /// - Returns: the bound address (useful with port 0).
    @discardableResult
    public func start() throws -> SocketAddress {
        let ready = DispatchSemaphore(value: 0)
        let outcome = Mutex<Result<SocketAddress, any Error>?>(nil)
        let thread = Thread { [self] in
            do {
                if let network = configuration.network {
                    try systemCall("setns", subject: "sandbox network namespace") {
                        csh_setns(network.sandbox, CSH_CLONE_NEWNET)
                    }
                }
                let listener = try Socket.listen(on: configuration.listenAddress, backlog: 1024)
                let address = try listener.localAddress()
                state.withLock { $0.listener = listener }
                outcome.withLock { $0 = .success(address) }
                ready.signal()
                acceptLoop(listener, port: address.port ?? 0)
            } catch {
                outcome.withLock { $0 = .failure(error) }
                ready.signal()
            }
        }
        thread.name = "egress-accept"
        thread.start()
        ready.wait()
        let address = try outcome.withLock { $0! }.get()
        logger.info("egress proxy listening", ["address": address.description])
        return address
    }

    /// Stops accepting; open connections end on their own.
    public func stop() {
        let listener = state.withLock { state -> Socket? in
            defer { state.listener = nil }
            return state.listener
        }
        listener?.shutdown()
        listener?.close()
    }

    private func acceptLoop(_ listener: Socket, port: Int) {
        let tables = ["\(configuration.procRoot)/thread-self/net/tcp", "\(configuration.procRoot)/thread-self/net/tcp6"]
        // Sock-diag requests one socket from the kernel, while /proc/net/tcp walks every connection of the
        // machine and costs milliseconds. Both must be used from the sandbox's namespace.
        let diag = csh_sock_diag_open()
        defer { if diag >= 0 { close(diag) } }
        while listener.isOpen {
            do {
                guard try listener.waitUntilReadable(timeout: nil), listener.isOpen else { continue }
                guard let client = try listener.accept() else { continue }
                let inode = socketInode(of: client, listenPort: port, diag: diag)
                    ?? inspector.socketInode(
                        clientPort: (try? client.peerAddress())?.port ?? 0, serverPort: port, tables: tables)
                let thread = Thread { [self] in
                    serve(client, socketInode: inode)
                }
                thread.stackSize = 1 << 20
                thread.start()
            } catch {
                guard listener.isOpen else { return }
                logger.error("egress proxy accept failed", ["error": String(describing: error)])
                usleep(10_000)
            }
        }
    }

    /// Returns the inode of the client's end of an accepted IPv4 connection, via sock-diag.
    private func socketInode(of client: Socket, listenPort: Int, diag: Int32) -> UInt64? {
        guard diag >= 0, case .tcp(let peerHost, let peerPort)? = try? client.peerAddress(),
            case .tcp(let localHost, _)? = try? client.localAddress()
        else { return nil }
        var peer = in_addr()
        var local = in_addr()
        guard inet_pton(AF_INET, peerHost, &peer) == 1, inet_pton(AF_INET, localHost, &local) == 1 else { return nil }
        var inode: UInt64 = 0
        guard csh_tcp4_socket_inode(diag, peer.s_addr, UInt16(peerPort), local.s_addr, UInt16(listenPort), &inode) == 0
        else { return nil }
        return inode
    }

    private func serve(_ client: Socket, socketInode: UInt64?) {
        defer { client.close() }
        if let network = configuration.network {
            do {
                try network.returnToHost()
            } catch {
                logger.error("egress connection cannot enter the host network namespace", ["error": "\(error)"])
                return
            }
        }
        let caller = identify(socketInode)
        ProxySession(proxy: self, client: client, caller: caller).run()
    }

    private func identify(_ inode: UInt64?) -> CallerIdentity {
        guard let inode else { return .unknown(reason: "client socket not in the TCP table") }
        guard let pid = inspector.owner(ofSocket: inode) else {
            return .unknown(reason: "no process owns the client socket")
        }
        return inspector.identity(of: pid) ?? .unknown(reason: "process \(pid) exited")
    }
}

extension SocketAddress {
    var port: Int? {
        if case .tcp(_, let port) = self { return port }
        return nil
    }
}
