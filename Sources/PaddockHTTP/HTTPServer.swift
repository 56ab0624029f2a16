@preconcurrency import Glibc
import CShim
import Foundation
import PaddockCore
import Synchronization

/// A blocking HTTP/1.1 server: one thread accepts on each listener and one thread serves each
/// connection, calling a synchronous handler for every request.
///
/// Handlers may block (on sockets, SQLite, child processes) because they never run on Swift's
/// cooperative thread pool. Requests on one connection are handled in order, so pipelined responses
/// keep their order.
///
/// ```swift
/// let server = HTTPServer(configuration: .init(listeners: [.tcp(host: "127.0.0.1", port: 0)])) { request, context in
///     .text("hello\n")
/// }
/// try server.start()
/// ```
public final class HTTPServer: Sendable {
    /// The function called for each request, on the connection's thread.
    public typealias Handler = @Sendable (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse

    public let configuration: HTTPServerConfiguration
    let handler: Handler
    private let state = NSCondition()
    private nonisolated(unsafe) var listeners: [Listener] = []
    private nonisolated(unsafe) var connections: [ObjectIdentifier: Socket] = [:]
    private nonisolated(unsafe) var acceptThreads = 0
    private nonisolated(unsafe) var phase = Phase.created
    private nonisolated(unsafe) var wakePipe: [Int32] = [-1, -1]
    /// The uptime second of the last warning about rejected connections, to log at most one a second.
    private nonisolated(unsafe) var lastRejectionWarning = -1
    private let requestCounter = Atomic<UInt64>(0)
    private let stopping = Atomic<Bool>(false)
    private let requestPrefix = String(UInt32.random(in: 0...UInt32.max), radix: 16)

    private enum Phase {
        case created, running, stopping, stopped
    }

    private struct Listener {
        let socket: Socket
        let address: SocketAddress
        /// The device and inode of a Unix socket file, so `stop` removes only the file it created.
        let unixFile: (path: String, device: UInt64, inode: UInt64)?
    }

    public init(configuration: HTTPServerConfiguration, handler: @escaping Handler) {
        self.configuration = configuration
        self.handler = handler
    }

    deinit {
        stop()
        for descriptor in wakePipe where descriptor >= 0 { Glibc.close(descriptor) }
    }

    /// The addresses the server listens on, with the ports the kernel chose for port 0.
    public var boundAddresses: [SocketAddress] {
        state.lock()
        defer { state.unlock() }
        return listeners.map(\.address)
    }

    /// Binds every configured listener and starts accepting connections.
    ///
    /// - Throws: the first bind error, after closing any listener already bound.
    public func start() throws {
        state.lock()
        defer { state.unlock() }
        guard phase == .created else {
            throw PaddockError(.failedPrecondition, "the HTTP server was already started; create a new one")
        }
        try systemCall("pipe2") { csh_pipe(&wakePipe) }

        var bound: [Listener] = []
        do {
            for address in configuration.listeners {
                bound.append(try bind(address))
            }
        } catch {
            for listener in bound { remove(listener) }
            throw error
        }

        listeners = bound
        phase = .running
        for listener in bound {
            acceptThreads += 1
            let thread = Thread { [self] in acceptLoop(listener) }
            thread.name = "http-accept"
            thread.start()
            configuration.logger.info("listening", ["address": listener.address.description])
        }
    }

    private func bind(_ address: SocketAddress) throws -> Listener {
        let socket = try Socket.listen(on: address, mode: configuration.unixSocketMode)
        guard case .unix(let path) = address else {
            return Listener(socket: socket, address: try socket.localAddress(), unixFile: nil)
        }
        var status = stat()
        try systemCall("stat", subject: path) { stat(path, &status) }
        return Listener(
            socket: socket, address: address,
            unixFile: (path, UInt64(status.st_dev), UInt64(status.st_ino)))
    }

    /// Stops the server: closes the listeners, removes their Unix socket files, shuts down every open
    /// connection (waking threads blocked on them) and waits up to `shutdownTimeout` for connection
    /// threads to finish. Handlers that are running see their next socket call fail. Called from a
    /// handler, it waits the whole `shutdownTimeout`, because that handler's connection is still open.
    public func stop() {
        state.lock()
        guard phase == .running else {
            state.unlock()
            return
        }
        phase = .stopping
        stopping.store(true, ordering: .relaxed)
        var wake: UInt8 = 1
        _ = Glibc.write(wakePipe[1], &wake, 1)
        while acceptThreads > 0 { state.wait() }

        for listener in listeners {
            remove(listener)
            configuration.logger.info("stopped listening", ["address": listener.address.description])
        }
        for socket in connections.values { socket.shutdown() }

        let deadline = Date().addingTimeInterval(configuration.shutdownTimeout.seconds)
        while !connections.isEmpty && state.wait(until: deadline) {}
        if !connections.isEmpty {
            configuration.logger.warning(
                "connections still open after shutdown timeout", ["connections": String(connections.count)])
        }
        phase = .stopped
        state.unlock()
    }

    private func remove(_ listener: Listener) {
        listener.socket.close()
        guard let file = listener.unixFile else { return }
        var status = stat()
        // Another server may have replaced the file since; only remove the one this server created.
        guard stat(file.path, &status) == 0, UInt64(status.st_dev) == file.device, UInt64(status.st_ino) == file.inode
        else { return }
        unlink(file.path)
    }

    private func acceptLoop(_ listener: Listener) {
        defer {
            state.lock()
            acceptThreads -= 1
            state.broadcast()
            state.unlock()
        }
        var descriptors = [
            pollfd(fd: listener.socket.descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakePipe[0], events: Int16(POLLIN), revents: 0),
        ]
        while true {
            descriptors[0].revents = 0
            descriptors[1].revents = 0
            _ = try? systemCall("poll") { poll(&descriptors, 2, -1) }
            if descriptors[1].revents != 0 { return }
            guard descriptors[0].revents != 0 else { continue }
            acceptPending(listener)
        }
    }

    private func acceptPending(_ listener: Listener) {
        while true {
            let socket: Socket
            do {
                guard let accepted = try listener.socket.accept() else { return }
                socket = accepted
            } catch {
                // EMFILE and ENFILE leave the connection pending; pause so the loop does not spin.
                configuration.logger.error(
                    "accept failed", ["address": listener.address.description, "error": "\(error)"])
                usleep(100_000)
                return
            }
            startConnection(socket, listener: listener.address)
        }
    }

    private func startConnection(_ socket: Socket, listener: SocketAddress) {
        state.lock()
        guard phase == .running else {
            state.unlock()
            socket.close()
            return
        }
        guard connections.count < configuration.maxConnections else {
            let second = Int(ProcessInfo.processInfo.systemUptime)
            let warn = second != lastRejectionWarning
            lastRejectionWarning = second
            state.unlock()
            socket.close()
            if warn {
                configuration.logger.warning(
                    "connection limit reached; closing new connections",
                    ["limit": String(configuration.maxConnections), "address": listener.description])
            }
            return
        }
        connections[ObjectIdentifier(socket)] = socket
        state.unlock()

        let thread = Thread { [self] in
            defer { finishConnection(socket) }
            HTTPServerConnection(server: self, socket: socket, listener: listener).run()
        }
        thread.name = "http-connection"
        thread.start()
    }

    private func finishConnection(_ socket: Socket) {
        socket.close()
        state.lock()
        connections[ObjectIdentifier(socket)] = nil
        state.broadcast()
        state.unlock()
    }

    /// Whether `stop()` has begun, so connections should close after the current request.
    var isStopping: Bool { stopping.load(ordering: .relaxed) }

    /// Returns the next server-made request id.
    func makeRequestID() -> String {
        let number = requestCounter.wrappingAdd(1, ordering: .relaxed).newValue
        return "\(requestPrefix)-\(number)"
    }
}

extension Duration {
    /// The duration in seconds as a floating-point number.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
