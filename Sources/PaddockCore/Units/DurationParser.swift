/// Parses and formats durations such as `90s`, `30m`, `2h`, `1h30m` and `1d`, as given to `--ttl`
/// and `--timeout`.
///
/// A duration is either plain whole seconds (`120`) or one or more whole-number parts, each with a
/// unit `d`, `h`, `m` or `s`, from the largest unit to the smallest, each unit at most once. It must
/// be greater than zero.
public enum DurationParser {
    /// The format that `parse(_:)` expects, for error messages and help text.
    public static let expectedFormat =
        "whole seconds or parts with units d, h, m and s, such as 90s, 30m, 2h or 1h30m"

    private static let units: [(symbol: Character, seconds: Int64)] = [
        ("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1),
    ]

    /// Parses `text` into a duration of whole seconds.
    ///
    /// - Parameter quantity: What the duration sets, used in the error message (`duration`, `TTL`).
    /// - Throws: `PaddockError` with code `invalidArgument` for empty, zero, negative, malformed or
    ///   out-of-order text. The message shows `text` and the expected format.
    public static func parse(_ text: String, quantity: String = "duration") throws(PaddockError) -> Duration {
        let seconds = try parseSeconds(text, quantity: quantity)
        return .seconds(seconds)
    }

    /// Parses `text` like `parse(_:quantity:)` and returns the number of seconds.
    public static func parseSeconds(_ text: String, quantity: String = "duration") throws(PaddockError) -> Int64 {
        func invalid(_ reason: String) -> PaddockError {
            PaddockError(.invalidArgument, "invalid \(quantity) '\(text)': \(reason)")
        }

        if text.hasPrefix("-") {
            throw invalid("the duration must be greater than zero")
        }
        guard let total = sumOfParts(text) else {
            throw invalid("expected \(expectedFormat)")
        }
        guard total > 0 else {
            throw invalid("the duration must be greater than zero")
        }
        return total
    }

    /// Formats whole seconds with the two largest non-zero units, such as `1h30m`, `2d3h` or `45s`.
    public static func format(seconds: Int64) -> String {
        guard seconds > 0 else { return "0s" }
        var remaining = seconds
        var parts: [String] = []
        for unit in units where remaining >= unit.seconds || !parts.isEmpty {
            let count = remaining / unit.seconds
            remaining %= unit.seconds
            if count > 0 { parts.append("\(count)\(unit.symbol)") }
            if parts.count == 2 || (!parts.isEmpty && count == 0) { break }
        }
        return parts.joined()
    }

    /// Returns the total seconds of `text`, or nil when it is not plain digits or ordered parts.
    private static func sumOfParts(_ text: String) -> Int64? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) else { return nil }
        if text.allSatisfy(\.isNumber) {
            return Int64(text)
        }

        var total: Int64 = 0
        var digits = ""
        var nextUnitIndex = 0
        for character in text {
            if character.isNumber {
                digits.append(character)
                continue
            }
            guard !digits.isEmpty, let count = Int64(digits),
                let index = units[nextUnitIndex...].firstIndex(where: { $0.symbol == character })
            else { return nil }
            let (product, overflowProduct) = count.multipliedReportingOverflow(by: units[index].seconds)
            let (sum, overflowSum) = total.addingReportingOverflow(product)
            if overflowProduct || overflowSum { return nil }
            total = sum
            digits = ""
            nextUnitIndex = index + 1
        }
        return digits.isEmpty ? total : nil
    }
}
