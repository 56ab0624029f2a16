import Testing

@testable import PaddockCore

struct EnvironmentAssignmentTests {
    @Test func parsesKeyAndValue() throws {
        #expect(try EnvironmentAssignment.parse("DEBUG=1") == EnvironmentAssignment(key: "DEBUG", value: "1"))
    }

    @Test func allowsEmptyValue() throws {
        #expect(try EnvironmentAssignment.parse("EMPTY=").value == "")
    }

    @Test func keepsEqualsInValue() throws {
        #expect(try EnvironmentAssignment.parse("URL=a=b=c").value == "a=b=c")
    }

    @Test(arguments: ["_X=1", "a=1", "Path_2=1", "Z9=1"])
    func acceptsValidKeys(text: String) {
        #expect(throws: Never.self) { try EnvironmentAssignment.parse(text) }
    }

    @Test(arguments: ["1X=1", "=1", "A-B=1", "A B=1", "Ä=1", "A.B=1"])
    func rejectsInvalidKeys(text: String) {
        #expect(throws: PaddockError.self) { try EnvironmentAssignment.parse(text) }
    }

    @Test func missingEqualsMessage() {
        let error = #expect(throws: PaddockError.self) { try EnvironmentAssignment.parse("DEBUG") }
        #expect(error?.message == "invalid environment variable 'DEBUG': expected KEY=VALUE, such as DEBUG=1")
    }

    @Test func invalidKeyMessage() {
        let error = #expect(throws: PaddockError.self) { try EnvironmentAssignment.parse("1X=2") }
        #expect(
            error?.message == "invalid environment variable '1X=2': the name '1X' must start with a letter or '_' "
                + "and contain only letters, digits and '_'")
    }

    @Test func emptyKeyMessage() {
        let error = #expect(throws: PaddockError.self) { try EnvironmentAssignment.parse("=2") }
        #expect(error?.message == "invalid environment variable '=2': the name before '=' is empty")
    }

    @Test func validateKeyNamesKey() {
        let error = #expect(throws: PaddockError.self) { try EnvironmentAssignment.validateKey("A-B") }
        #expect(error?.message.hasPrefix("invalid environment variable name 'A-B': ") == true)
    }

    @Test func laterAssignmentWins() {
        let assignments = [
            EnvironmentAssignment(key: "A", value: "1"), EnvironmentAssignment(key: "A", value: "2"),
        ]
        #expect(EnvironmentAssignment.dictionary(assignments) == ["A": "2"])
    }
}
