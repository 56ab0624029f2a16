import Foundation
import Glibc

/// Shell-style file name patterns: `*`, `?`, `[...]`, and `**` for any number of directories.
struct GlobPattern {
    let text: String
    let segments: [String]

    /// Parses `text`.
    ///
    /// - Throws: `PatternError` for an empty pattern or an unclosed `[`.
    init(_ text: String) throws(PatternError) {
        guard !text.isEmpty else { throw PatternError(pattern: text, reason: "the pattern is empty") }
        var open = false
        var previous: Character = " "
        for character in text {
            if character == "[" && !open && previous != "\\" {
                open = true
            } else if character == "]" && open {
                open = false
            }
            previous = character
        }
        guard !open else { throw PatternError(pattern: text, reason: "'[' has no closing ']'") }
        self.text = text
        segments = text.split(separator: "/").map(String.init)
    }

    /// Tests one file name against a pattern without `/`.
    static func matches(name: String, pattern: String) -> Bool {
        fnmatch(pattern, name, 0) == 0
    }

    /// Tests a path relative to the search root, `/`-separated.
    func matches(relativePath: String) -> Bool {
        Self.match(segments[...], relativePath.split(separator: "/").map(String.init)[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            var rest = path
            while true {
                if match(pattern.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let name = path.first, matches(name: name, pattern: first) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }
}

/// A pattern that cannot be used, with the reason.
struct PatternError: Error {
    let pattern: String
    let reason: String
}

/// Regular expressions with the options of the search operations.
enum RegexBuilder {
    /// Compiles `pattern`; a `fixed` pattern matches literally.
    ///
    /// - Throws: `PatternError` naming the pattern when it is not a valid regular expression.
    static func compile(
        _ pattern: String, caseInsensitive: Bool = false, fixed: Bool = false, dotAll: Bool = false
    ) throws(PatternError) -> NSRegularExpression {
        var options: NSRegularExpression.Options = [.anchorsMatchLines]
        if caseInsensitive { options.insert(.caseInsensitive) }
        if dotAll { options.insert(.dotMatchesLineSeparators) }
        let source = fixed ? NSRegularExpression.escapedPattern(for: pattern) : pattern
        do {
            return try NSRegularExpression(pattern: source, options: options)
        } catch {
            throw PatternError(pattern: pattern, reason: "it is not a valid regular expression")
        }
    }
}

extension NSRegularExpression {
    /// Tests whether the expression matches anywhere in `text`.
    func matches(_ text: some StringProtocol) -> Bool {
        let string = String(text)
        return firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) != nil
    }
}
