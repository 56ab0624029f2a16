/// Makes the placeholders that sandbox processes see in place of secrets:
/// `paddock-cred-<provider>-<key>-<32 hex digits>`, random so that one sandbox's placeholder means
/// nothing in another's.
enum EgressPlaceholder {
    static let prefix = ProviderValidation.placeholderPrefix

    static func make(provider: String, key: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<16).map { _ in hexByte(UInt8.random(in: 0...255, using: &generator)) }.joined()
        return prefix + sanitized(provider) + "-" + sanitized(key) + "-" + random
    }

    private static func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// Replaces characters other than ASCII letters, digits, `-` and `_` with `_`.
    private static func sanitized(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
    }
}
