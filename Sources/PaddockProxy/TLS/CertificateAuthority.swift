import COpenSSL
import Foundation
import Synchronization

/// The per-sandbox CA that signs a certificate for each host whose TLS the proxy terminates.
///
/// The CA's private key exists only in this process's memory. Leaf certificates share one key and
/// are cached per host, with the whole cache dropped when it grows past `maxCachedHosts`.
public final class CertificateAuthority: @unchecked Sendable {
    // OpenSSL objects are immutable after set-up, and the cache is behind a mutex.
    private let caKey: OpaquePointer
    private let caCertificate: OpaquePointer
    private let leafKey: OpaquePointer
    private let contexts = Mutex<[String: ServerContext]>([:])

    /// The CA certificate in PEM form, for the sandbox's trust bundle.
    public let certificatePEM: String

    static let maxCachedHosts = 256

    /// Creates a CA named after the sandbox.
    /// - Throws: `TLSError` when OpenSSL fails.
    public init(sandboxName: String) throws {
        caKey = try Self.generateKey()
        leafKey = try Self.generateKey()
        caCertificate = try Self.makeCertificate(
            subject: "Paddock sandbox CA (\(sandboxName))", key: caKey, issuer: nil, issuerKey: caKey,
            extensions: [
                (NID_basic_constraints, "critical,CA:TRUE,pathlen:0"), (NID_key_usage, "critical,keyCertSign,cRLSign"),
                (NID_subject_key_identifier, "hash"),
            ], days: 3650)
        certificatePEM = try Self.pem(of: caCertificate)
    }

    deinit {
        X509_free(caCertificate)
        EVP_PKEY_free(caKey)
        EVP_PKEY_free(leafKey)
    }

    /// Returns a server context that presents a certificate for `host`, a name or address literal.
    func serverContext(for host: String) throws -> ServerContext {
        let key = host.lowercased()
        if let context = contexts.withLock({ $0[key] }) { return context }
        let isAddress = UpstreamResolver.isAddressLiteral(host)
        let leaf = try Self.makeCertificate(
            subject: host, key: leafKey, issuer: caCertificate, issuerKey: caKey,
            extensions: [
                (NID_basic_constraints, "critical,CA:FALSE"), (NID_key_usage, "critical,digitalSignature,keyEncipherment"),
                (NID_ext_key_usage, "serverAuth"), (NID_subject_alt_name, (isAddress ? "IP:" : "DNS:") + host),
                (NID_subject_key_identifier, "hash"), (NID_authority_key_identifier, "keyid:always"),
            ], days: 30)
        defer { X509_free(leaf) }
        let context = try ServerContext(certificate: leaf, chain: caCertificate, key: leafKey)
        contexts.withLock { cache in
            if cache.count >= Self.maxCachedHosts { cache.removeAll() }
            cache[key] = context
        }
        return context
    }

    private static func generateKey() throws -> OpaquePointer {
        guard let context = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nil) else { throw TLSError("EVP_PKEY_CTX_new_id") }
        defer { EVP_PKEY_CTX_free(context) }
        var key: OpaquePointer?
        guard EVP_PKEY_keygen_init(context) == 1,
            EVP_PKEY_CTX_set_ec_paramgen_curve_nid(context, NID_X9_62_prime256v1) == 1,
            EVP_PKEY_keygen(context, &key) == 1, let key
        else { throw TLSError("generating a P-256 key") }
        return key
    }

    private static func makeCertificate(
        subject: String, key: OpaquePointer, issuer: OpaquePointer?, issuerKey: OpaquePointer,
        extensions: [(Int32, String)], days: Int
    ) throws -> OpaquePointer {
        guard let certificate = X509_new() else { throw TLSError("X509_new") }
        var serial = [UInt8](repeating: 0, count: 16)
        _ = RAND_bytes(&serial, Int32(serial.count))
        serial[0] &= 0x7F
        let number = BN_bin2bn(serial, Int32(serial.count), nil)
        defer { BN_free(number) }
        let name = X509_NAME_new()
        defer { X509_NAME_free(name) }
        // X.509 limits a common name to 64 characters; longer hosts rely on the SAN alone.
        let commonName = String(subject.prefix(64))
        _ = X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, commonName, -1, -1, 0)
        _ = X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, "Paddock", -1, -1, 0)
        guard X509_set_version(certificate, 2) == 1,
            BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate)) != nil,
            X509_gmtime_adj(X509_getm_notBefore(certificate), -3600) != nil,
            X509_gmtime_adj(X509_getm_notAfter(certificate), days * 86400) != nil,
            X509_set_subject_name(certificate, name) == 1,
            X509_set_issuer_name(certificate, issuer.map { X509_get_subject_name($0) } ?? name) == 1,
            X509_set_pubkey(certificate, key) == 1
        else {
            X509_free(certificate)
            throw TLSError("building the certificate for \(subject)")
        }
        var context = X509V3_CTX()
        X509V3_set_ctx(&context, issuer ?? certificate, certificate, nil, nil, 0)
        for (nid, value) in extensions {
            guard let ext = X509V3_EXT_conf_nid(nil, &context, nid, value) else {
                X509_free(certificate)
                throw TLSError("adding extension \(value) to the certificate for \(subject)")
            }
            _ = X509_add_ext(certificate, ext, -1)
            X509_EXTENSION_free(ext)
        }
        guard X509_sign(certificate, issuerKey, EVP_sha256()) > 0 else {
            X509_free(certificate)
            throw TLSError("signing the certificate for \(subject)")
        }
        return certificate
    }

    private static func pem(of certificate: OpaquePointer) throws -> String {
        guard let bio = BIO_new(BIO_s_mem()) else { throw TLSError("BIO_new") }
        defer { BIO_free(bio) }
        guard PEM_write_bio_X509(bio, certificate) == 1 else { throw TLSError("PEM_write_bio_X509") }
        var pointer: UnsafeMutablePointer<CChar>?
        let length = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &pointer)
        guard let pointer, length > 0 else { throw TLSError("reading the PEM") }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
    }
}

/// An `SSL_CTX` for the server side of intercepted connections to one host.
final class ServerContext: @unchecked Sendable {
    // SSL_CTX is safe to share between threads once configured.
    let context: OpaquePointer

    init(certificate: OpaquePointer, chain: OpaquePointer, key: OpaquePointer) throws {
        guard let context = SSL_CTX_new(TLS_server_method()) else { throw TLSError("SSL_CTX_new") }
        self.context = context
        guard SSL_CTX_use_certificate(context, certificate) == 1, SSL_CTX_use_PrivateKey(context, key) == 1,
            SSL_CTX_check_private_key(context) == 1
        else { throw TLSError("configuring the intercepting certificate") }
        X509_up_ref(chain)
        _ = SSL_CTX_ctrl(context, SSL_CTRL_EXTRA_CHAIN_CERT, 0, UnsafeMutableRawPointer(chain))
        _ = SSL_CTX_ctrl(context, SSL_CTRL_SET_MIN_PROTO_VERSION, Int(TLS1_2_VERSION), nil)
    }

    deinit {
        SSL_CTX_free(context)
    }
}
