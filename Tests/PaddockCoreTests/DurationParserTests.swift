import Testing

@testable import PaddockCore

struct DurationParserTests {
    @Test(arguments: [
        ("90s", Int64(90)), ("30m", 1800), ("2h", 7200), ("1h30m", 5400), ("1d", 86_400), ("45", 45),
        ("1d2h3m4s", 93_784), ("2h5s", 7205), ("120m", 7200),
    ])
    func parsesDurations(text: String, seconds: Int64) throws {
        #expect(try DurationParser.parseSeconds(text) == seconds)
    }

    @Test func returnsSwiftDuration() throws {
        #expect(try DurationParser.parse("2h") == .seconds(7200))
    }

    @Test(arguments: ["", "h", "2x", "1.5h", "30m1h", "1h1h", "1h 30m", "2hours", "m30", "1h30", "1w"])
    func rejectsMalformed(text: String) {
        #expect(throws: PaddockError.self) { try DurationParser.parse(text) }
    }

    @Test(arguments: ["0", "0s", "0h0m"])
    func rejectsZero(text: String) {
        let error = #expect(throws: PaddockError.self) { try DurationParser.parse(text) }
        #expect(error?.message == "invalid duration '\(text)': the duration must be greater than zero")
    }

    @Test func rejectsNegative() {
        #expect(throws: PaddockError.self) { try DurationParser.parse("-5m") }
    }

    @Test func rejectsOverflow() {
        #expect(throws: PaddockError.self) { try DurationParser.parse("99999999999999999d") }
    }

    @Test func malformedMessageShowsFormat() {
        let error = #expect(throws: PaddockError.self) { try DurationParser.parse("soon", quantity: "TTL") }
        #expect(error?.message == "invalid TTL 'soon': expected \(DurationParser.expectedFormat)")
    }

    @Test(arguments: [
        (Int64(90), "1m30s"), (5400, "1h30m"), (45, "45s"), (86_400, "1d"), (93_784, "1d2h"), (0, "0s"),
        (3605, "1h"),
    ])
    func formatsSeconds(seconds: Int64, text: String) {
        #expect(DurationParser.format(seconds: seconds) == text)
    }
}
