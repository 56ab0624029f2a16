import Testing

@testable import PaddockPolicy

struct ProcessValidationTests {
    private func load(user: String) throws -> ProcessIdentity? {
        try PolicyLoader.parse(yaml: "version: 1\nprocess:\n  run_as_user: \(user)\n").process.runAsUser
    }

    static let accepted: [(text: String, identity: ProcessIdentity)] = [
        ("sandbox", .sandbox), ("1000", .id(1000)), ("\"1000\"", .id(1000)), ("1", .id(1)),
        ("4294967294", .id(4_294_967_294)), ("app-user", .name("app-user")), ("_svc", .name("_svc")),
        ("machine$", .name("machine$")),
    ]

    @Test(arguments: accepted) func identityAccepted(_ testCase: (text: String, identity: ProcessIdentity)) throws {
        #expect(try load(user: testCase.text) == testCase.identity)
    }

    static let rejected: [(text: String, fragment: String)] = [
        ("root", "user root is not allowed"),
        ("0", "user ID 0 is root"),
        ("\"0\"", "user ID 0 is root"),
        ("4294967295", "invalid user ID 4294967295; expected 1-4294967294"),
        ("99999999999", "invalid user ID 99999999999"),
        ("-1", "invalid user ID -1"),
        ("1.5", "invalid user name \"1.5\""),
        ("\"two words\"", "invalid user name \"two words\""),
        ("9lives", "invalid user name \"9lives\""),
        ("true", "expected a user name or numeric ID, got boolean true"),
        ("[a]", "expected a user name or numeric ID, got a sequence"),
    ]

    @Test(arguments: rejected) func identityRejected(_ testCase: (text: String, fragment: String)) {
        let yaml = "version: 1\nprocess:\n  run_as_user: \(testCase.text)\n"
        #expect(PolicyFixture.rejects(yaml, with: "process.run_as_user: \(testCase.fragment)"))
    }

    @Test func groupCheckedLikeUser() {
        let yaml = "version: 1\nprocess:\n  run_as_group: root\n"
        #expect(PolicyFixture.rejects(yaml, with: "process.run_as_group: group root is not allowed"))
    }

    @Test func omittedFieldsStayNil() throws {
        let process = try PolicyLoader.parse(yaml: "version: 1\nprocess:\n  run_as_group: sandbox\n").process
        #expect(process.runAsUser == nil)
        #expect(process.runAsGroup == .sandbox)
    }
}
