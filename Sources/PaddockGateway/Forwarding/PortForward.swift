import Foundation
import Glibc
import PaddockCore
import PaddockHTTP

/// One forwarded port: a listener on the host whose connections are relayed, byte for byte, to
/// 127.0.0.1:`port` inside a sandbox. A byte relay passes anything, WebSocket upgrades included.
final class PortForward: @unchecked Sendable {
    let sandboxID: String
    let sandboxName: String
    let bind: ListenAddress
    let port: Int
    private let listener: Socket
    private let logger: Logger
    private let lock = NSLock()
    private var dialer: SandboxDialer?
    private var connections: [ObjectIdentifier: RawConnection] = [:]
    private var stopped = false

    /// Binds the host listener now, so that a taken port fails before anything else is created.
    init(sandboxID: String, sandboxName: String, bind: ListenAddress, port: Int, logger: Logger) throws {
        self.sandboxID = sandboxID
        self.sandboxName = sandboxName
        self.bind = bind
        self.port = port
        self.logger = logger.with(["sandbox.name": sandboxName, "forward": "\(bind)->\(port)"])
        do {
            listener = try Socket.listen(on: .tcp(host: bind.host, port: Int(bind.port)))
        } catch let error as SystemCallError {
            throw PaddockError(
                error.errno == EADDRINUSE ? .alreadyExists : .unavailable,
                "cannot listen on \(bind) for the forward to port \(port) of sandbox '\(sandboxName)': "
                    + "\(String(cString: strerror(error.errno))) (\(error.errnoName))")
        }
    }

    /// The port the listener got, which differs from `bind.port` when that was 0.
    var boundPort: Int {
        guard case .tcp(_, let port)? = try? listener.localAddress() else { return Int(bind.port) }
        return port
    }

    /// Starts accepting connections, each relayed on its own thread.
    func activate(dialer: SandboxDialer) {
        lock.lock()
        self.dialer = dialer
        lock.unlock()
        logger.info("port forward started", ["host.port": "\(boundPort)"])
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Closes the listener and every relayed connection.
    func stop() {
        lock.lock()
        guard !stopped else {
            lock.unlock()
            return
        }
        stopped = true
        let open = Array(connections.values)
        connections.removeAll()
        lock.unlock()
        listener.shutdown()
        listener.close()
        for connection in open { connection.shutdown() }
        logger.info("port forward stopped")
    }

    private func acceptLoop() {
        while true {
            let accepted: Socket?
            do {
                accepted = try listener.accept()
            } catch {
                if !isStopped { logger.error("port forward accept failed", ["error": "\(error)"]) }
                return
            }
            guard let client = accepted else {
                if isStopped { return }
                continue
            }
            Thread.detachNewThread { [self] in relay(client) }
        }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func relay(_ client: Socket) {
        let downstream = RawConnection(socket: client)
        lock.lock()
        let dialer = dialer
        lock.unlock()
        guard let dialer else { return }
        let upstream: RawConnection
        do {
            upstream = RawConnection(socket: try dialer.dial(port: port))
        } catch {
            logger.warning("port forward could not reach the sandbox", ["error": "\((error as? PaddockError)?.message ?? "\(error)")"])
            client.close()
            return
        }
        guard register(downstream, upstream) else {
            client.close()
            upstream.close()
            return
        }
        splice(downstream, upstream)
        unregister(downstream, upstream)
        downstream.close()
        upstream.close()
    }

    private func register(_ connections: RawConnection...) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return false }
        for connection in connections { self.connections[ObjectIdentifier(connection)] = connection }
        return true
    }

    private func unregister(_ connections: RawConnection...) {
        lock.lock()
        defer { lock.unlock() }
        for connection in connections { self.connections.removeValue(forKey: ObjectIdentifier(connection)) }
    }
}
