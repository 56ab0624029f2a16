import COpenSSL
import PaddockCore

/// How an `HTTPClient` speaks TLS: TLS 1.2 or later, the peer's certificate verified against the
/// system's trust store or an operator's CA file, and its name or IP address checked.
///
/// One OpenSSL context is shared by every connection made with this configuration. OpenSSL allows
/// that once the context is set up, so the configuration is safe to share between threads.
public final class TLSClientConfiguration: @unchecked Sendable {
    let context: OpaquePointer
    /// The name or IP address that the server's certificate must match.
    public let serverName: String

    /// - Parameters:
    ///   - serverName: The host to verify the certificate against (and to send as SNI when it is a name).
    ///   - caFile: A PEM file of CA certificates to trust instead of the system's.
    ///   - caPEM: PEM text of CA certificates to trust instead of the system's, for callers that
    ///     receive the certificates rather than a path. With neither, the system's store is used.
    /// - Throws: `.invalidArgument` when the CA file or text cannot be read as PEM certificates.
    public init(serverName: String, caFile: String? = nil, caPEM: String? = nil) throws {
        guard let context = SSL_CTX_new(TLS_client_method()) else {
            throw PaddockError(.internal, "SSL_CTX_new failed: \(TLSError.drainMessage())")
        }
        self.context = context
        self.serverName = serverName
        // SSL_CTX_set_min_proto_version is a macro over SSL_CTX_ctrl, which Swift cannot import.
        let setMinimumProtocolVersion: Int32 = 123
        SSL_CTX_ctrl(context, setMinimumProtocolVersion, Int(TLS1_2_VERSION), nil)
        SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nil)
        if let caFile {
            guard SSL_CTX_load_verify_locations(context, caFile, nil) == 1 else {
                let reason = TLSError.drainMessage()
                // No SSL_CTX_free here: the object is fully initialised, so deinit frees the context.
                throw PaddockError(
                    .invalidArgument,
                    "cannot load CA certificates from \(caFile): \(reason); pass a PEM file of CA certificates")
            }
        } else if let caPEM {
            try addCertificates(pem: caPEM)
        } else {
            SSL_CTX_set_default_verify_paths(context)
        }
    }

    private func addCertificates(pem: String) throws {
        // BIO_new_mem_buf does not copy, so the bytes must outlive every read from the BIO.
        let bytes = Array(pem.utf8)
        let added = try bytes.withUnsafeBytes { buffer -> Int in
            guard let bio = BIO_new_mem_buf(buffer.baseAddress, Int32(buffer.count)) else {
                throw PaddockError(.internal, "BIO_new_mem_buf failed: \(TLSError.drainMessage())")
            }
            defer { BIO_free(bio) }
            let store = SSL_CTX_get_cert_store(context)
            var added = 0
            while let certificate = PEM_read_bio_X509(bio, nil, nil, nil) {
                defer { X509_free(certificate) }
                guard X509_STORE_add_cert(store, certificate) == 1 else {
                    throw PaddockError(.invalidArgument, "cannot add a CA certificate: \(TLSError.drainMessage())")
                }
                added += 1
            }
            return added
        }
        // The last PEM_read_bio_X509 queues an end-of-data error, which is expected.
        ERR_clear_error()
        guard added > 0 else {
            throw PaddockError(
                .invalidArgument, "the CA text contains no PEM certificate; pass the CA that signed the server's certificate")
        }
    }

    deinit {
        SSL_CTX_free(context)
    }
}

enum TLSError {
    /// Returns and clears the OpenSSL errors queued on this thread, joined for a message.
    static func drainMessage() -> String {
        var messages: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            messages.append(buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        }
        return messages.isEmpty ? "no OpenSSL error queued" : messages.joined(separator: "; ")
    }
}
