import Foundation
import PaddockCore
import PaddockStore
import Testing

@testable import PaddockGateway

struct ProviderValidationTests {
    @Test(arguments: ["api.github.com", "api.github.com:443", "*.example.com", "10.0.0.5:8443"])
    func endpointAccepted(endpoint: String) throws {
        try ProviderValidation.validateEndpoints([endpoint], provider: "p")
    }

    @Test(arguments: ["a:0", "a:99999", "a:https", ":443", "bad host"])
    func endpointRejected(endpoint: String) {
        let error = #expect(throws: PaddockError.self) {
            try ProviderValidation.validateEndpoints([endpoint], provider: "p")
        }
        #expect(error?.message.contains("invalid endpoint '\(endpoint)'") == true)
    }

    @Test func emptyValueRejected() {
        let error = #expect(throws: PaddockError.self) {
            try ProviderValidation.validateCredentials(["TOKEN": ""], provider: "p")
        }
        #expect(error?.message.contains("credential TOKEN of provider 'p' is empty") == true)
    }

    @Test func newlineInValueRejectedWithoutEcho() {
        let error = #expect(throws: PaddockError.self) {
            try ProviderValidation.validateCredentials(["TOKEN": "secret\nvalue"], provider: "p")
        }
        #expect(error?.message.contains("CR or LF") == true)
        #expect(error?.message.contains("secret") == false)
    }

    @Test func placeholderAsValueRejected() {
        let error = #expect(throws: PaddockError.self) {
            try ProviderValidation.validateCredentials(["TOKEN": "paddock-cred-x"], provider: "p")
        }
        #expect(error?.message.contains("marks placeholders") == true)
    }

    @Test func badKeyRejected() {
        let error = #expect(throws: PaddockError.self) {
            try ProviderValidation.validateCredentials(["1TOKEN": "v"], provider: "p")
        }
        #expect(error?.message.contains("invalid credential key '1TOKEN'") == true)
    }

    @Test func placeholderFormat() {
        let placeholder = EgressPlaceholder.make(provider: "git.hub", key: "TOKEN")
        #expect(placeholder.hasPrefix("paddock-cred-git_hub-TOKEN-"))
        #expect(placeholder.count == "paddock-cred-git_hub-TOKEN-".count + 32)
        #expect(placeholder != EgressPlaceholder.make(provider: "git.hub", key: "TOKEN"))
    }

    @Test func storeWithOtherKeyFailsClearly() throws {
        let path = NSTemporaryDirectory() + "paddock-seal-\(UUID().uuidString)/paddock.db"
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let store = try Store.open(path: path)
        defer { store.close() }
        let sealer = try AESGCMSealer(key: [UInt8](repeating: 1, count: 32))
        try store.insertProvider(name: "gh", credentials: ["T": "value-1"], endpoints: [], sealer: sealer)
        #expect(try store.providerSecrets(name: "gh", sealer: sealer) == ["T": "value-1"])

        let other = try AESGCMSealer(key: [UInt8](repeating: 2, count: 32))
        let error = #expect(throws: PaddockError.self) { try store.providerSecrets(name: "gh", sealer: other) }
        #expect(error?.code == .internal)
        #expect(error?.message.contains("credential T of provider 'gh' cannot be decrypted") == true)
    }
}

struct PolicyChangeTests {
    @Test func topLevelKeysOfBlockDocument() {
        let source = "version: 1\n# comment\nprocess:\n  run_as_user: sandbox\nnetwork_policies:\n  a: {}\n"
        #expect(SandboxManager.topLevelKeys(of: source) == ["version", "process", "network_policies"])
    }

    @Test func flowDocumentHasNoKeys() {
        #expect(SandboxManager.topLevelKeys(of: "{version: 1, process: {}}").isEmpty)
    }
}

struct AuditLineTests {
    @Test func lineBecomesEvent() throws {
        let line = #"{"time":"2026-12-04T10:00:00.250Z","kind":"http","level":"warning","message":"request denied"}"#
        let event = try #require(AuditIngester.event(from: Array(line.utf8)))
        #expect(event.kind == "http")
        #expect(event.level == .warning)
        #expect(event.message == "request denied")
        #expect(event.time == AuditIngester.parseTime("2026-12-04T10:00:00.250Z"))
        #expect(event.data == line)
    }

    @Test func nonObjectLineRejected() {
        #expect(AuditIngester.event(from: Array("[1, 2]".utf8)) == nil)
        #expect(AuditIngester.event(from: Array("not json".utf8)) == nil)
    }

    @Test func renderKeepsGatewayFields() throws {
        let record = EventRecord(
            id: 9, time: Date(timeIntervalSince1970: 0), sandboxID: "sb-1", sandboxName: "demo", kind: "connection",
            level: "info", message: "allowed",
            data: #"{"sandbox":"spoofed","id":1,"decision":"allow","pid":7}"#)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(LogLine.render(record).utf8)) as? [String: Any])
        #expect(object["sandbox"] as? String == "demo")
        #expect(object["id"] as? Int == 9)
        #expect(object["decision"] as? String == "allow")
        #expect(object["pid"] as? Int == 7)
        #expect(object["time"] as? String == "1970-01-01T00:00:00.000Z")
    }
}
