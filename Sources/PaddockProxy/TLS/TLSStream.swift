@preconcurrency import Glibc
import COpenSSL
import PaddockHTTP

/// A TLS session over a non-blocking socket, as a `ByteStream`. One thread uses it at a time;
/// `shutdown` may come from any thread.
final class TLSStream: ByteStream, @unchecked Sendable {
    let socket: Socket
    private let ssl: OpaquePointer
    private let timeout: Int32

    /// Wraps `socket`; `leftover` contains bytes already read from it, which must be none.
    private init(socket: Socket, context: OpaquePointer, leftover: [UInt8], timeout: Duration) throws {
        self.socket = socket
        self.timeout = Int32(timeout.components.seconds * 1000)
        guard let ssl = SSL_new(context) else { throw TLSError("SSL_new") }
        self.ssl = ssl
        guard leftover.isEmpty else {
            // Clients wait for the CONNECT reply before their ClientHello, so early bytes mean a
            // client that does not speak the protocol.
            throw TLSError("the client sent data before the tunnel was established")
        }
        guard SSL_set_fd(ssl, socket.descriptor) == 1 else { throw TLSError("SSL_set_fd") }
    }

    deinit {
        SSL_free(ssl)
    }

    /// Completes the server side of a handshake with the sandbox's client.
    static func accept(socket: Socket, context: ServerContext, leftover: [UInt8], timeout: Duration) throws -> TLSStream {
        let stream = try TLSStream(socket: socket, context: context.context, leftover: leftover, timeout: timeout)
        try stream.handshake { SSL_accept($0) }
        return stream
    }

    /// Connects to an upstream server, checking its certificate against `host`.
    static func connect(
        socket: Socket, context: UpstreamTLSContext, host: String, timeout: Duration
    ) throws -> TLSStream {
        let stream = try TLSStream(socket: socket, context: context.context, leftover: [], timeout: timeout)
        if UpstreamResolver.isAddressLiteral(host) {
            _ = X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(stream.ssl), host)
        } else {
            _ = host.withCString { name in
                SSL_ctrl(stream.ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, Int(TLSEXT_NAMETYPE_host_name), UnsafeMutableRawPointer(mutating: name))
            }
            guard SSL_set1_host(stream.ssl, host) == 1 else { throw TLSError("SSL_set1_host") }
        }
        try stream.handshake { SSL_connect($0) }
        return stream
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = SSL_read(ssl, buffer.baseAddress, Int32(min(buffer.count, Int(Int32.max))))
            if count > 0 { return Int(count) }
            let code = SSL_get_error(ssl, count)
            switch code {
            case SSL_ERROR_ZERO_RETURN: return 0
            case SSL_ERROR_WANT_READ: try wait(Int16(POLLIN))
            case SSL_ERROR_WANT_WRITE: try wait(Int16(POLLOUT))
            case SSL_ERROR_SYSCALL where count == 0 || errno == 0 || errno == ECONNRESET || errno == EPIPE:
                ERR_clear_error()
                return 0
            default: throw TLSError("TLS read on \(socket.label)")
            }
        }
    }

    func write(_ buffer: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < buffer.count {
            let count = SSL_write(ssl, buffer.baseAddress! + offset, Int32(min(buffer.count - offset, 1 << 20)))
            if count > 0 {
                offset += Int(count)
                continue
            }
            switch SSL_get_error(ssl, count) {
            case SSL_ERROR_WANT_READ: try wait(Int16(POLLIN))
            case SSL_ERROR_WANT_WRITE: try wait(Int16(POLLOUT))
            default: throw TLSError("TLS write on \(socket.label)")
            }
        }
    }

    func shutdown() {
        socket.shutdown()
    }

    private func handshake(_ step: (OpaquePointer) -> Int32) throws {
        while true {
            let result = step(ssl)
            if result == 1 { return }
            switch SSL_get_error(ssl, result) {
            case SSL_ERROR_WANT_READ: try wait(Int16(POLLIN))
            case SSL_ERROR_WANT_WRITE: try wait(Int16(POLLOUT))
            default: throw TLSError("TLS handshake with \(socket.label)")
            }
        }
    }

    private func wait(_ events: Int16) throws {
        var descriptor = pollfd(fd: socket.descriptor, events: events, revents: 0)
        while true {
            let ready = poll(&descriptor, 1, timeout)
            if ready > 0 { return }
            if ready == 0 { throw TLSError("TLS on \(socket.label) timed out") }
            if errno != EINTR { throw TLSError("poll on \(socket.label)") }
        }
    }
}
