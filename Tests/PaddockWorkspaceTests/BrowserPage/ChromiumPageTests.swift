import Foundation
import Glibc
import Synchronization
import Testing

@testable import PaddockWorkspace

/// Tests against a real headless Chromium that each test launches.
@Suite(.serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: TestChromium.executable)))
struct ChromiumPageTests {
    @Test func concurrentCallsGetTheirOwnReplies() throws {
        try TestChromium.withPages { pages, _ in
            let page = try pages.targets.active()
            let results = Mutex<[Int: JSONValue]>([:])
            DispatchQueue.concurrentPerform(iterations: 16) { number in
                let value = try? page.evaluate("\(number) * 3")
                results.withLock { $0[number] = value ?? .null }
            }
            for number in 0..<16 {
                #expect(results.withLock { $0[number] } == .int(number * 3))
            }
        }
    }

    @Test func protocolErrorCarriesChromiumMessage() throws {
        try TestChromium.withPages { pages, _ in
            let connection = try pages.browser.connection()
            let error = #expect(throws: CDPError.self) { try connection.call("Nonexistent.method") }
            #expect(error?.method == "Nonexistent.method")
            #expect(error?.message.contains("wasn't found") == true)
        }
    }

    @Test func markdownOfFixedPage() throws {
        try TestChromium.withPages { pages, _ in
            try load(Self.markdownPage, into: pages)
            let value = try pages.withActivePage("markdown") { try $0.run(MarkdownScript.source) }
            let markdown = try #require(value["markdown"]?.stringValue)
            #expect(markdown == Self.expectedMarkdown)
            #expect(value["title"] == "Fixture")
        }
    }

    @Test func elementIndicesStayStable() throws {
        try TestChromium.withPages { pages, _ in
            try load(
                """
                <button id="a" onclick="document.title='clicked a'">A</button>
                <a href="#x">link</a><span>not interactive</span><input id="name" placeholder="Name">
                """, into: pages)
            let first = try pages.withActivePage("elements") { try $0.run(ElementsScript.source) }
            guard case .array(let items) = first else {
                Issue.record("elements returned \(first)")
                return
            }
            #expect(items.count == 3)
            #expect(items.map { $0["index"] } == [0, 1, 2])
            #expect(items.map { $0["tag"] } == ["button", "a", "input"])
            #expect(items[2]["placeholder"] == "Name")

            _ = try pages.withActivePage("add") { page in
                try page.evaluate(
                    "document.body.insertAdjacentHTML('afterbegin', '<button id=\"new\">New</button>'); true")
            }
            let second = try pages.withActivePage("elements") { try $0.run(ElementsScript.source) }
            guard case .array(let again) = second else { return }
            #expect(again.count == 4)
            #expect(again.first { $0["id"] == "a" }?["index"] == 0)
            #expect(again.first { $0["id"] == "new" }?["index"] == 3)

            try pages.withActivePage("click") { page in
                let point = try pages.point(of: .init(index: 0), on: page, operation: "click")
                try pages.input(page).click(at: point.x, point.y)
            }
            let title = try pages.withActivePage("title") { try $0.evaluate("document.title") }
            #expect(title == "clicked a")
        }
    }

