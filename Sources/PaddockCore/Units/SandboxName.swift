/// Sandbox names: validation as a DNS label, and generation of readable adjective-animal pairs
/// such as `brave-otter`.
///
/// A name is a DNS label (RFC 1123): 1 to 63 characters from `a-z`, `0-9` and `-`, starting and
/// ending with a letter or digit. Names appear in host names, paths and URLs, so the rule is strict.
public enum SandboxName {
    /// The maximum length of a name, as for a DNS label.
    public static let maximumLength = 63

    /// Plain pairs tried before `generate(isTaken:)` appends a suffix.
    static let plainAttempts = 3
    /// Suffixed names tried after the plain pairs before `generate(isTaken:)` gives up.
    static let suffixedAttempts = 20

    /// Checks that `name` is a valid sandbox name.
    ///
    /// - Throws: `PaddockError` with code `invalidArgument` that shows the name and the rule.
    public static func validate(_ name: String) throws(PaddockError) {
        if let reason = problem(with: name) {
            throw PaddockError(
                .invalidArgument,
                "invalid sandbox name '\(name)': \(reason); a name is a DNS label of lowercase letters, "
                    + "digits and '-', such as brave-otter")
        }
    }

    /// Returns whether `name` is a valid sandbox name.
    public static func isValid(_ name: String) -> Bool {
        problem(with: name) == nil
    }

    /// Returns a random adjective-animal pair such as `brave-otter`.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// Returns an adjective-animal pair drawn with `generator`.
    public static func generate<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let adjective = adjectives.randomElement(using: &generator) ?? "brave"
        let animal = animals.randomElement(using: &generator) ?? "otter"
        return "\(adjective)-\(animal)"
    }

    /// Returns a name for which `isTaken` is false.
    ///
    /// Tries a few plain pairs first, then pairs with a four-character suffix such as
    /// `brave-otter-x7k2`, which makes a collision unlikely even when most pairs are in use.
    ///
    /// - Throws: what `isTaken` throws, or `PaddockError` with code `alreadyExists` when every
    ///   attempt was taken.
    public static func generate(isTaken: (String) throws -> Bool) throws -> String {
        var generator = SystemRandomNumberGenerator()
        return try generate(using: &generator, isTaken: isTaken)
    }

    /// Returns a name for which `isTaken` is false, drawing with `generator`.
    public static func generate<G: RandomNumberGenerator>(
        using generator: inout G, isTaken: (String) throws -> Bool
    ) throws -> String {
        for _ in 0..<plainAttempts {
            let candidate = generate(using: &generator)
            if try !isTaken(candidate) { return candidate }
        }
        for _ in 0..<suffixedAttempts {
            let candidate = generate(using: &generator) + "-" + suffix(using: &generator)
            if try !isTaken(candidate) { return candidate }
        }
        let attempts = plainAttempts + suffixedAttempts
        throw PaddockError(
            .alreadyExists, "found no free sandbox name in \(attempts) attempts; give a name explicitly")
    }

    private static func suffix<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<4).map { _ in alphabet.randomElement(using: &generator) ?? "x" })
    }

    /// Returns why `name` is not a valid DNS label, or nil when it is one.
    private static func problem(with name: String) -> String? {
        if name.isEmpty {
            return "the name is empty"
        }
        if name.utf8.count > maximumLength {
            return "the name has \(name.utf8.count) characters, more than \(maximumLength)"
        }
        let allowed = name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        if !allowed {
            return "the name contains characters other than lowercase letters, digits and '-'"
        }
        if name.hasPrefix("-") || name.hasSuffix("-") {
            return "the name starts or ends with '-'"
        }
        return nil
    }
}
