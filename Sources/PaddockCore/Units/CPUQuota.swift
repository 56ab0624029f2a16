/// A CPU limit in CPUs, such as `1.5` for one and a half cores, as given to `--cpus`.
///
/// The value is greater than zero, at most 1024, and has at most three decimals, so it is held
/// exactly in thousandths of a CPU (millicores).
public struct CPUQuota: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The quota in thousandths of a CPU: 1500 for `1.5`.
    public let millicores: Int

    /// The largest accepted quota, in CPUs.
    public static let maximumCPUs = 1024

    /// The format that `parse(_:)` expects, for error messages and help text.
    public static let expectedFormat =
        "a number of CPUs greater than 0 and at most 1024 with at most 3 decimals, such as 1.5"

    /// Creates a quota of `millicores` thousandths of a CPU. Use `parse(_:)` for text from a person.
    public init(millicores: Int) {
        self.millicores = millicores
    }

    /// The quota in CPUs, such as 1.5.
    public var cpus: Double { Double(millicores) / 1000 }

    /// Parses a CPU count such as `2`, `0.5` or `1.25`.
    ///
    /// - Throws: `PaddockError` with code `invalidArgument` for a malformed, zero, negative or too
    ///   large value, or one with more than three decimals. The message shows `text`.
    public static func parse(_ text: String) throws(PaddockError) -> CPUQuota {
        func invalid(_ reason: String) -> PaddockError {
            PaddockError(.invalidArgument, "invalid CPU count '\(text)': \(reason)")
        }

        if text.hasPrefix("-") {
            throw invalid("the count must be greater than 0")
        }
        guard let number = DecimalNumber(text) else {
            throw invalid("expected \(expectedFormat)")
        }
        guard number.scale <= 3 else {
            throw invalid("at most 3 decimals are allowed, such as 1.125")
        }
        guard let millicores = number.multiplied(by: 1000), millicores <= maximumCPUs * 1000 else {
            throw invalid("the count must be at most \(maximumCPUs)")
        }
        guard millicores > 0 else {
            throw invalid("the count must be greater than 0")
        }
        return CPUQuota(millicores: Int(millicores))
    }

    /// The quota in CPUs without trailing zeros, such as `1.5` or `2`.
    public var description: String {
        let whole = millicores / 1000
        let fraction = millicores % 1000
        guard fraction != 0 else { return "\(whole)" }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }

    public static func < (lhs: CPUQuota, rhs: CPUQuota) -> Bool { lhs.millicores < rhs.millicores }
}
