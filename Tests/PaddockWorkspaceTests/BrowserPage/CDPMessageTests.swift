import Foundation
import Testing

@testable import PaddockWorkspace

@Suite struct CDPMessageTests {
    @Test func replyWithResult() {
        let message = CDPMessage.decode(Array(#"{"id":7,"result":{"value":3}}"#.utf8))
        #expect(message == .reply(id: 7, result: .success(["value": 3])))
    }

    @Test func replyWithErrorAndData() {
        let text = #"{"id":2,"error":{"code":-32000,"message":"Cannot find context","data":"id 9"}}"#
        let message = CDPMessage.decode(Array(text.utf8))
        let expected = CDPMessage.CDPReplyError(code: -32000, message: "Cannot find context: id 9")
        #expect(message == .reply(id: 2, result: .failure(expected)))
    }

    @Test func eventWithSession() {
        let text = #"{"method":"Page.lifecycleEvent","params":{"name":"load"},"sessionId":"S1"}"#
        let message = CDPMessage.decode(Array(text.utf8))
        #expect(message == .event(CDPEvent(method: "Page.lifecycleEvent", params: ["name": "load"], sessionId: "S1")))
    }

    @Test func junkIsIgnored() {
        #expect(CDPMessage.decode(Array("not json".utf8)) == nil)
        #expect(CDPMessage.decode(Array(#"{"params":{}}"#.utf8)) == nil)
        #expect(CDPMessage.decode(Array("[1,2]".utf8)) == nil)
    }

    @Test func callEncodesSessionOnlyWhenGiven() throws {
        let withSession = try JSONValue.parse(
            CDPMessage.encodeCall(id: 4, method: "Page.enable", params: [:], sessionId: "ABC"))
        #expect(withSession["sessionId"] == "ABC")
        #expect(withSession["id"] == 4)
        #expect(withSession["method"] == "Page.enable")
        let browserLevel = try JSONValue.parse(
            CDPMessage.encodeCall(id: 5, method: "Target.getTargets", params: [:], sessionId: nil))
        #expect(browserLevel["sessionId"] == nil)
    }
}
