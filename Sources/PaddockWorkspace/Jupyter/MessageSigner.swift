import COpenSSL

/// The HMAC-SHA256 signature of Jupyter messages, keyed with the connection file's key.
///
/// The signature covers the header, parent header, metadata and content frames in that order,
/// and travels as lowercase hexadecimal. An empty key means that messages are not signed.
struct MessageSigner: Sendable {
    let key: [UInt8]

    /// Returns the hexadecimal signature of `parts`, or "" when the key is empty.
    func signature(of parts: [[UInt8]]) -> String {
        guard !key.isEmpty else { return "" }
        var joined: [UInt8] = []
        joined.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { joined += part }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        _ = key.withUnsafeBytes { keyBytes in
            joined.withUnsafeBytes { data in
                HMAC(
                    EVP_sha256(), keyBytes.baseAddress, Int32(keyBytes.count),
                    data.baseAddress?.assumingMemoryBound(to: UInt8.self), data.count, &digest, &length)
            }
        }
        return Self.hex(digest[0..<Int(length)])
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
