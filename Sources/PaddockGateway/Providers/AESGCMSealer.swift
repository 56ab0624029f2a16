import COpenSSL
import PaddockCore
import PaddockStore

/// Seals credential values with AES-256-GCM (OpenSSL EVP), binding each to its context as
/// additional authenticated data.
///
/// A sealed value is `version (1 byte) | nonce (12 bytes) | ciphertext | tag (16 bytes)`. The nonce
/// is random for every call, so sealing the same value twice gives different bytes.
struct AESGCMSealer: SecretSealer {
    /// The format version written in the first byte.
    static let formatVersion: UInt8 = 1
    static let keyLength = 32
    static let nonceLength = 12
    static let tagLength = 16
    static var overhead: Int { 1 + nonceLength + tagLength }

    private let key: [UInt8]

    /// Creates a sealer with a 32-byte key.
    ///
    /// - Throws: `.invalidArgument` when the key has another length.
    init(key: [UInt8]) throws {
        guard key.count == Self.keyLength else {
            throw PaddockError(
                .invalidArgument, "invalid secrets key: expected \(Self.keyLength) bytes, got \(key.count)")
        }
        self.key = key
    }

    func seal(_ plaintext: [UInt8], context: String) throws -> [UInt8] {
        var nonce = [UInt8](repeating: 0, count: Self.nonceLength)
        guard RAND_bytes(&nonce, Int32(nonce.count)) == 1 else {
            throw PaddockError(.internal, "cannot seal a credential: the OpenSSL random generator failed")
        }
        let (ciphertext, tag) = try run(encrypting: true, nonce: nonce, input: plaintext, tag: nil, context: context)
        return [Self.formatVersion] + nonce + ciphertext + tag
    }

    func open(_ sealed: [UInt8], context: String) throws -> [UInt8] {
        guard sealed.count >= Self.overhead else {
            throw PaddockError(
                .invalidArgument,
                "sealed credential is \(sealed.count) bytes, shorter than the \(Self.overhead) bytes of its framing")
        }
        guard sealed[0] == Self.formatVersion else {
            throw PaddockError(
                .unsupported, "sealed credential has format version \(sealed[0]); this paddock reads version 1")
        }
        let nonce = Array(sealed[1..<(1 + Self.nonceLength)])
        let ciphertext = Array(sealed[(1 + Self.nonceLength)..<(sealed.count - Self.tagLength)])
        let tag = Array(sealed.suffix(Self.tagLength))
        return try run(encrypting: false, nonce: nonce, input: ciphertext, tag: tag, context: context).0
    }

    /// Runs one GCM operation and returns the output and, when encrypting, the tag.
    private func run(
        encrypting: Bool, nonce: [UInt8], input: [UInt8], tag: [UInt8]?, context: String
    ) throws -> ([UInt8], [UInt8]) {
        guard let cipherContext = EVP_CIPHER_CTX_new() else {
            throw PaddockError(.internal, "cannot allocate an OpenSSL cipher context")
        }
        defer { EVP_CIPHER_CTX_free(cipherContext) }
        let operation = encrypting ? "encrypting" : "decrypting"
        let initialized =
            encrypting
            ? EVP_EncryptInit_ex(cipherContext, EVP_aes_256_gcm(), nil, key, nonce)
            : EVP_DecryptInit_ex(cipherContext, EVP_aes_256_gcm(), nil, key, nonce)
        guard initialized == 1 else { throw Self.failure("initialising AES-256-GCM for \(operation)") }

        let associated = Array(context.utf8)
        var length: Int32 = 0
        let aadResult =
            encrypting
            ? EVP_EncryptUpdate(cipherContext, nil, &length, associated, Int32(associated.count))
            : EVP_DecryptUpdate(cipherContext, nil, &length, associated, Int32(associated.count))
        guard aadResult == 1 else { throw Self.failure("adding the context while \(operation)") }

        // GCM is a stream mode, so the output is as long as the input. One spare byte keeps the
        // pointer valid when the input is empty.
        var output = [UInt8](repeating: 0, count: input.count + 1)
        let updateResult =
            encrypting
            ? EVP_EncryptUpdate(cipherContext, &output, &length, input, Int32(input.count))
            : EVP_DecryptUpdate(cipherContext, &output, &length, input, Int32(input.count))
        guard updateResult == 1 else { throw Self.failure(operation) }
        let written = Int(length)

        if encrypting {
            guard EVP_EncryptFinal_ex(cipherContext, &output[written], &length) == 1 else {
                throw Self.failure("finishing encryption")
            }
            var tagOut = [UInt8](repeating: 0, count: Self.tagLength)
            guard EVP_CIPHER_CTX_ctrl(cipherContext, EVP_CTRL_GCM_GET_TAG, Int32(Self.tagLength), &tagOut) == 1 else {
                throw Self.failure("reading the GCM tag")
            }
            return (Array(output.prefix(written)), tagOut)
        }

        var expectedTag = tag ?? []
        guard EVP_CIPHER_CTX_ctrl(cipherContext, EVP_CTRL_GCM_SET_TAG, Int32(expectedTag.count), &expectedTag) == 1
        else { throw Self.failure("setting the GCM tag") }
        guard EVP_DecryptFinal_ex(cipherContext, &output[written], &length) == 1 else {
            ERR_clear_error()
            throw PaddockError(
                .permissionDenied,
                "sealed credential failed authentication: it was altered, or sealed with another secrets key "
                    + "or for another provider or key")
        }
        return (Array(output.prefix(written)), [])
    }

    private static func failure(_ step: String) -> PaddockError {
        let code = ERR_get_error()
        ERR_clear_error()
        return PaddockError(.internal, "OpenSSL failed while \(step) (error code \(code))")
    }
}
