import Testing

@testable import PaddockCLI
@testable import PaddockCore

struct ErrorTextTests {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    @Test func causeShownWhenNew() {
        let error = PaddockError(.internal, "cannot start the gateway", cause: Failure(description: "spawn failed: EAGAIN"))
        #expect(ErrorText.describe(error) == "cannot start the gateway (spawn failed: EAGAIN)")
    }

    @Test func identicalCauseDropped() {
        let cause = Failure(description: "the server closed the connection before responding")
        let error = PaddockError(
            .unavailable, "GET /v1/sandboxes on unix:/s failed: the server closed the connection before responding",
            cause: cause)
        #expect(
            ErrorText.describe(error)
                == "GET /v1/sandboxes on unix:/s failed: the server closed the connection before responding")
    }

    @Test func causeReasonAlreadyInMessage() {
        let cause = Failure(description: "connect(unix:/s) failed: Connection refused (ECONNREFUSED)")
        let error = PaddockError(
            .unavailable, "cannot connect to unix:/s: Connection refused (ECONNREFUSED); is the server running?",
            cause: cause)
        #expect(
            ErrorText.describe(error) == "cannot connect to unix:/s: Connection refused (ECONNREFUSED); is the server running?")
    }
}
