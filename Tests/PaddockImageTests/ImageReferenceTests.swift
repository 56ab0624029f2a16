import PaddockCore
import Testing

@testable import PaddockImage

struct ImageReferenceTests {
    @Test func parsesRegistryRepositoryAndTag() throws {
        let reference = try ImageReference(parsing: "127.0.0.1:5000/team/app:1.0")
        #expect(reference.registry == "127.0.0.1:5000")
        #expect(reference.repository == "team/app")
        #expect(reference.tag == "1.0")
        #expect(reference.manifestReference == "1.0")
    }

    @Test func defaultsTagToLatest() throws {
        let reference = try ImageReference(parsing: "localhost/app")
        #expect(reference.tag == "latest")
        #expect(reference.description == "localhost/app:latest")
    }

    @Test func digestWinsOverTag() throws {
        let hex = String(repeating: "ab", count: 32)
        let reference = try ImageReference(parsing: "registry.example:443/app:1@sha256:\(hex)")
        #expect(reference.tag == "1")
        #expect(reference.manifestReference == "sha256:\(hex)")
    }

    @Test(arguments: [
        ("", "empty"), ("ubuntu:22.04", "no registry"), ("library/ubuntu", "not a registry host"),
        ("localhost/App", "repository component"), ("localhost/app:", "tag"), ("localhost/app@sha256:zz", "sha256"),
        ("localhost:99999/app", "not a registry host"), ("localhost/a//b", "repository component"),
        ("localhost/app:-bad", "tag"),
    ])
    func rejectsInvalidReference(_ text: String, _ reason: String) {
        #expect {
            try ImageReference(parsing: text)
        } throws: { error in
            guard let error = error as? PaddockError else { return false }
            return error.code == .invalidArgument && error.message.contains(reason)
                && error.message.contains("HOST[:PORT]/REPOSITORY")
        }
    }
}
