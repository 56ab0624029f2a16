import Testing

@testable import PaddockPolicy

struct FilesystemValidationTests {
    private func policy(readOnly: [String] = [], readWrite: [String] = []) -> String {
        func list(_ paths: [String]) -> String {
            "[" + paths.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        }
        return "version: 1\nfilesystem_policy:\n  read_only: \(list(readOnly))\n  read_write: \(list(readWrite))\n"
    }

    @Test func listsLoadInOrder() throws {
        let loaded = try PolicyLoader.parse(yaml: policy(readOnly: ["/usr", "/etc"], readWrite: ["/tmp"]))
        #expect(loaded.filesystemPolicy?.readOnly == ["/usr", "/etc"])
        #expect(loaded.filesystemPolicy?.readWrite == ["/tmp"])
    }

    @Test func includeWorkdirDefaultsFalse() throws {
        let loaded = try PolicyLoader.parse(yaml: policy(readOnly: ["/usr"]))
        #expect(loaded.filesystemPolicy?.includeWorkdir == false)
    }

    @Test func missingSectionIsNil() throws {
        #expect(try PolicyLoader.parse(yaml: "version: 1").filesystemPolicy == nil)
    }

    @Test func relativePathRejected() {
        #expect(PolicyFixture.rejects(policy(readOnly: ["usr"]), with: "read_only[0]: path \"usr\" is not absolute"))
    }

    @Test func parentComponentRejected() {
        let yaml = policy(readWrite: ["/sandbox/../etc"])
        #expect(PolicyFixture.rejects(yaml, with: "read_write[0]: path \"/sandbox/../etc\" contains a .. component"))
    }

    @Test func dotsInNamesAccepted() {
        #expect(PolicyFixture.messages(policy(readOnly: ["/opt/..hidden", "/opt/a..b", "/home/.cache"])).isEmpty)
    }

    @Test func rootReadWriteRejected() {
        #expect(PolicyFixture.rejects(policy(readWrite: ["/"]), with: "/ cannot be read-write"))
        #expect(PolicyFixture.rejects(policy(readWrite: ["//"]), with: "/ cannot be read-write"))
    }

    @Test func rootReadOnlyAccepted() {
        #expect(PolicyFixture.messages(policy(readOnly: ["/"])).isEmpty)
    }

    @Test func pathLengthLimit() {
        let longest = "/" + String(repeating: "a", count: FilesystemPolicy.maxPathLength - 1)
        #expect(PolicyFixture.messages(policy(readOnly: [longest])).isEmpty)
        #expect(PolicyFixture.rejects(policy(readOnly: [longest + "a"]), with: "is 4097 bytes long; at most 4096"))
    }

    @Test func pathCountLimit() {
        let paths = (0..<FilesystemPolicy.maxPaths).map { "/data/\($0)" }
        #expect(PolicyFixture.messages(policy(readOnly: Array(paths.dropFirst()), readWrite: ["/tmp"])).isEmpty)
        #expect(
            PolicyFixture.rejects(
                policy(readOnly: paths, readWrite: ["/tmp"]), with: "too many paths: 257 in read_only and read_write"))
    }

    @Test func nulCharacterRejected() {
        let yaml = "version: 1\nfilesystem_policy:\n  read_only: [\"/usr\\0/lib\"]\n"
        #expect(PolicyFixture.rejects(yaml, with: "contains a NUL character"))
    }

    @Test func nonStringPathRejected() {
        let yaml = "version: 1\nfilesystem_policy:\n  read_only: [/usr, 42]\n"
        #expect(PolicyFixture.rejects(yaml, with: "read_only[1]: expected a string, got number 42"))
    }

    @Test func scalarInsteadOfListRejected() {
        let yaml = "version: 1\nfilesystem_policy:\n  read_only: /usr\n"
        #expect(PolicyFixture.rejects(yaml, with: "read_only: expected a sequence, got string \"/usr\""))
    }

    @Test func landlockDefaultsToBestEffort() throws {
        #expect(try PolicyLoader.parse(yaml: "version: 1").landlock.compatibility == .bestEffort)
        #expect(try PolicyLoader.parse(yaml: "version: 1\nlandlock: {}").landlock.compatibility == .bestEffort)
    }

    @Test func landlockHardRequirementLoads() throws {
        let yaml = "version: 1\nlandlock:\n  compatibility: hard_requirement\n"
        #expect(try PolicyLoader.parse(yaml: yaml).landlock.compatibility == .hardRequirement)
    }

    @Test func landlockValueRejected() {
        let yaml = "version: 1\nlandlock:\n  compatibility: BestEffort\n"
        #expect(PolicyFixture.rejects(yaml, with: "invalid compatibility \"BestEffort\"; expected one of best_effort"))
    }
}
