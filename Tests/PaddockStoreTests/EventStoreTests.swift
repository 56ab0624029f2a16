import Foundation
import PaddockCore
import Testing

@testable import PaddockStore

struct EventStoreTests {
    @Test func appendAssignsGrowingIDs() throws {
        try withTemporaryStore { store, _ in
            let first = try store.appendEvent(kind: "lifecycle", level: .info, message: "created")
            let second = try store.appendEvent(kind: "lifecycle", level: .info, message: "started")
            #expect(second.id > first.id)
            #expect(try store.events() == [first, second])
        }
    }

    @Test func appendKeepsEveryField() throws {
        try withTemporaryStore { store, _ in
            let time = Date()
            let event = try store.appendEvent(
                kind: "connection", level: .warning, message: "denied example.com:443", sandboxID: "sb-1",
                sandboxName: "one", data: #"{"host":"example.com"}"#, time: time)
            let fetched = try store.events().first
            #expect(fetched == event)
            #expect(fetched?.level == "warning")
            #expect(fetched?.time == time.storedPrecision)
            #expect(fetched?.data == #"{"host":"example.com"}"#)
        }
    }

    @Test func queryBySandbox() throws {
        try withTemporaryStore { store, _ in
            try store.appendEvent(kind: "policy", level: .info, message: "a", sandboxID: "sb-a")
            try store.appendEvent(kind: "policy", level: .info, message: "b", sandboxID: "sb-b")
            try store.appendEvent(kind: "policy", level: .info, message: "gateway")
            #expect(try store.events(EventQuery(sandboxID: "sb-a")).map(\.message) == ["a"])
        }
    }

    @Test func querySinceTime() throws {
        try withTemporaryStore { store, _ in
            let now = Date()
            try store.appendEvent(kind: "k", level: .info, message: "old", time: now.addingTimeInterval(-60))
            try store.appendEvent(kind: "k", level: .info, message: "edge", time: now)
            try store.appendEvent(kind: "k", level: .info, message: "new", time: now.addingTimeInterval(1))
            #expect(try store.events(EventQuery(since: now)).map(\.message) == ["edge", "new"])
        }
    }

    @Test func queryMinimumLevel() throws {
        try withTemporaryStore { store, _ in
            try store.appendEvent(kind: "k", level: .debug, message: "debug")
            try store.appendEvent(kind: "k", level: .info, message: "info")
            try store.appendEvent(kind: "k", level: .warning, message: "warning")
            try store.appendEvent(kind: "k", level: .error, message: "error")
            let events = try store.events(EventQuery(minimumLevel: .warning))
            #expect(events.map(\.message) == ["warning", "error"])
        }
    }

    @Test func queryAfterIDFollowsLog() throws {
        try withTemporaryStore { store, _ in
            let first = try store.appendEvent(kind: "k", level: .info, message: "1")
            try store.appendEvent(kind: "k", level: .info, message: "2")
            try store.appendEvent(kind: "k", level: .info, message: "3")
            #expect(try store.events(EventQuery(afterID: first.id)).map(\.message) == ["2", "3"])
        }
    }

    @Test func queryLimitTakesOldest() throws {
        try withTemporaryStore { store, _ in
            for index in 1...5 {
                try store.appendEvent(kind: "k", level: .info, message: "\(index)")
            }
            #expect(try store.events(EventQuery(limit: 2)).map(\.message) == ["1", "2"])
        }
    }

    @Test func queryLimitCanTakeNewest() throws {
        try withTemporaryStore { store, _ in
            for index in 1...5 {
                try store.appendEvent(kind: "k", level: .info, message: "\(index)")
            }
            let tail = try store.events(EventQuery(limit: 2, takeNewest: true))
            #expect(tail.map(\.message) == ["4", "5"])
        }
    }

    @Test func queryCombinesFilters() throws {
        try withTemporaryStore { store, _ in
            try store.appendEvent(kind: "k", level: .error, message: "other", sandboxID: "sb-b")
            try store.appendEvent(kind: "k", level: .debug, message: "quiet", sandboxID: "sb-a")
            try store.appendEvent(kind: "k", level: .error, message: "loud", sandboxID: "sb-a")
            let events = try store.events(EventQuery(sandboxID: "sb-a", minimumLevel: .info))
            #expect(events.map(\.message) == ["loud"])
        }
    }

    @Test func negativeLimitIsInvalid() throws {
        try withTemporaryStore { store, _ in
            let error = #expect(throws: PaddockError.self) { try store.events(EventQuery(limit: -1)) }
            #expect(error?.code == .invalidArgument)
        }
    }

    @Test func pruneRemovesOnlyOlderEvents() throws {
        try withTemporaryStore { store, _ in
            let now = Date()
            try store.appendEvent(kind: "k", level: .info, message: "old", time: now.addingTimeInterval(-7200))
            try store.appendEvent(kind: "k", level: .info, message: "older", time: now.addingTimeInterval(-9000))
            try store.appendEvent(kind: "k", level: .info, message: "fresh", time: now)
            let removed = try store.pruneEvents(olderThan: now.addingTimeInterval(-3600))
            #expect(removed == 2)
            #expect(try store.events().map(\.message) == ["fresh"])
        }
    }

    @Test func idsKeepGrowingAfterPruningAll() throws {
        try withTemporaryStore { store, _ in
            let last = try store.appendEvent(kind: "k", level: .info, message: "a")
            try store.pruneEvents(olderThan: Date().addingTimeInterval(60))
            let next = try store.appendEvent(kind: "k", level: .info, message: "b")
            #expect(next.id > last.id)
        }
    }
}
