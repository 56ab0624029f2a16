import Foundation
import PaddockCore
import Synchronization
import Testing

@testable import PaddockStore

struct SandboxStoreTests {
    @Test func insertThenGetByNameAndID() throws {
        try withTemporaryStore { store, _ in
            var record = makeSandbox("brave-otter", expiresAt: Date().addingTimeInterval(60))
            record.supervisorPID = 4242
            record.supervisorStartTime = 123_456_789
            record.exitCode = 3
            record.lastError = "exec failed"
            let stored = try store.insertSandbox(record)
            #expect(try store.sandbox(named: "brave-otter") == stored)
            #expect(try store.sandbox(id: "sb-brave-otter") == stored)
            #expect(stored.supervisorStartTime == 123_456_789)
        }
    }

    @Test func getMissingReturnsNil() throws {
        try withTemporaryStore { store, _ throws in
            #expect(try store.sandbox(named: "nobody") == nil)
            #expect(try store.sandbox(id: "sb-nobody") == nil)
        }
    }

    @Test func largeStartTimeRoundTrips() throws {
        try withTemporaryStore { store, _ in
            var record = makeSandbox("big")
            record.supervisorStartTime = UInt64.max
            try store.insertSandbox(record)
            #expect(try store.sandbox(named: "big")?.supervisorStartTime == UInt64.max)
        }
    }

