/// One environment variable given as `KEY=VALUE`, as to `--env`.
///
/// The key starts with an ASCII letter or `_` and contains only ASCII letters, digits and `_`. The
/// value is everything after the first `=`, so it may be empty or contain further `=` signs.
public struct EnvironmentAssignment: Sendable, Hashable {
    /// The variable's name.
    public let key: String
    /// The variable's value, possibly empty.
    public let value: String

    /// Creates an assignment without checking `key`. Use `parse(_:)` for text from a person.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    /// Parses `KEY=VALUE`.
    ///
    /// - Throws: `PaddockError` with code `invalidArgument` when `=` is missing or the key is not a
    ///   valid variable name. The message shows `text`.
    public static func parse(_ text: String) throws(PaddockError) -> EnvironmentAssignment {
        guard let equals = text.firstIndex(of: "=") else {
            throw PaddockError(
                .invalidArgument, "invalid environment variable '\(text)': expected KEY=VALUE, such as DEBUG=1")
        }
        let key = String(text[..<equals])
        if let problem = keyProblem(key) {
            throw PaddockError(.invalidArgument, "invalid environment variable '\(text)': \(problem)")
        }
        return EnvironmentAssignment(key: key, value: String(text[text.index(after: equals)...]))
    }

    /// Checks that `key` is a valid environment variable name.
    ///
    /// - Throws: `PaddockError` with code `invalidArgument` naming the key and the rule.
    public static func validateKey(_ key: String) throws(PaddockError) {
        if let problem = keyProblem(key) {
            throw PaddockError(.invalidArgument, "invalid environment variable name '\(key)': \(problem)")
        }
    }

    private static func keyProblem(_ key: String) -> String? {
        if key.isEmpty {
            return "the name before '=' is empty"
        }
        if !isValidKey(key) {
            return "the name '\(key)' must start with a letter or '_' and contain only letters, digits and '_'"
        }
        return nil
    }

    /// Returns whether `key` matches `[A-Za-z_][A-Za-z0-9_]*`.
    public static func isValidKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first else { return false }
        guard isLetter(first) || first == "_" else { return false }
        return key.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Builds a dictionary from assignments. A later assignment of the same key wins, as in a shell.
    public static func dictionary(_ assignments: [EnvironmentAssignment]) -> [String: String] {
        var result: [String: String] = [:]
        for assignment in assignments {
            result[assignment.key] = assignment.value
        }
        return result
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
