import Foundation
import Testing

@testable import PaddockHTTP

/// Inputs that the fuzz target (fuzz/http-parser) found, kept so that the fixes stay fixed.
struct FuzzRegressionTests {
    /// The limits the fuzz target uses, small so that short inputs reach the limit checks.
    private static var fuzzLimits: HTTPLimits {
        var limits = HTTPLimits()
        limits.maxHeaderBytes = 2048
        limits.maxStartLineBytes = 512
        limits.maxHeaderCount = 16
        limits.maxChunkLineBytes = 64
        return limits
    }

    private static func decode(_ lines: [String]) -> [UInt8] {
        Array(Data(base64Encoded: lines.joined()) ?? Data())
    }

    /// A request line longer than the limit and without a version: whole input reported a missing
    /// version, one byte at a time reported the length, because a run of target bytes went past the limit.
    @Test func overlongStartLineSameErrorHoweverSplit() {
        let input = Self.decode([
            "R0VUIC92MS9zYW5kYm94ZXM/bGJveGVzP3RtOyZpPT0hMTAmfm5hbWV9YScyMDF0aT1hbj8wbWEmP209bjBtaWEmP209bjBt",
            "aSUxMG4mPXRhbWFtZX1hJzIwMSUxMG4mPXRhbWFtZX1hJzIwMXRpPWFuPzBtYSY/bT1uMG1pdDF0aT0wJm5hZT1hJzIwMXRp",
            "PTEwJm5hbWU9YScyMDF0aT0wJm5hZT1hJzIwMXQvc2FuZGJveGVzP2xib3hlcz90bTsmaT09ITEwJm5hbWV9YScyMDF0aT1h",
            "bj8wbWEmP209bjBtaSUxMG4mPXRhbWFtZX1hJzIwMXRpPWFuPzBtYSY/bT1uMG1pdDF0aT0wJm5hZT1hJzIwMXRXdWJzdHJp",
            "bmU9YScyMDF0aT0wJm5hZT1hJzIwMXRpRTAmbmFtZWU9YSdyMjAxdGkxdGk9YW4/MG1hJj9tPW4wbWl0MXRpPT9tPW4wbWl0",
            "MXRpPTAmbiwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLFN0cmluZyJuYW1lPXRp",
            "PWFuPzBtYSY/bT1uMG1pYSY/bT1uMG1pJTEwbiYxMj10YW1hbWV9YScyMDElMTBuJj10YW1hbWV9YScyMDF0aT1hbj8wbWEm",
            "P209bjBtaXQxdGk9MCZuYWU9YScyMDF0aT0xMCZuYW1lPWEnMjAxdGk9MCZuYWU9YScyMDF0L3NhbmRib3hlcz9sYm94ZXM/",
            "dG07Jmk9PSExMCZuYW1lfWEnMjAuLjENCgIK",
        ])
        #expect(input.count == 603)
        var kinds: [HTTPParseError.Kind?] = []
        for size in [input.count, 300, 1] {
            do {
                _ = try ParserHarness.requests(input, pieceSize: size, limits: Self.fuzzLimits)
                kinds.append(nil)
            } catch {
                kinds.append(error.kind)
            }
        }
        #expect(kinds == [.startLineTooLong, .startLineTooLong, .startLineTooLong])
    }
}
