import Testing

@testable import PaddockWorkspace

@Suite struct RequestFieldsTests {
    private func fields(_ json: String) throws -> RequestFields {
        try RequestFields.parse(body: Array(json.utf8))
    }

    @Test func missingRequiredFieldIsReported() throws {
        let body = try fields(#"{"other": 1}"#)
        _ = body.requiredString("command")
        let failure = #expect(throws: ValidationFailure.self) { try body.validate() }
        #expect(failure?.issues.first?.location == ["body", "command"])
        #expect(failure?.issues.first?.type == "missing")
    }

    @Test func nullCountsAsAbsent() throws {
        let body = try fields(#"{"timeout": null}"#)
        #expect(body.double("timeout") == nil)
        try body.validate()
    }

    @Test func laxBooleansAndIntegers() throws {
        let body = try fields(#"{"a": "true", "b": 0, "c": "12", "d": 3.0}"#)
        #expect(body.bool("a") == true)
        #expect(body.bool("b") == false)
        #expect(body.int("c") == 12)
        #expect(body.int("d") == 3)
        try body.validate()
    }

    @Test func wrongTypesAreCollectedTogether() throws {
        let body = try fields(#"{"command": 5, "async_mode": "maybe"}"#)
        _ = body.requiredString("command")
        _ = body.bool("async_mode")
        let failure = #expect(throws: ValidationFailure.self) { try body.validate() }
        #expect(failure?.issues.map(\.type) == ["string_type", "bool_type"])
    }

    @Test func emptyBodyIsMissingBody() {
        let failure = #expect(throws: ValidationFailure.self) { try RequestFields.parse(body: []) }
        #expect(failure?.issues.first?.location == ["body"])
    }

    @Test func invalidJSONIsJSONInvalid() {
        let failure = #expect(throws: ValidationFailure.self) { try RequestFields.parse(body: Array("{x".utf8)) }
        #expect(failure?.issues.first?.type == "json_invalid")
    }

    @Test func nonObjectBodyIsRejected() {
        let failure = #expect(throws: ValidationFailure.self) { try RequestFields.parse(body: Array("[1]".utf8)) }
        #expect(failure?.issues.first?.type == "model_attributes_type")
    }

    @Test func stringMapRejectsNonStringValues() throws {
        let body = try fields(#"{"env": {"A": "1", "B": 2}}"#)
        _ = body.stringMap("env")
        let failure = #expect(throws: ValidationFailure.self) { try body.validate() }
        #expect(failure?.issues.first?.location == ["body", "env", "B"])
    }
}
