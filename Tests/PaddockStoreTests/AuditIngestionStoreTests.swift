import Foundation
import PaddockCore
import Testing

@testable import PaddockStore

struct AuditIngestionStoreTests {
    @Test func offsetStartsAtZero() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("alpha"))
            #expect(try store.auditOffset(sandboxID: "sb-alpha") == 0)
        }
    }

    @Test func ingestAppendsAndMovesOffset() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("alpha"))
            let events = [
                NewEvent(kind: "connection", level: .info, message: "allowed", data: #"{"decision":"allow"}"#),
                NewEvent(kind: "connection", level: .warning, message: "denied", data: #"{"decision":"deny"}"#),
            ]
            let stored = try store.ingestAuditEvents(events, sandboxID: "sb-alpha", sandboxName: "alpha", offset: 120)
            #expect(stored.map(\.message) == ["allowed", "denied"])
            #expect(try store.auditOffset(sandboxID: "sb-alpha") == 120)
            let logged = try store.events(EventQuery(sandboxID: "sb-alpha"))
            #expect(logged.map(\.level) == ["info", "warning"])
            #expect(logged.allSatisfy { $0.sandboxName == "alpha" })
        }
    }

    @Test func laterIngestReplacesOffset() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("alpha"))
            try store.ingestAuditEvents([], sandboxID: "sb-alpha", sandboxName: "alpha", offset: 10)
            try store.ingestAuditEvents([], sandboxID: "sb-alpha", sandboxName: "alpha", offset: 25)
            #expect(try store.auditOffset(sandboxID: "sb-alpha") == 25)
        }
    }

    @Test func ingestForMissingSandboxStoresNothing() throws {
        try withTemporaryStore { store, _ in
            let event = NewEvent(kind: "connection", level: .info, message: "lost")
            let error = #expect(throws: PaddockError.self) {
                try store.ingestAuditEvents([event], sandboxID: "sb-none", sandboxName: "none", offset: 5)
            }
            #expect(error?.code == .notFound)
            let remaining = try store.events()
            #expect(remaining.isEmpty)
        }
    }

    @Test func offsetRemovedWithSandbox() throws {
        try withTemporaryStore { store, _ in
            try store.insertSandbox(makeSandbox("alpha"))
            try store.ingestAuditEvents([], sandboxID: "sb-alpha", sandboxName: "alpha", offset: 40)
            try store.deleteSandbox(id: "sb-alpha")
            try store.insertSandbox(makeSandbox("alpha"))
            #expect(try store.auditOffset(sandboxID: "sb-alpha") == 0)
        }
    }
}
