/// An authenticated cipher for credential values, supplied by the gateway, so that the store keeps
/// only sealed bytes and never a value in plain text.
public protocol SecretSealer: Sendable {
    /// Encrypts `plaintext` and binds the result to `context`, so that sealed bytes copied to another
    /// row fail to open there.
    func seal(_ plaintext: [UInt8], context: String) throws -> [UInt8]

    /// Decrypts bytes that `seal` produced for the same `context`.
    ///
    /// - Throws: When the bytes were altered, or sealed with another key or context.
    func open(_ sealed: [UInt8], context: String) throws -> [UInt8]
}
