import Foundation
import Testing

@testable import PaddockCLI

struct LogsCommandTests {
    static let denied = """
        {"binary":"/usr/bin/curl","decision":"deny","destination":"example.com:443","id":7,"kind":"connection",\
        "level":"warning","message":"connection denied","pid":42,"reason":"no_matching_endpoint",\
        "sandbox":"demo","time":"2026-12-04T10:00:00.000Z"}
        """
    static let started = """
        {"id":1,"kind":"lifecycle","level":"info","message":"sandbox running","phase":"running",\
        "sandbox":"demo","time":"2026-12-04T09:59:00.000Z"}
        """

    static func harness(chunks: [String]) -> CLIHarness {
        let harness = CLIHarness()
        harness.transport.downloadChunks = chunks.map { Array($0.utf8) }
        return harness
    }

    @Test func tableLines() {
        let result = Self.harness(chunks: [Self.started + "\n" + Self.denied + "\n"]).run("logs demo")
        #expect(result.status == 0)
        #expect(
            result.output == """
                2026-12-04T09:59:00.000Z INFO    lifecycle sandbox running phase=running
                2026-12-04T10:00:00.000Z WARNING connection connection denied decision=deny \
                reason=no_matching_endpoint destination=example.com:443 binary=/usr/bin/curl pid=42

                """)
    }

    @Test func jsonLinesVerbatim() {
        let result = Self.harness(chunks: [Self.denied + "\n"]).run("logs demo -o json")
        #expect(result.output == Self.denied + "\n")
    }

    @Test func linesSplitAcrossChunks() {
        let text = Self.started + "\n" + Self.denied + "\n"
        let middle = text.index(text.startIndex, offsetBy: 30)
        let result = Self.harness(chunks: [String(text[..<middle]), String(text[middle...])]).run("logs demo -o json")
        #expect(result.output == text)
    }

    @Test func keepAliveLinesSkipped() {
        let result = Self.harness(chunks: ["\n", Self.started + "\n", "\n"]).run("logs demo -o json")
        #expect(result.output == Self.started + "\n")
    }

    @Test func queryCarriesFilters() {
        let harness = Self.harness(chunks: [])
        _ = harness.run("logs demo --since 5m --level WARNING --tail 20 --follow")
        #expect(
            harness.transport.requests.first?.path
                == "/v1/sandboxes/demo/logs?since=5m&level=warning&limit=20&follow=true")
    }

    @Test func sinceAcceptsTimestamp() {
        let harness = Self.harness(chunks: [])
        _ = harness.run("logs demo --since 2026-12-04T10:00:00Z")
        #expect(harness.transport.requests.first?.path == "/v1/sandboxes/demo/logs?since=2026-12-04T10%3A00%3A00Z")
    }

    @Test func invalidSinceIsUsageError() {
        let harness = Self.harness(chunks: [])
        let result = harness.run("logs demo --since yesterday")
        #expect(result.status == 64)
        #expect(result.error.contains("invalid time 'yesterday'"))
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func invalidLevelIsUsageError() {
        let result = Self.harness(chunks: []).run("logs demo --level loud")
        #expect(result.status == 64)
        #expect(result.error.contains("invalid level 'loud'"))
    }

    @Test func errorStatusReported() {
        let harness = Self.harness(chunks: [#"{"error": {"code": "not_found", "message": "sandbox 'demo' not found"}}"#]
        )
        harness.transport.downloadStatus = 404
        let result = harness.run("logs demo")
        #expect(result.status != 0)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("sandbox 'demo' not found"))
    }
}
