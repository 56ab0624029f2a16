import COpenSSL

/// The `SSL_CTX` for connections to upstream servers: the system's roots, plus the operator's extra
/// CA certificates, with peer verification required.
final class UpstreamTLSContext: @unchecked Sendable {
    // SSL_CTX is safe to share between threads once configured.
    let context: OpaquePointer
    let extraCA: String?

    init(extraCA: String?) throws {
        guard let context = SSL_CTX_new(TLS_client_method()) else { throw TLSError("SSL_CTX_new") }
        self.context = context
        self.extraCA = extraCA
        guard SSL_CTX_set_default_verify_paths(context) == 1 else { throw TLSError("loading the system's CA roots") }
        SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nil)
        _ = SSL_CTX_ctrl(context, SSL_CTRL_SET_MIN_PROTO_VERSION, Int(TLS1_2_VERSION), nil)
        if let extraCA { try addCertificates(pem: extraCA) }
    }

    deinit {
        SSL_CTX_free(context)
    }

    private func addCertificates(pem: String) throws {
        // BIO_new_mem_buf does not copy, so the bytes must outlive every read from the BIO.
        let bytes = Array(pem.utf8)
        let added = try bytes.withUnsafeBytes { buffer -> Int in
            guard let bio = BIO_new_mem_buf(buffer.baseAddress, Int32(buffer.count)) else {
                throw TLSError("BIO_new_mem_buf")
            }
            defer { BIO_free(bio) }
            let store = SSL_CTX_get_cert_store(context)
            var added = 0
            while let certificate = PEM_read_bio_X509(bio, nil, nil, nil) {
                defer { X509_free(certificate) }
                guard X509_STORE_add_cert(store, certificate) == 1 else { throw TLSError("adding an extra CA") }
                added += 1
            }
            return added
        }
        ERR_clear_error()
        guard added > 0 else { throw TLSError("reading options.extra_ca as PEM certificates (none found)") }
    }
}
