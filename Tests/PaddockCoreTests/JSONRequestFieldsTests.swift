import Testing

@testable import PaddockCore

struct JSONRequestFieldsTests {
    struct Sample: Decodable {
        var name: String?
        var pids: Int?
        var command: [String]
        var env: [String: String]?
    }

    static let fields = JSONRequestFields(
        subject: "the request body",
        fields: [
            .init("name", .string), .init("pids", .integer(1...100)),
            .init("command", .stringArray, required: true), .init("env", .stringMap),
        ])

    func message(_ body: String) -> String? {
        let error = #expect(throws: PaddockError.self) {
            try Self.fields.decode(Sample.self, from: Array(body.utf8))
        }
        #expect(error?.code == .invalidArgument)
        return error?.message
    }

    @Test func decodesValidObject() throws {
        let sample = try Self.fields.decode(
            Sample.self, from: Array(#"{"name":"a","pids":3,"command":["ls"],"env":{"A":"1"}}"#.utf8))
        #expect(sample.name == "a")
        #expect(sample.pids == 3)
        #expect(sample.command == ["ls"])
        #expect(sample.env == ["A": "1"])
    }

    @Test func unknownFieldListsAccepted() {
        #expect(
            message(#"{"command":["ls"],"memroy":"64M"}"#)
                == "unknown field 'memroy' in the request body; accepted fields: name, pids, command, env")
    }

    @Test(arguments: ["[]", "null", "3", "\"text\""])
    func nonObjectBody(body: String) {
        #expect(message(body)?.hasPrefix("the request body must be a JSON object, got ") == true)
    }

    @Test func invalidJSON() {
        #expect(message("{\"command\":") == "the request body is not valid JSON; send a JSON object such as {}")
    }

    @Test func fractionForInteger() {
        #expect(message(#"{"command":["ls"],"pids":1.5}"#) == "field 'pids' must be an integer from 1 to 100, got 1.5")
    }

    @Test func integerOutOfRange() {
        #expect(message(#"{"command":["ls"],"pids":0}"#) == "field 'pids' must be an integer from 1 to 100, got 0")
    }

    @Test func stringForInteger() {
        #expect(message(#"{"command":["ls"],"pids":"2"}"#) == "field 'pids' must be an integer from 1 to 100, got \"2\"")
    }

    @Test func wrongArrayItem() {
        #expect(message(#"{"command":["ls",3]}"#) == "field 'command[1]' must be a string, got 3")
    }

    @Test func objectForArray() {
        #expect(message(#"{"command":{}}"#) == "field 'command' must be an array of strings, got an object")
    }

    @Test func missingRequired() {
        #expect(message("{}") == "missing field 'command' in the request body")
    }

    @Test func nulInArgument() {
        #expect(message(#"{"command":["a\u0000b"]}"#) == "field 'command[0]' contains a NUL character, which is not allowed")
    }

    @Test func nulInEnvironmentValue() {
        #expect(
            message(#"{"command":["ls"],"env":{"A":"x\u0000"}}"#)
                == "field 'env.A' contains a NUL character, which is not allowed")
    }

    @Test func boolIsNotInteger() {
        #expect(message(#"{"command":["ls"],"pids":true}"#) == "field 'pids' must be an integer from 1 to 100, got true")
    }

    @Test func longStringIsCut() {
        let long = String(repeating: "x", count: 200)
        let text = message(#"{"command":"\#(long)"}"#)
        #expect(text?.count ?? 0 < 120)
        #expect(text?.hasSuffix("...\"") == true)
    }
}
