@preconcurrency import Glibc
import COpenSSL
import PaddockCore

/// A TLS client session over a connected non-blocking socket.
///
/// OpenSSL's read and write return "want read" or "want write" on a non-blocking descriptor; each
/// call here then waits in poll(2) and retries, so callers see the same blocking contract with
/// timeouts as `Socket`. One thread at a time may use a session.
final class TLSTransport: ClientTransport {
    let socket: Socket
    private let session: OpaquePointer

    /// Performs the handshake and verifies the server's certificate and name.
    ///
    /// - Throws: `PaddockError(.unavailable)` naming the verification failure, such as an untrusted
    ///   issuer or a name mismatch.
    init(socket: Socket, configuration: TLSClientConfiguration, timeout: Duration?) throws {
        guard let session = SSL_new(configuration.context) else {
            throw PaddockError(.internal, "SSL_new failed: \(TLSError.drainMessage())")
        }
        self.socket = socket
        self.session = session
        SSL_set_fd(session, socket.descriptor)
        let name = configuration.serverName
        if Self.isIPAddress(name) {
            X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(session), name)
        } else {
            SSL_set1_host(session, name)
            // SSL_set_tlsext_host_name is a macro over SSL_ctrl.
            let setServerName: Int32 = 55
            _ = name.withCString { SSL_ctrl(session, setServerName, Int(TLSEXT_NAMETYPE_host_name), UnsafeMutableRawPointer(mutating: $0)) }
        }
        try handshake(timeout: timeout)
    }

    deinit {
        SSL_free(session)
    }

    private func handshake(timeout: Duration?) throws {
        while true {
            ERR_clear_error()
            let result = SSL_connect(session)
            if result == 1 { return }
            let error = SSL_get_error(session, result)
            if try waitIfRetryable(error, timeout: timeout, operation: "TLS handshake") { continue }
            let verify = SSL_get_verify_result(session)
            if verify != X509_V_OK {
                let reason = String(cString: X509_verify_cert_error_string(Int(verify)))
                throw PaddockError(
                    .unavailable,
                    "TLS handshake with \(socket.label) failed: the server certificate is not trusted (\(reason)); "
                        + "pass the CA that signed it with --ca-file")
            }
            throw PaddockError(
                .unavailable, "TLS handshake with \(socket.label) failed: \(TLSError.drainMessage())")
        }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer, timeout: Duration?) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        while true {
            ERR_clear_error()
            let result = SSL_read(session, buffer.baseAddress, Int32(clamping: buffer.count))
            if result > 0 { return Int(result) }
            let error = SSL_get_error(session, result)
            if error == SSL_ERROR_ZERO_RETURN { return 0 }
            if try waitIfRetryable(error, timeout: timeout, operation: "read") { continue }
            // A peer that closes without close_notify looks like end of stream to HTTP framing,
            // which then decides whether the message was complete.
            if error == SSL_ERROR_SYSCALL && errno == 0 { return 0 }
            throw PaddockError(.unavailable, "TLS read from \(socket.label) failed: \(TLSError.drainMessage())")
        }
    }

    func writeAll(_ bytes: [UInt8], timeout: Duration?) throws {
        var offset = 0
        while offset < bytes.count {
            ERR_clear_error()
            let result = bytes.withUnsafeBytes { raw in
                SSL_write(session, raw.baseAddress! + offset, Int32(clamping: bytes.count - offset))
            }
            if result > 0 {
                offset += Int(result)
                continue
            }
            let error = SSL_get_error(session, result)
            if try waitIfRetryable(error, timeout: timeout, operation: "write") { continue }
            throw PaddockError(.unavailable, "TLS write to \(socket.label) failed: \(TLSError.drainMessage())")
        }
    }

    func isReadable() -> Bool {
        if SSL_pending(session) > 0 { return true }
        return (try? socket.waitUntilReadable(timeout: .zero)) ?? true
    }

    func close() {
        socket.close()
    }

    /// Waits for the socket when OpenSSL asks to; returns false for errors that are not "want read/write".
    private func waitIfRetryable(_ error: Int32, timeout: Duration?, operation: String) throws -> Bool {
        let events: Int16
        switch error {
        case SSL_ERROR_WANT_READ: events = Int16(POLLIN)
        case SSL_ERROR_WANT_WRITE: events = Int16(POLLOUT)
        default: return false
        }
        guard try socket.wait(for: events, timeout: timeout) else {
            throw SocketTimeoutError(operation: operation, subject: socket.label, timeout: timeout ?? .zero)
        }
        return true
    }

    private static func isIPAddress(_ host: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
    }
}
