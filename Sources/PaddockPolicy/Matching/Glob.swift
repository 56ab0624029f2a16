/// A compiled glob with an optional separator character, the matching engine behind `BinaryMatcher`,
/// `HostPattern`, `PathGlob` and `QueryMatcher`.
///
/// Syntax:
/// - `*` matches any run of characters other than the separator, and `**` any run including it.
/// - `?` matches one character other than the separator.
/// - `[abc]`, `[a-z]` and `[!0-9]` match one character in (or, with `!`, outside) the set.
/// - `{a,b}` matches either alternative, and `\` escapes the next character.
///
/// Without a separator, `*` and `**` are the same. Matching simulates the pattern as an automaton, so
/// it takes O(pattern × text) steps and never backtracks.
struct Glob: Sendable, Equatable {
    private enum Token: Sendable, Equatable {
        case literal(Unicode.Scalar)
        case anyInSegment
        case anyAcross
        case single
        case set(ranges: [ClosedRange<Unicode.Scalar>], negated: Bool)
    }

    /// The maximum number of patterns that `{a,b}` alternatives may expand to.
    static let maxAlternatives = 64

    let pattern: String
    let separator: Unicode.Scalar?
    private let alternatives: [[Token]]

    init(_ pattern: String, separator: Unicode.Scalar?) throws(PatternError) {
        self.pattern = pattern
        self.separator = separator
        let expanded = try Glob.expandBraces(Array(pattern.unicodeScalars), pattern: pattern)
        var alternatives: [[Token]] = []
        for text in expanded {
            alternatives.append(try Glob.tokenize(text, pattern: pattern))
        }
        self.alternatives = alternatives
    }

    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return alternatives.contains { matches(tokens: $0, text: scalars) }
    }

    private func matches(tokens: [Token], text: [Unicode.Scalar]) -> Bool {
        // The set of pattern positions reachable after consuming a prefix of the text.
        var current = closure(of: [0], tokens: tokens)
        for character in text {
            var next: Set<Int> = []
            for position in current where position < tokens.count {
                switch step(tokens[position], character) {
                case .advance: next.insert(position + 1)
                case .stay: next.insert(position)
                case .fail: break
                }
            }
            current = closure(of: next, tokens: tokens)
            if current.isEmpty {
                return false
            }
        }
        return current.contains(tokens.count)
    }

    private enum Step {
        case advance, stay, fail
    }

    private func step(_ token: Token, _ character: Unicode.Scalar) -> Step {
        let isSeparator = character == separator
        switch token {
        case .literal(let expected):
            return expected == character ? .advance : .fail
        case .single:
            return isSeparator ? .fail : .advance
        case .set(let ranges, let negated):
            guard !isSeparator else { return .fail }
            let inSet = ranges.contains { $0.contains(character) }
            return inSet != negated ? .advance : .fail
        case .anyInSegment:
            return isSeparator ? .fail : .stay
        case .anyAcross:
            return .stay
        }
    }

    /// Adds the positions after stars, which may match the empty string.
    private func closure(of positions: Set<Int>, tokens: [Token]) -> Set<Int> {
        var result = positions
        var pending = Array(positions)
        while let position = pending.popLast() {
            guard position < tokens.count else { continue }
            guard tokens[position] == .anyInSegment || tokens[position] == .anyAcross else { continue }
            if result.insert(position + 1).inserted {
                pending.append(position + 1)
            }
        }
        return result
    }

    private static func tokenize(_ text: [Unicode.Scalar], pattern: String) throws(PatternError) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < text.count {
            let character = text[index]
            switch character {
            case "*":
                if index + 1 < text.count, text[index + 1] == "*" {
                    tokens.append(.anyAcross)
                    index += 2
                } else {
                    tokens.append(.anyInSegment)
                    index += 1
                }
            case "?":
                tokens.append(.single)
                index += 1
            case "[":
                let (token, end) = try parseSet(text, from: index, pattern: pattern)
                tokens.append(token)
                index = end
            case "\\":
                guard index + 1 < text.count else {
                    throw PatternError(pattern: pattern, reason: "a trailing \\ escapes nothing")
                }
                tokens.append(.literal(text[index + 1]))
                index += 2
            default:
                tokens.append(.literal(character))
                index += 1
            }
        }
        return tokens
    }

    /// Parses a `[...]` set that starts at `start` and returns it with the index after its `]`.
    private static func parseSet(
        _ text: [Unicode.Scalar], from start: Int, pattern: String
    ) throws(PatternError) -> (Token, Int) {
        var index = start + 1
        let negated = index < text.count && text[index] == "!"
        if negated {
            index += 1
        }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        while index < text.count, text[index] != "]" || ranges.isEmpty {
            var low = text[index]
            if low == "\\", index + 1 < text.count {
                index += 1
                low = text[index]
            }
            if index + 2 < text.count, text[index + 1] == "-", text[index + 2] != "]" {
                let high = text[index + 2]
                guard low <= high else {
                    throw PatternError(pattern: pattern, reason: "character range \(low)-\(high) is reversed")
                }
                ranges.append(low...high)
                index += 3
            } else {
                ranges.append(low...low)
                index += 1
            }
        }
        guard index < text.count else {
            throw PatternError(pattern: pattern, reason: "a [ character set has no closing ]")
        }
        return (.set(ranges: ranges, negated: negated), index + 1)
    }

    /// Expands `{a,b}` alternatives, innermost first, into plain glob texts.
    private static func expandBraces(
        _ text: [Unicode.Scalar], pattern: String
    ) throws(PatternError) -> [[Unicode.Scalar]] {
        guard let open = firstUnescaped("{", in: text) else {
            if firstUnescaped("}", in: text) != nil {
                throw PatternError(pattern: pattern, reason: "a } has no opening {")
            }
            return [text]
        }
        var depth = 0
        var close: Int?
        var commas: [Int] = []
        var index = open
        while index < text.count {
            switch text[index] {
            case "\\": index += 1
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth == 0 { close = index }
            case "," where depth == 1: commas.append(index)
            default: break
            }
            if close != nil { break }
            index += 1
        }
        guard let close else {
            throw PatternError(pattern: pattern, reason: "a { group has no closing }")
        }
        let bounds = [open] + commas + [close]
        var results: [[Unicode.Scalar]] = []
        for part in 0..<(bounds.count - 1) {
            let choice = Array(text[(bounds[part] + 1)..<bounds[part + 1]])
            let joined = Array(text[..<open]) + choice + Array(text[(close + 1)...])
            results += try expandBraces(joined, pattern: pattern)
            guard results.count <= maxAlternatives else {
                throw PatternError(
                    pattern: pattern, reason: "{} groups expand to more than \(maxAlternatives) patterns")
            }
        }
        return results
    }

    private static func firstUnescaped(_ target: Unicode.Scalar, in text: [Unicode.Scalar]) -> Int? {
        var index = 0
        while index < text.count {
            if text[index] == "\\" {
                index += 2
                continue
            }
            if text[index] == target {
                return index
            }
            index += 1
        }
        return nil
    }
}
