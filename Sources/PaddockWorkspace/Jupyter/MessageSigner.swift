import COpenSSL

/// The HMAC-SHA256 signature of Jupyter messages, keyed with the connection file's key.
///
/// The signature covers the header, parent header, metadata and content frames in that order,
/// and travels as lowercase hexadecimal. An empty key means that messages are not signed.
struct MessageSigner: Sendable {
    let key: [UInt8]

    /// Returns the hexadecimal signature of `parts`, or "" when the key is empty.
    ///
    /// The parts are fed to the MAC one by one, so a large content frame is not copied.
    func signature(of parts: [[UInt8]]) -> String {
        guard !key.isEmpty, let context = EVP_MD_CTX_new() else { return "" }
        defer { EVP_MD_CTX_free(context) }
        let secret = key.withUnsafeBufferPointer {
            EVP_PKEY_new_raw_private_key(EVP_PKEY_HMAC, nil, $0.baseAddress, $0.count)
        }
        guard let secret else { return "" }
        defer { EVP_PKEY_free(secret) }
        guard EVP_DigestSignInit(context, nil, EVP_sha256(), nil, secret) == 1 else { return "" }
        for part in parts {
            let fed = part.withUnsafeBytes { EVP_DigestSignUpdate(context, $0.baseAddress, $0.count) }
            guard fed == 1 else { return "" }
        }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length = digest.count
        guard EVP_DigestSignFinal(context, &digest, &length) == 1 else { return "" }
        return Self.hex(digest[0..<length])
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
