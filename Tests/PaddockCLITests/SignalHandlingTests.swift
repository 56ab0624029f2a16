@preconcurrency import Glibc
import Dispatch
import Testing

@testable import PaddockCLI

struct TerminationCleanupTests {
    @Test func runsCleanupAfterBody() throws {
        let signals = FakeSignals()
        let order = LockedList<String>()
        let cleanup = TerminationCleanup(signals: signals, terminate: { _ in order.append("terminate") })
        let value = try cleanup.run(cleanup: { order.append("cleanup") }) {
            order.append("body")
            return 5
        }
        #expect(value == 5)
        #expect(order.all == ["body", "cleanup"])
    }

    @Test func runsCleanupWhenBodyThrows() {
        let cleaned = LockedList<Bool>()
        let cleanup = TerminationCleanup(signals: FakeSignals(), terminate: { _ in })
        #expect(throws: FakeTransportError.self) {
            try cleanup.run(cleanup: { cleaned.append(true) }) { throw FakeTransportError.refused }
        }
        #expect(cleaned.all == [true])
    }

    @Test func signalRunsCleanupsInReverse() throws {
        let signals = FakeSignals()
        let order = LockedList<String>()
        let cleanup = TerminationCleanup(signals: signals, terminate: { status in order.append("exit \(status)") })
        #expect(throws: InterruptedError(signal: SIGINT)) {
            try cleanup.run(cleanup: { order.append("outer") }) {
                try cleanup.run(cleanup: { order.append("inner") }) {
                    signals.send(SIGINT)
                }
            }
        }
        #expect(order.all == ["inner", "outer", "exit 130"])
    }

    @Test func unsubscribesWhenDone() throws {
        let signals = FakeSignals()
        let cleanup = TerminationCleanup(signals: signals, terminate: { _ in })
        try cleanup.run(cleanup: {}) {
            #expect(signals.subscribed == Set(TerminationCleanup.terminatingSignals))
        }
        #expect(signals.subscribed.isEmpty)
    }
}

struct SignalRelayTests {
    @Test func deliversRealSignal() {
        let received = DispatchSemaphore(value: 0)
        let subscription = SignalRelay.shared.subscribe([SIGUSR2]) { _ in received.signal() }
        defer { subscription.cancel() }
        kill(getpid(), SIGUSR2)
        #expect(received.wait(timeout: .now() + 5) == .success)
    }
}
