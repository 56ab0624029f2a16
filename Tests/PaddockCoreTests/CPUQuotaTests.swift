import Testing

@testable import PaddockCore

struct CPUQuotaTests {
    @Test(arguments: [("1.5", 1500), ("2", 2000), ("0.001", 1), ("1024", 1_024_000), (".25", 250), ("1.125", 1125)])
    func parsesQuotas(text: String, millicores: Int) throws {
        #expect(try CPUQuota.parse(text).millicores == millicores)
    }

    @Test(arguments: ["", "abc", "1.5x", "1,5", "1.2.3", " 1", "½"])
    func rejectsMalformed(text: String) {
        #expect(throws: PaddockError.self) { try CPUQuota.parse(text) }
    }

    @Test func rejectsZero() {
        let error = #expect(throws: PaddockError.self) { try CPUQuota.parse("0") }
        #expect(error?.message == "invalid CPU count '0': the count must be greater than 0")
    }

    @Test func rejectsNegative() {
        #expect(throws: PaddockError.self) { try CPUQuota.parse("-1") }
    }

    @Test func rejectsAboveMaximum() {
        let error = #expect(throws: PaddockError.self) { try CPUQuota.parse("1024.001") }
        #expect(error?.message == "invalid CPU count '1024.001': the count must be at most 1024")
    }

    @Test func rejectsFourDecimals() {
        let error = #expect(throws: PaddockError.self) { try CPUQuota.parse("1.0005") }
        #expect(error?.message.contains("at most 3 decimals") == true)
    }

    @Test func malformedMessageShowsFormat() {
        let error = #expect(throws: PaddockError.self) { try CPUQuota.parse("lots") }
        #expect(error?.message == "invalid CPU count 'lots': expected \(CPUQuota.expectedFormat)")
    }

    @Test func cpusAsDouble() throws {
        #expect(try CPUQuota.parse("1.5").cpus == 1.5)
    }

    @Test(arguments: [(1500, "1.5"), (2000, "2"), (1, "0.001"), (1250, "1.25")])
    func describesQuotas(millicores: Int, text: String) {
        #expect(CPUQuota(millicores: millicores).description == text)
    }
}
