import Foundation
import PaddockCore
import PaddockHTTP
import Testing

@testable import PaddockWorkspace

/// Form controls and text search against a real headless Chromium.
@Suite(.serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: TestChromium.executable)))
struct ChromiumFormTests {
    static let formPage = """
        <input type="checkbox" id="agree"><input type="radio" name="r" id="r1">
        <select id="colour"><option value="r">Red</option><option value="g">Green</option></select>
        <p>Find the needle here.</p><p>And another NEEDLE.</p><script>
        let changed = 0; document.getElementById('colour').addEventListener('change', () => changed++);
        </script>
        """

    @Test func checkAndUncheckClickTheBox() throws {
        try TestChromium.withPages { pages, _ in
            try load(Self.formPage, into: pages)
            let routes = Self.routes(pages)
            #expect(try Self.post(routes, "/v1/browser/page/check", ["selector": "#agree"])["success"] == true)
            #expect(try Self.evaluate(pages, "document.getElementById('agree').checked") == true)
            #expect(try Self.post(routes, "/v1/browser/page/uncheck", ["selector": "#agree"])["success"] == true)
            #expect(try Self.evaluate(pages, "document.getElementById('agree').checked") == false)
            #expect(try Self.post(routes, "/v1/browser/page/check", ["selector": "#r1"])["success"] == true)
            let radio = try Self.post(routes, "/v1/browser/page/uncheck", ["selector": "#r1"])
            #expect(radio["success"] == false)
            let notBox = try Self.post(routes, "/v1/browser/page/check", ["selector": "#colour"])
            #expect(notBox["message"]?.stringValue?.contains("not a checkbox") == true)
        }
    }

    @Test func selectOptionByValueLabelIndex() throws {
        try TestChromium.withPages { pages, _ in
            try load(Self.formPage, into: pages)
            let routes = Self.routes(pages)
            let byLabel = try Self.post(
                routes, "/v1/browser/page/select_option", ["selector": "#colour", "label": "Green"])
            #expect(byLabel["data"]?["value"] == "g")
            #expect(try Self.evaluate(pages, "changed") == 1)
            _ = try Self.post(routes, "/v1/browser/page/select_option", ["selector": "#colour", "index": 0])
            #expect(try Self.evaluate(pages, "document.getElementById('colour').value") == "r")
            let missing = try Self.post(routes, "/v1/browser/page/select_option", ["selector": "#colour", "value": "x"])
            #expect(missing["success"] == false)
            #expect(missing["message"]?.stringValue?.contains("\"r\", \"g\"") == true)
        }
    }

    @Test func findTextIsCaseInsensitive() throws {
        try TestChromium.withPages { pages, _ in
            try load(Self.formPage, into: pages)
            let found = try Self.post(Self.routes(pages), "/v1/browser/page/find_text", ["keyword": "needle"])
            guard case .array(let matches)? = found["data"] else {
                Issue.record("find_text returned \(found)")
                return
            }
            #expect(matches.map { $0["text"] } == ["Find the needle here.", "And another NEEDLE."])
            #expect(matches.first?["tag"] == "p")
        }
    }

    static func routes(_ pages: BrowserPages) -> WorkspaceRouter {
        WorkspaceRouter(routes: BrowserPageRoutes.all(pages))
    }

    static func evaluate(_ pages: BrowserPages, _ expression: String) throws -> PaddockWorkspace.JSONValue {
        try pages.withActivePage("test") { try $0.evaluate(expression) }
    }

    static func post(
        _ router: WorkspaceRouter, _ path: String, _ body: PaddockWorkspace.JSONValue
    ) throws -> PaddockWorkspace.JSONValue {
        let head = try HTTPRequestHead(method: "POST", target: path)
        let context = HTTPRequestContext(peer: .unix(nil), requestID: "test", logger: Logger(label: "test"))
        let request = HTTPRequest(head: head, body: HTTPBody(bytes: body.serialized()))
        let response = router.handle(request, context)
        guard case .bytes(let bytes) = response.body else { return .null }
        return try PaddockWorkspace.JSONValue.parse(bytes)
    }
}
