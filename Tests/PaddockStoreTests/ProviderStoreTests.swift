import Foundation
import PaddockCore
import Testing

@testable import PaddockStore

/// A reversible stand-in for the gateway's cipher: it flips every bit of the value and prefixes a
/// checksum of the context, so a sealed value never contains its plaintext and opens only in place.
struct FlippingSealer: SecretSealer {
    struct WrongContext: Error {}

    func seal(_ plaintext: [UInt8], context: String) throws -> [UInt8] {
        [Self.checksum(context)] + plaintext.map { ~$0 }
    }

    func open(_ sealed: [UInt8], context: String) throws -> [UInt8] {
        guard sealed.first == Self.checksum(context) else { throw WrongContext() }
        return sealed.dropFirst().map { ~$0 }
    }

    static func checksum(_ context: String) -> UInt8 {
        context.utf8.reduce(0) { $0 &+ $1 }
    }
}

struct ProviderStoreTests {
    static let sealer = FlippingSealer()
    static let secret = "sk-live-7f3a9c1e5b2d4f60"

    @Test func insertAndRead() throws {
        try withTemporaryStore { store, _ in
            let inserted = try store.insertProvider(
                name: "openai", credentials: ["OPENAI_API_KEY": Self.secret, "ORG": "acme"],
                endpoints: ["api.openai.com:443"], sealer: Self.sealer)
            #expect(inserted.credentialKeys == ["OPENAI_API_KEY", "ORG"])
            #expect(inserted.endpoints == ["api.openai.com:443"])
            #expect(try store.provider(named: "openai") == inserted)
            #expect(try store.provider(named: "missing") == nil)
        }
    }

    @Test func secretsRoundTrip() throws {
        try withTemporaryStore { store, _ in
            try store.insertProvider(
                name: "openai", credentials: ["OPENAI_API_KEY": Self.secret], endpoints: [], sealer: Self.sealer)
            let secrets = try store.providerSecrets(name: "openai", sealer: Self.sealer)
            #expect(secrets == ["OPENAI_API_KEY": Self.secret])
        }
    }

    @Test func secretAbsentFromDatabaseFile() throws {
        try withTemporaryStore { store, directory in
            try store.insertProvider(
                name: "openai", credentials: ["OPENAI_API_KEY": Self.secret], endpoints: [], sealer: Self.sealer)
            store.close()
            var raw = Data()
            for suffix in ["", "-wal"] {
                raw += FileManager.default.contents(atPath: directory.databasePath + suffix) ?? Data()
            }
            #expect(raw.count > 0)
            #expect(raw.range(of: Data(Self.secret.utf8)) == nil)
            #expect(raw.range(of: Data("OPENAI_API_KEY".utf8)) != nil)
        }
    }