    @Test func duplicateNameIsAlreadyExists() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("dup", id: "sb-1"))
            let error = #expect(throws: PaddockError.self) {
                try store.insertSandbox(makeSandbox("dup", id: "sb-2"))
            }
            #expect(error?.code == .alreadyExists)
            #expect(error?.message.contains("sandbox 'dup' already exists") == true)
        }
    }

    @Test func duplicateIDIsAlreadyExists() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("first", id: "sb-same"))
            let error = #expect(throws: PaddockError.self) {
                try store.insertSandbox(makeSandbox("second", id: "sb-same"))
            }
            #expect(error?.code == .alreadyExists)
            #expect(error?.message.contains("sb-same") == true)
        }
    }

    @Test func listIsOrderedByCreation() throws {
        try withTemporaryStore { store, _ in
            let base = Date()
            try store.insertSandbox(makeSandbox("c", createdAt: base.addingTimeInterval(30)))
            try store.insertSandbox(makeSandbox("a", createdAt: base.addingTimeInterval(10)))
            try store.insertSandbox(makeSandbox("b", createdAt: base.addingTimeInterval(20)))
            #expect(try store.listSandboxes().map(\.name) == ["a", "b", "c"])
        }
    }

    @Test func updateReplacesFieldsAndBumpsUpdatedAt() throws {
        try withTemporaryStore { store, _ in
            let created = Date().addingTimeInterval(-100)
            var record = try store.insertSandbox(makeSandbox("upd", createdAt: created))
            record.phase = .running
            record.supervisorPID = 99
            record.lastError = nil
            let later = Date()
            let updated = try store.updateSandbox(record, now: later)
            let fetched = try store.sandbox(id: record.id)
            #expect(fetched == updated)
            #expect(fetched?.phase == .running)
            #expect(fetched?.supervisorPID == 99)
            #expect(fetched?.updatedAt == later.storedPrecision)
            #expect(fetched?.createdAt == created.storedPrecision)
        }
    }

    @Test func updateMissingIsNotFound() throws {
        try withTemporaryStore { store, _ in
            let error = #expect(throws: PaddockError.self) {
                try store.updateSandbox(makeSandbox("ghost"))
            }
            #expect(error?.code == .notFound)
        }
    }

    @Test func updateToTakenNameIsAlreadyExists() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("one"))
            var two = try store.insertSandbox(makeSandbox("two"))
            two.name = "one"
            let error = #expect(throws: PaddockError.self) { try store.updateSandbox(two) }
            #expect(error?.code == .alreadyExists)
            #expect(try store.sandbox(id: "sb-two")?.name == "two")
        }
    }

    @Test func phaseCompareAndSetMatches() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("cas", phase: .creating))
            let changed = try store.updatePhase(sandboxID: "sb-cas", to: .running, expected: .creating)
            #expect(changed)
            #expect(try store.sandbox(id: "sb-cas")?.phase == .running)
        }
    }

    @Test func phaseCompareAndSetMismatchLeavesPhase() throws {
        try withTemporaryStore { store, _ in
            let stored = try store.insertSandbox(makeSandbox("cas", phase: .stopping))
            let changed = try store.updatePhase(sandboxID: "sb-cas", to: .running, expected: .creating)
            #expect(!changed)
            #expect(try store.sandbox(id: "sb-cas") == stored)
        }
    }

    @Test func phaseWithoutExpectationAlwaysWrites() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("free", phase: .stopped))
            let later = Date().addingTimeInterval(5)
            #expect(try store.updatePhase(sandboxID: "sb-free", to: .failed, now: later))
            let fetched = try store.sandbox(id: "sb-free")
            #expect(fetched?.phase == .failed)
            #expect(fetched?.updatedAt == later.storedPrecision)
        }
    }

    @Test func phaseOfMissingSandboxIsNotFound() throws {
        try withTemporaryStore { store, _ in
            let error = #expect(throws: PaddockError.self) {
                try store.updatePhase(sandboxID: "sb-none", to: .running, expected: .creating)
            }
            #expect(error?.code == .notFound)
        }
    }

    @Test func concurrentCompareAndSetHasOneWinner() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("race", phase: .running))
            let winners = Atomic<Int>(0)
            runOnThreads(8) { _ in
                if (try? store.updatePhase(sandboxID: "sb-race", to: .stopping, expected: .running)) == true {
                    winners.add(1, ordering: .relaxed)
                }
            }
            #expect(winners.load(ordering: .relaxed) == 1)
        }
    }

    @Test func deleteCascadesToRevisionsButKeepsEvents() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("gone"))
            try store.appendPolicyRevision(sandboxID: "sb-gone", policy: "{}", source: "version: 1\n")
            try store.appendEvent(kind: "lifecycle", level: .info, message: "created", sandboxID: "sb-gone")
            #expect(try store.deleteSandbox(id: "sb-gone"))
            #expect(try store.sandbox(id: "sb-gone") == nil)
            #expect(try store.listPolicyRevisions(sandboxID: "sb-gone").isEmpty)
            #expect(try store.events(EventQuery(sandboxID: "sb-gone")).count == 1)
        }
    }

    @Test func deleteMissingReturnsFalse() throws {
        try withTemporaryStore { store, _ throws in
            #expect(try !store.deleteSandbox(id: "sb-never"))
        }
    }

    @Test func expiredListSkipsFutureUnsetAndDeleting() throws {
        try withTemporaryStore { store, _ in
            let now = Date()
            try store.insertSandbox(makeSandbox("late", expiresAt: now.addingTimeInterval(-10)))
            try store.insertSandbox(makeSandbox("exact", expiresAt: now))
            try store.insertSandbox(makeSandbox("later", expiresAt: now.addingTimeInterval(3600)))
            try store.insertSandbox(makeSandbox("forever"))
            try store.insertSandbox(
                makeSandbox("leaving", phase: .deleting, expiresAt: now.addingTimeInterval(-20)))
            let expired = try store.listExpiredSandboxes(now: now)
            #expect(expired.map(\.name) == ["late", "exact"])
        }
    }

    @Test func concurrentInsertsFromEightThreads() throws {
        try withTemporaryStore { store, _ throws in
            let failures = Mutex<[String]>([])
            runOnThreads(8) { thread in
                for index in 0..<25 {
                    do {
                        try store.insertSandbox(makeSandbox("t\(thread)-\(index)"))
                    } catch {
                        failures.withLock { $0.append("\(error)") }
                    }
                }
            }
            #expect(failures.withLock { $0 } == [])
            #expect(try store.listSandboxes().count == 200)
        }
    }

    @Test func concurrentSameNameHasOneWinner() throws {
        try withTemporaryStore { store, _ throws in
            let codes = Mutex<[PaddockError.Code]>([])
            runOnThreads(8) { thread in
                do {
                    try store.insertSandbox(makeSandbox("contested", id: "sb-\(thread)"))
                } catch let error as PaddockError {
                    codes.withLock { $0.append(error.code) }
                } catch {
                    codes.withLock { $0.append(.internal) }
                }
            }
            #expect(codes.withLock { $0 } == Array(repeating: .alreadyExists, count: 7))
            #expect(try store.listSandboxes().count == 1)
        }
    }

    @Test func recordEncodesSnakeCaseKeys() throws {
        let record = makeSandbox("json", expiresAt: Date())
        let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        #expect(json.contains("\"created_at\""))
        #expect(json.contains("\"expires_at\""))
        #expect(try JSONDecoder().decode(SandboxRecord.self, from: Data(json.utf8)) == record)
    }
}
