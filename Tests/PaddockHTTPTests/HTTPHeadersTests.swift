import Testing

@testable import PaddockHTTP

struct HTTPHeadersTests {
    @Test func lookupIgnoresCase() {
        let headers: HTTPHeaders = ["Content-Type": "text/plain"]
        #expect(headers["content-type"] == "text/plain")
    }

    @Test func lookupDoesNotFoldNonLetters() {
        #expect(!HTTPHeaders.namesEqual("a@", "a`"))
    }

    @Test func repeatedFieldsKeepOrder() {
        var headers = HTTPHeaders()
        headers.add("Set-Cookie", "a=1")
        headers.add("X-Other", "x")
        headers.add("set-cookie", "b=2")
        #expect(headers.values(for: "SET-COOKIE") == ["a=1", "b=2"])
        #expect(headers.fields.map(\.name) == ["Set-Cookie", "X-Other", "set-cookie"])
    }

    @Test func setReplacesAllCopies() {
        var headers: HTTPHeaders = ["A": "1", "a": "2", "B": "3"]
        headers.set("A", "4")
        #expect(headers.values(for: "a") == ["4"])
        #expect(headers.count == 2)
    }

    @Test func tokensSplitListsAcrossFields() {
        let headers: HTTPHeaders = ["Connection": "keep-alive, Upgrade", "connection": " ,TE "]
        #expect(headers.tokens(for: "Connection") == ["keep-alive", "upgrade", "te"])
    }
}
