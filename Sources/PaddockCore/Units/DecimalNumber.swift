/// A non-negative decimal number held as its digits, so that unit parsers can scale `1.5` by 1024
/// or by 1000 exactly instead of with the rounding of binary floating point.
struct DecimalNumber: Sendable, Equatable {
    /// The digits before the decimal point, possibly empty (`.5`).
    let integerDigits: String
    /// The digits after the decimal point, possibly empty.
    let fractionDigits: String

    /// Splits `text` into digits, or returns nil unless it is ASCII digits with at most one `.` and
    /// at least one digit (`1`, `1.5`, `.5` and `1.` are valid).
    init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let integer = String(parts[0])
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard !(integer.isEmpty && fraction.isEmpty) else { return nil }
        guard (integer + fraction).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        integerDigits = integer
        fractionDigits = fraction
    }

    /// The number of decimal places as written, trailing zeros included.
    var scale: Int { fractionDigits.count }

    /// Returns the number times `multiplier`, rounded down, or nil when it exceeds `Int64.max`.
    func multiplied(by multiplier: Int64) -> Int64? {
        guard let whole = Self.value(of: integerDigits) else { return nil }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: UInt128(multiplier))
        guard !overflow else { return nil }

        // Digits past the 30th cannot change the result for any multiplier below 2^63, so they are
        // dropped to keep `fraction * multiplier` inside 128 bits.
        let fractionPrefix = String(fractionDigits.prefix(30))
        let fraction = Self.value(of: fractionPrefix) ?? 0
        let fractionPart = fraction * UInt128(multiplier) / Self.powerOfTen(fractionPrefix.count)

        let (total, overflowTotal) = scaled.addingReportingOverflow(fractionPart)
        guard !overflowTotal, total <= UInt128(Int64.max) else { return nil }
        return Int64(total)
    }

    /// Returns the value of a run of decimal digits, 0 when empty, or nil when it does not fit.
    private static func value(of digits: String) -> UInt128? {
        var result: UInt128 = 0
        for digit in digits {
            let (shifted, overflowShift) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdd) = shifted.addingReportingOverflow(UInt128(digit.wholeNumberValue ?? 0))
            if overflowShift || overflowAdd { return nil }
            result = sum
        }
        return result
    }

    private static func powerOfTen(_ exponent: Int) -> UInt128 {
        var result: UInt128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