    @Test func duplicateNameIsAlreadyExists() throws {
        try withTemporaryStore { store, _ in
            try store.insertProvider(name: "gh", credentials: ["GH_TOKEN": "a"], endpoints: [], sealer: Self.sealer)
            let error = #expect(throws: PaddockError.self) {
                try store.insertProvider(name: "gh", credentials: ["GH_TOKEN": "b"], endpoints: [], sealer: Self.sealer)
            }
            #expect(error?.code == .alreadyExists)
            #expect(error?.message.contains("'gh'") == true)
        }
    }

    @Test func updateReplacesAddsAndRemoves() throws {
        try withTemporaryStore { store, _ in
            try store.insertProvider(
                name: "gh", credentials: ["GH_TOKEN": "old", "EXTRA": "x"], endpoints: ["github.com"],
                sealer: Self.sealer)
            let updated = try store.updateProvider(
                name: "gh", setting: ["GH_TOKEN": "new", "GH_HOST": "github.com"], removing: ["EXTRA"],
                endpoints: ["github.com", "api.github.com:443"], sealer: Self.sealer)
            #expect(updated.credentialKeys == ["GH_HOST", "GH_TOKEN"])
            #expect(updated.endpoints == ["github.com", "api.github.com:443"])
            let secrets = try store.providerSecrets(name: "gh", sealer: Self.sealer)
            #expect(secrets == ["GH_TOKEN": "new", "GH_HOST": "github.com"])
        }
    }

    @Test func updateKeepsEndpointsWhenNil() throws {
        try withTemporaryStore { store, _ in
            try store.insertProvider(
                name: "gh", credentials: ["T": "a"], endpoints: ["github.com"], sealer: Self.sealer)
            let updated = try store.updateProvider(name: "gh", setting: ["T": "b"], sealer: Self.sealer)
            #expect(updated.endpoints == ["github.com"])
        }
    }

    @Test func updateMissingIsNotFound() throws {
        try withTemporaryStore { store, _ in
            let error = #expect(throws: PaddockError.self) {
                try store.updateProvider(name: "nope", setting: ["T": "b"], sealer: Self.sealer)
            }
            #expect(error?.code == .notFound)
        }
    }

    @Test func listSortedByName() throws {
        try withTemporaryStore { store, _ in
            try store.insertProvider(name: "zeta", credentials: ["T": "a"], endpoints: [], sealer: Self.sealer)
            try store.insertProvider(name: "alpha", credentials: ["T": "a"], endpoints: [], sealer: Self.sealer)
            #expect(try store.listProviders().map(\.name) == ["alpha", "zeta"])
        }
    }

    @Test func sealedValueMovedToOtherKeyFailsToOpen() throws {
        try withTemporaryStore { store, directory in
            try store.insertProvider(
                name: "gh", credentials: ["A_KEY": "one", "B_KEY": "two"], endpoints: [], sealer: Self.sealer)
            let raw = try Connection(path: directory.databasePath)
            try raw.execute(
                "UPDATE provider_credentials "
                    + "SET sealed = (SELECT sealed FROM provider_credentials WHERE key = 'B_KEY') WHERE key = 'A_KEY'")
            raw.close()
            let error = #expect(throws: PaddockError.self) {
                try store.providerSecrets(name: "gh", sealer: Self.sealer)
            }
            #expect(error?.code == .internal)
            #expect(error?.message.contains("A_KEY") == true)
        }
    }

    @Test func deleteRefusedWhileUsed() throws {
        try withTemporaryStore { store, _ in
            try store.insertProvider(name: "gh", credentials: ["T": "a"], endpoints: [], sealer: Self.sealer)
            try store.insertSandbox(makeSandbox("alpha"))
            try store.insertSandbox(makeSandbox("beta"))
            try store.setSandboxProviders(sandboxID: "sb-alpha", providers: ["gh"])
            try store.setSandboxProviders(sandboxID: "sb-beta", providers: ["gh"])
            let error = #expect(throws: PaddockError.self) { try store.deleteProvider(name: "gh") }
            #expect(error?.code == .failedPrecondition)
            #expect(error?.message.contains("'alpha', 'beta'") == true)
            #expect(try store.provider(named: "gh") != nil)
        }
    }

    @Test func deleteAfterSandboxGone() throws {
        try withTemporaryStore { store, _ in
            try store.insertProvider(name: "gh", credentials: ["T": "a"], endpoints: [], sealer: Self.sealer)
            try store.insertSandbox(makeSandbox("alpha"))
            try store.setSandboxProviders(sandboxID: "sb-alpha", providers: ["gh"])
            try store.deleteSandbox(id: "sb-alpha")
            #expect(try store.deleteProvider(name: "gh"))
            #expect(try store.provider(named: "gh") == nil)
        }
    }

    @Test func sandboxProvidersKeepOrder() throws {
        try withTemporaryStore { store, _ in
            try store.insertProvider(name: "b", credentials: ["B": "1"], endpoints: [], sealer: Self.sealer)
            try store.insertProvider(name: "a", credentials: ["A": "1"], endpoints: [], sealer: Self.sealer)
            try store.insertSandbox(makeSandbox("alpha"))
            try store.setSandboxProviders(sandboxID: "sb-alpha", providers: ["b", "a"])
            #expect(try store.sandboxProviders(sandboxID: "sb-alpha") == ["b", "a"])
            #expect(try store.sandboxNames(usingProvider: "a") == ["alpha"])
        }
    }

    @Test func attachingUnknownProviderIsNotFound() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("alpha"))
            let error = #expect(throws: PaddockError.self) {
                try store.setSandboxProviders(sandboxID: "sb-alpha", providers: ["ghost"])
            }
            #expect(error?.code == .notFound)
            #expect(error?.message.contains("'ghost'") == true)
        }
    }

    @Test func placeholderStoredOnce() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("alpha"))
            let first = try store.placeholder(sandboxID: "sb-alpha", provider: "gh", key: "T") { "first" }
            let second = try store.placeholder(sandboxID: "sb-alpha", provider: "gh", key: "T") { "second" }
            #expect(first == "first")
            #expect(second == "first")
        }
    }

    @Test func placeholderForMissingSandboxIsNotFound() throws {
        try withTemporaryStore { store, _ in
            let error = #expect(throws: PaddockError.self) {
                try store.placeholder(sandboxID: "sb-none", provider: "gh", key: "T") { "p" }
            }
            #expect(error?.code == .notFound)
        }
    }
}
