import COpenSSL

/// The HMAC-SHA256 signature of Jupyter messages, keyed with the connection file's key.
///
/// The signature covers the header, parent header, metadata and content frames in that order,
/// and travels as lowercase hexadecimal. An empty key means that messages are not signed.
struct MessageSigner: Sendable {
    let key: [UInt8]

    /// Returns the hexadecimal signature of `parts`, or "" when the key is empty.
    func signature(of parts: [[UInt8]]) -> String {
        guard let context = SignatureContext(key: key) else { return "" }
        for part in parts { part.withUnsafeBytes { context.update($0) } }
        return context.finish()
    }

    /// Tests whether `signature` is the signature of `parts`, in time independent of where they differ.
    func verify(_ signature: [UInt8], parts: [[UInt8]]) -> Bool {
        let expected = Array(self.signature(of: parts).utf8)
        guard expected.count == signature.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(expected, signature) { difference |= left ^ right }
        return difference == 0
    }

    static func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

/// An HMAC-SHA256 computation fed part by part, so that a large frame can be signed from
/// libzmq's buffer without a copy.
final class SignatureContext {
    private let context: OpaquePointer
    private let secret: OpaquePointer
    private var failed = false

    /// Returns nil for an empty key, which means that messages are not signed.
    init?(key: [UInt8]) {
        guard !key.isEmpty, let context = EVP_MD_CTX_new() else { return nil }
        let secret = key.withUnsafeBufferPointer {
            EVP_PKEY_new_raw_private_key(EVP_PKEY_HMAC, nil, $0.baseAddress, $0.count)
        }
        guard let secret else {
            EVP_MD_CTX_free(context)
            return nil
        }
        self.context = context
        self.secret = secret
        failed = EVP_DigestSignInit(context, nil, EVP_sha256(), nil, secret) != 1
    }

    deinit {
        EVP_MD_CTX_free(context)
        EVP_PKEY_free(secret)
    }

    func update(_ bytes: UnsafeRawBufferPointer) {
        guard !failed, bytes.count > 0 else { return }
        failed = EVP_DigestSignUpdate(context, bytes.baseAddress, bytes.count) != 1
    }

    /// Returns the hexadecimal signature, or "" when OpenSSL failed, which no signature matches.
    func finish() -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length = digest.count
        guard !failed, EVP_DigestSignFinal(context, &digest, &length) == 1 else { return "" }
        return MessageSigner.hex(digest[0..<length])
    }
}