    @Test func missingSelectorFailsWithItsName() throws {
        try TestChromium.withPages { pages, _ in
            try load("<p>nothing here</p>", into: pages)
            let failure = #expect(throws: OperationFailure.self) {
                try pages.withActivePage("click on \"#missing\"") { page in
                    _ = try pages.point(of: .init(selector: "#missing"), on: page, operation: "click")
                }
            }
            #expect(failure?.message == "click on \"#missing\" failed: no element matches selector \"#missing\"")
        }
    }

    @Test func fillThenTypeKeys() throws {
        try TestChromium.withPages { pages, _ in
            try load(
                """
                <input id="q" value="old"><script>
                let changes = 0; document.getElementById('q').addEventListener('change', () => changes++);
                </script>
                """, into: pages)
            try pages.withActivePage("fill") { page in
                try pages.fill(.init(selector: "#q"), text: "hello", on: page)
                try pages.input(page).typeCharacters("!X", delay: 0)
                try pages.input(page).chord(KeyNames.chord("Backspace"))
            }
            let value = try pages.withActivePage("read") { try $0.evaluate("document.getElementById('q').value") }
            #expect(value == "hello!")
            let changes = try pages.withActivePage("read") { try $0.evaluate("changes") }
            #expect(changes == 1)
        }
    }

    @Test func hangingServerTimesOutThenNextNavigationWorks() throws {
        let listener = try SilentListener()
        defer { listener.close() }
        try TestChromium.withPages { pages, _ in
            let url = "http://127.0.0.1:\(listener.port)/never"
            let failure = #expect(throws: OperationFailure.self) {
                try pages.withActivePage("navigation") { try $0.navigate(to: url, waitUntil: "load", timeout: 2) }
            }
            #expect(failure?.message.contains(url) == true)
            let message = failure?.message ?? ""
            #expect(message.contains("timed out") || message.contains("did not reach"))
            try load("<h1>after</h1>", into: pages)
            let text = try pages.withActivePage("text") { try $0.run(PageScripts.visibleText) }
            #expect(text == "after")
        }
    }

    @Test func refusedConnectionNamesNetError() throws {
        let listener = try SilentListener()
        let port = listener.port
        listener.close()
        try TestChromium.withPages { pages, _ in
            let failure = #expect(throws: OperationFailure.self) {
                try pages.withActivePage("navigation") { page in
                    try page.navigate(to: "http://127.0.0.1:\(port)/", waitUntil: "load", timeout: 10)
                }
            }
            #expect(failure?.message.contains("net::ERR_CONNECTION_REFUSED") == true)
        }
    }

    @Test func crashDuringCallIsReportedThenReplaced() throws {
        try TestChromium.withPages { pages, chromium in
            try load("<p>before</p>", into: pages)
            let page = try pages.targets.active()
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { chromium.kill() }
            let failure = #expect(throws: OperationFailure.self) {
                try pages.translatingErrors("slow script") {
                    try page.evaluate("new Promise((resolve) => setTimeout(resolve, 20000))")
                }
            }
            #expect(failure?.message.contains("next request restarts the browser") == true)
            let text = try pages.withActivePage("text") { try $0.run(PageScripts.visibleText) }
            #expect(text == "")
            #expect(try pages.browser.connection().endpoint.generation == 2)
        }
    }

    @Test func evaluateCallsFunctionsAndReportsThrows() throws {
        try TestChromium.withPages { pages, _ in
            try load("<title>T</title>", into: pages)
            let value = try pages.withActivePage("evaluate") { try $0.evaluateForClient("() => document.title + 1") }
            #expect(value == "T1")
            let object = try pages.withActivePage("evaluate") { try $0.evaluateForClient("({a: [1, 2]})") }
            #expect(object == ["a": [1, 2]])
            let failure = #expect(throws: OperationFailure.self) {
                try pages.withActivePage("evaluate") { try $0.evaluateForClient("throw new Error('boom')") }
            }
            #expect(failure?.message == "evaluate failed: boom")
        }
    }

    static let markdownPage = """
        <html><head><title>Fixture</title><style>p { color: red }</style></head><body>
        <h1>Main <em>title</em></h1>
        <p>Some <strong>bold</strong> text with a <a href="https://example.test/x">link</a> and <code>code()</code>.</p>
        <div hidden>secret</div><script>var ignored = 1;</script>
        <ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul>
        <ol start="3"><li>third</li><li>fourth</li></ol>
        <pre><code class="language-swift">let x = 1
        print(x)</code></pre>
        <blockquote><p>quoted</p></blockquote>
        <table><tr><th>Name</th><th>Value</th></tr><tr><td>a|b</td><td>1</td></tr></table>
        <div>loose <b>inline</b> text<h2>Second</h2>tail</div>
        </body></html>
        """

    static let expectedMarkdown = """
        # Main *title*

        Some **bold** text with a [link](https://example.test/x) and `code()`.

        - one
        - two
          - nested

        3. third
        4. fourth

        ```swift
        let x = 1
        print(x)
        ```

        > quoted

        | Name | Value |
        | --- | --- |
        | a\\|b | 1 |

        loose **inline** text

        ## Second

        tail
        """
}

/// A TCP listener on 127.0.0.1 that never accepts, so connections complete in the kernel's
/// backlog and requests get no answer.
final class SilentListener {
    let descriptor: Int32
    let port: Int

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, size) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            Glibc.close(fd)
            throw TestChromiumError(message: "cannot listen on 127.0.0.1: errno \(errno)")
        }
        var length = size
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        descriptor = fd
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() {
        Glibc.close(descriptor)
    }
}
