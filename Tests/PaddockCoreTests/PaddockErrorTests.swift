import Testing

@testable import PaddockCore

struct PaddockErrorTests {
    @Test func notFoundMapsTo404() {
        #expect(PaddockError.Code.notFound.httpStatus == 404)
    }

    @Test func descriptionIncludesCause() {
        let error = PaddockError(.internal, "store failed", cause: SystemCallError("open", errno: 2, subject: "/x"))
        #expect(error.description.contains("open(/x) failed"))
        #expect(error.description.contains("ENOENT"))
    }

    @Test func logfmtQuotesSpaces() {
        #expect(Logger.quote("a b") == "\"a b\"")
        #expect(Logger.quote("plain") == "plain")
    }
}
