import Foundation
import Testing

@testable import PaddockProxy

/// The reason codes in docs/egress.md are the ones the proxy sends and records.
struct ReasonCodeDocumentationTests {
    static func egressDocument() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("docs/egress.md"), encoding: .utf8)
    }

    @Test(arguments: DenialReason.allCases)
    func denialReasonIsDocumented(_ reason: DenialReason) throws {
        #expect(try Self.egressDocument().contains("`\(reason.rawValue)`"))
    }

    @Test(arguments: UpstreamFailure.allCases)
    func upstreamFailureIsDocumented(_ failure: UpstreamFailure) throws {
        #expect(try Self.egressDocument().contains("`\(failure.rawValue)`"))
    }
}
