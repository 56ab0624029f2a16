/// The rule for session ids that clients choose (Jupyter and Node.js sessions): each must also
/// work as one path segment of the session's own routes, and show plainly in logs and lists.
enum SessionIdentifier {
    static let maxLength = 128

    /// Throws `OperationFailure` unless `id` is 1 to 128 letters, digits and `.`, `_`, `-`, `:`, `@`.
    static func check(_ id: String) throws {
        let allowed = id.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-:@".unicodeScalars.contains(scalar))
        }
        guard allowed, !id.isEmpty, id.count <= maxLength else {
            let quoted = id.count > 40 ? String(id.prefix(40)) + "... (\(id.count) characters)" : id
            throw OperationFailure(
                "invalid session id '\(quoted)': use 1 to \(maxLength) letters, digits and . _ - : @, or omit it for a generated id")
        }
    }
}
