import PaddockHTTP
import Testing

@testable import PaddockGateway

struct WorkspaceRelayForwardingTests {
    private func forwarded(_ fields: HTTPHeaders) throws -> HTTPHeaders {
        let request = HTTPRequest(head: try HTTPRequestHead(method: "GET", target: "/sandboxes/box/cdp/json", headers: fields))
        var headers = fields
        headers.remove("Host")
        WorkspaceRelay.addForwardedFields(&headers, from: request, name: "box")
        return headers
    }

    @Test func forwardedFieldsNameClientAddress() throws {
        let headers = try forwarded(["Host": "gw.test:7760"])
        #expect(headers["X-Forwarded-Host"] == "gw.test:7760")
        #expect(headers["X-Forwarded-Proto"] == "http")
        #expect(headers["X-Forwarded-Prefix"] == "/sandboxes/box")
    }

    @Test func clientForwardedFieldsAreReplaced() throws {
        let headers = try forwarded([
            "Host": "gw.test:7760", "X-Forwarded-Host": "evil.test", "x-forwarded-proto": "https",
            "X-Forwarded-Prefix": "/elsewhere",
        ])
        #expect(headers.values(for: "X-Forwarded-Host") == ["gw.test:7760"])
        #expect(headers.values(for: "X-Forwarded-Proto") == ["http"])
        #expect(headers.values(for: "X-Forwarded-Prefix") == ["/sandboxes/box"])
    }

    @Test func missingHostDropsForwardedHost() throws {
        let headers = try forwarded(["X-Forwarded-Host": "evil.test"])
        #expect(headers["X-Forwarded-Host"] == nil)
        #expect(headers["X-Forwarded-Prefix"] == "/sandboxes/box")
    }
}
