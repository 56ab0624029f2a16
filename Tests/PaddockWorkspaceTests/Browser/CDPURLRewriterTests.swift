import PaddockHTTP
import Testing

@testable import PaddockWorkspace

struct CDPURLRewriterTests {
    /// Every combination of the forwarded fields, with the relay base each one must produce.
    static let addressCases: [(fields: HTTPHeaders, base: String)] = [
        (["Host": "127.0.0.1:8091"], "ws://127.0.0.1:8091/cdp"),
        (["Host": "127.0.0.1:9000", "X-Forwarded-Prefix": "/sandboxes/box"], "ws://127.0.0.1:9000/sandboxes/box/cdp"),
        (["Host": "localhost", "X-Forwarded-Host": "gw.test:7760"], "ws://gw.test:7760/cdp"),
        (["Host": "localhost", "X-Forwarded-Proto": "https"], "wss://localhost/cdp"),
        (["Host": "localhost", "X-Forwarded-Proto": "http"], "ws://localhost/cdp"),
        (
            ["Host": "localhost", "X-Forwarded-Host": "gw.test:7760", "X-Forwarded-Prefix": "/sandboxes/box"],
            "ws://gw.test:7760/sandboxes/box/cdp"
        ),
        (
            ["Host": "localhost", "X-Forwarded-Proto": "https", "X-Forwarded-Prefix": "/sandboxes/box/"],
            "wss://localhost/sandboxes/box/cdp"
        ),
        (["Host": "localhost", "X-Forwarded-Proto": "https", "X-Forwarded-Host": "gw.test"], "wss://gw.test/cdp"),
        (
            [
                "Host": "localhost", "X-Forwarded-Proto": "https, http", "X-Forwarded-Host": "edge.test, gw.test",
                "X-Forwarded-Prefix": "/sandboxes/box",
            ],
            "wss://edge.test/sandboxes/box/cdp"
        ),
        (["Host": "localhost", "X-Forwarded-Prefix": "sandboxes/box"], "ws://localhost/sandboxes/box/cdp"),
        (["Host": "localhost", "X-Forwarded-Prefix": "/"], "ws://localhost/cdp"),
        (["Host": "localhost", "X-Forwarded-Host": ""], "ws://localhost/cdp"),
        ([:], "ws://127.0.0.1:8091/cdp"),
    ]

    @Test(arguments: addressCases.indices)
    func addressFromForwardedFields(index: Int) {
        let (fields, base) = Self.addressCases[index]
        #expect(CDPAddress(headers: fields).webSocketBase == base)
    }

    private let rewriter = CDPURLRewriter(
        address: CDPAddress(secure: false, host: "gw.test:7760", prefix: "/sandboxes/box"), port: 41234)

    @Test func webSocketDebuggerURLIsRewritten() {
        let rewritten = rewriter.rewrite("ws://127.0.0.1:41234/devtools/browser/abc-123")
        #expect(rewritten == "ws://gw.test:7760/sandboxes/box/cdp/devtools/browser/abc-123")
    }

    @Test func localhostFormIsRewritten() {
        let rewritten = rewriter.rewrite("ws://localhost:41234/devtools/page/P1")
        #expect(rewritten == "ws://gw.test:7760/sandboxes/box/cdp/devtools/page/P1")
    }

    @Test func frontendWebSocketParameterIsRewritten() {
        let frontend = "https://chrome-devtools-frontend.appspot.com/serve_rev/@x/inspector.html"
        let rewritten = rewriter.rewrite(frontend + "?ws=127.0.0.1:41234/devtools/page/P1")
        #expect(rewritten == frontend + "?ws=gw.test:7760/sandboxes/box/cdp/devtools/page/P1")
    }

    @Test func secureClientGetsWSSParameter() {
        let secure = CDPURLRewriter(address: CDPAddress(secure: true, host: "gw.test", prefix: ""), port: 41234)
        #expect(secure.rewrite("/devtools/inspector.html?ws=127.0.0.1:41234/devtools/page/P1")
            == "/devtools/inspector.html?wss=gw.test/cdp/devtools/page/P1")
        #expect(secure.rewrite("ws://127.0.0.1:41234/devtools/page/P1") == "wss://gw.test/cdp/devtools/page/P1")
    }

    @Test func otherPortsAndTextStay() {
        #expect(rewriter.rewrite("ws://127.0.0.1:9222/devtools/page/P1") == "ws://127.0.0.1:9222/devtools/page/P1")
        #expect(rewriter.rewrite("https://example.com/") == "https://example.com/")
        #expect(rewriter.rewrite("Chrome/156.0") == "Chrome/156.0")
    }

    @Test func targetListIsRewrittenInPlace() throws {
        let list = try JSONValue.parse(Array("""
            [{"id":"P1","type":"page","url":"about:blank","title":"about:blank",
              "webSocketDebuggerUrl":"ws://127.0.0.1:41234/devtools/page/P1",
              "devtoolsFrontendUrl":"/devtools/inspector.html?ws=127.0.0.1:41234/devtools/page/P1"}]
            """.utf8))
        let rewritten = rewriter.rewrite(list)
        guard case .array(let targets) = rewritten else {
            Issue.record("the rewritten list is not an array: \(rewritten)")
            return
        }
        let target = try #require(targets.first)
        #expect(target["webSocketDebuggerUrl"] == "ws://gw.test:7760/sandboxes/box/cdp/devtools/page/P1")
        #expect(target["devtoolsFrontendUrl"] == "/devtools/inspector.html?ws=gw.test:7760/sandboxes/box/cdp/devtools/page/P1")
        #expect(target["url"] == "about:blank")
        #expect(target["id"] == "P1")
    }

    @Test func rawQueryKeepsEncodedURL() {
        #expect(CDPRelayRoutes.rawQuery("/cdp/json/new?http://127.0.0.1:8000/a%20b?x=1") == "?http://127.0.0.1:8000/a%20b?x=1")
        #expect(CDPRelayRoutes.rawQuery("/cdp/json/new") == "")
    }
}
