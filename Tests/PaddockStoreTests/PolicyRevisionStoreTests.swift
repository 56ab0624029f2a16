import Foundation
import PaddockCore
import Synchronization
import Testing

@testable import PaddockStore

struct PolicyRevisionStoreTests {
    @Test func appendNumbersFromOne() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("pol"))
            let first = try store.appendPolicyRevision(sandboxID: "sb-pol", policy: #"{"a":1}"#, source: "a: 1\n")
            let second = try store.appendPolicyRevision(sandboxID: "sb-pol", policy: #"{"a":2}"#, source: "a: 2\n")
            #expect(first.version == 1)
            #expect(second.version == 2)
            #expect(second.status == .pending)
            #expect(second.loadedAt == nil)
        }
    }

    @Test func versionsArePerSandbox() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("x"))
            try store.insertSandbox(makeSandbox("y"))
            try store.appendPolicyRevision(sandboxID: "sb-x", policy: "{}", source: "")
            let other = try store.appendPolicyRevision(sandboxID: "sb-y", policy: "{}", source: "")
            #expect(other.version == 1)
        }
    }

    @Test func appendToMissingSandboxIsNotFound() throws {
        try withTemporaryStore { store, _ in
            let error = #expect(throws: PaddockError.self) {
                try store.appendPolicyRevision(sandboxID: "sb-missing", policy: "{}", source: "")
            }
            #expect(error?.code == .notFound)
            #expect(error?.message.contains("sb-missing") == true)
        }
    }

    @Test func listAndGetRevision() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("pol"))
            let first = try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{1}", source: "one")
            let second = try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{2}", source: "two")
            #expect(try store.listPolicyRevisions(sandboxID: "sb-pol") == [first, second])
            #expect(try store.policyRevision(sandboxID: "sb-pol", version: 2) == second)
            #expect(try store.policyRevision(sandboxID: "sb-pol", version: 3) == nil)
        }
    }

    @Test func loadingSupersedesPreviousLoaded() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("pol"))
            try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{}", source: "", status: .loaded)
            try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{}", source: "")
            let now = Date()
            let loaded = try store.setPolicyRevisionStatus(sandboxID: "sb-pol", version: 2, status: .loaded, now: now)
            #expect(loaded.status == .loaded)
            #expect(loaded.loadedAt == now.storedPrecision)
            #expect(try store.policyRevision(sandboxID: "sb-pol", version: 1)?.status == .superseded)
        }
    }

    @Test func failedStatusKeepsLoadError() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("pol"))
            try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{}", source: "", status: .loaded)
            try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{}", source: "")
            let failed = try store.setPolicyRevisionStatus(
                sandboxID: "sb-pol", version: 2, status: .failed, loadError: "unknown key 'x'")
            #expect(failed.status == .failed)
            #expect(failed.loadError == "unknown key 'x'")
            #expect(failed.loadedAt == nil)
            #expect(try store.policyRevision(sandboxID: "sb-pol", version: 1)?.status == .loaded)
        }
    }

    @Test func setStatusOfMissingRevisionIsNotFound() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("pol"))
            let error = #expect(throws: PaddockError.self) {
                try store.setPolicyRevisionStatus(sandboxID: "sb-pol", version: 7, status: .loaded)
            }
            #expect(error?.code == .notFound)
        }
    }

    @Test func missingRevisionLeavesLoadedOneAlone() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("pol"))
            try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{}", source: "", status: .loaded)
            _ = try? store.setPolicyRevisionStatus(sandboxID: "sb-pol", version: 9, status: .loaded)
            #expect(try store.policyRevision(sandboxID: "sb-pol", version: 1)?.status == .loaded)
        }
    }

    @Test func concurrentAppendsGetDistinctVersions() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("busy"))
            let versions = Mutex<[Int]>([])
            runOnThreads(8) { _ in
                for _ in 0..<5 {
                    if let revision = try? store.appendPolicyRevision(sandboxID: "sb-busy", policy: "{}", source: "") {
                        versions.withLock { $0.append(revision.version) }
                    }
                }
            }
            #expect(versions.withLock { $0.sorted() } == Array(1...40))
        }
    }
}

struct PolicyRevisionSupersedeTests {
    @Test func loadingSupersedesOlderPending() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("pol"))
            try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{}", source: "", status: .loaded)
            try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{}", source: "")
            try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{}", source: "")
            try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{}", source: "")
            try store.setPolicyRevisionStatus(sandboxID: "sb-pol", version: 3, status: .loaded)
            let statuses = try store.listPolicyRevisions(sandboxID: "sb-pol").map(\.status)
            #expect(statuses == [.superseded, .superseded, .loaded, .pending])
        }
    }

    @Test func failedRevisionIsNotSuperseded() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("pol"))
            try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{}", source: "", status: .loaded)
            try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{}", source: "")
            try store.setPolicyRevisionStatus(sandboxID: "sb-pol", version: 2, status: .failed, loadError: "bad")
            try store.appendPolicyRevision(sandboxID: "sb-pol", policy: "{}", source: "")
            try store.setPolicyRevisionStatus(sandboxID: "sb-pol", version: 3, status: .loaded)
            let revisions = try store.listPolicyRevisions(sandboxID: "sb-pol")
            #expect(revisions.map(\.status) == [.superseded, .failed, .loaded])
            #expect(revisions[1].loadError == "bad")
        }
    }
}
