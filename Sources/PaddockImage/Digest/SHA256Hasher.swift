import COpenSSL
import Foundation
import PaddockCore

/// An incremental SHA-256 over bytes fed in pieces, backed by OpenSSL's EVP interface.
public final class SHA256Hasher {
    private let context: OpaquePointer

    public init() {
        guard let context = EVP_MD_CTX_new() else {
            fatalError("EVP_MD_CTX_new failed: OpenSSL could not allocate a digest context")
        }
        self.context = context
        EVP_DigestInit_ex(context, EVP_sha256(), nil)
    }

    deinit {
        EVP_MD_CTX_free(context)
    }

    public func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        EVP_DigestUpdate(context, base, bytes.count)
    }

    public func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    public func update(_ data: Data) {
        data.withUnsafeBytes { update($0) }
    }

    /// Returns the digest of everything fed so far. The hasher must not be used afterwards.
    public func finish() -> Digest {
        var output = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        EVP_DigestFinal_ex(context, &output, &length)
        let hex = output.map { byte in
            let digits = Array("0123456789abcdef".utf8)
            return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]], as: UTF8.self)
        }.joined()
        // 64 lowercase hex digits by construction.
        return try! Digest(hex: hex)
    }

    /// Returns the digest of `data`.
    public static func digest(_ data: Data) -> Digest {
        let hasher = SHA256Hasher()
        hasher.update(data)
        return hasher.finish()
    }

    /// Returns the digest of the file at `path`, reading it in 1 MiB pieces.
    public static func digest(ofFile path: String) throws -> Digest {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PaddockError(.notFound, "cannot open \(path) to compute its digest")
        }
        defer { try? handle.close() }
        let hasher = SHA256Hasher()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(chunk)
        }
        return hasher.finish()
    }
}
