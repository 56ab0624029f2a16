import Foundation
import PaddockCore
import PaddockHTTP

/// The REST routes under `/v1/sandboxes/NAME/policy`.
struct PolicyRoutes: Sendable {
    let manager: SandboxManager

    /// How long `wait` waits when the request gives no timeout, in seconds.
    static let defaultWaitSeconds: Double = 30
    static let maxWaitSeconds: Double = 600

    /// Handles `action`, the path after `/v1/sandboxes/NAME/`, or returns nil for other actions.
    func handle(_ request: HTTPRequest, sandbox name: String, action: String) throws -> HTTPResponse? {
        switch (request.method, action) {
        case ("PUT", "policy"):
            return try setPolicy(request, name: name)
        case ("GET", "policy"):
            let version = try request.query("rev").map { try Self.parseRevision($0) }
            let revision = try manager.policyRevision(name: name, version: version)
            return try .json(PolicyRevisionView(record: revision, sandbox: name, includeSource: true))
        case ("GET", "policy/revisions"):
            let revisions = try manager.policyRevisions(name: name).map {
                PolicyRevisionView(record: $0, sandbox: name, includeSource: false)
            }
            return try .json(PolicyRevisionList(revisions: revisions))
        default:
            return nil
        }
    }

    private func setPolicy(_ request: HTTPRequest, name: String) throws -> HTTPResponse {
        let body = try JSONRequestBody.decode(SetPolicyRequest.self, from: request)
        let timeout = body.timeoutSeconds ?? Self.defaultWaitSeconds
        guard timeout > 0, timeout <= Self.maxWaitSeconds else {
            throw PaddockError(
                .invalidArgument,
                "invalid timeout_seconds \(timeout): expected more than 0 and at most \(Int(Self.maxWaitSeconds))")
        }
        let (stored, done) = try manager.setPolicy(name: name, source: body.policy, fileName: body.policyFile)
        guard body.wait == true else {
            return try .json(PolicyRevisionView(record: stored, sandbox: name, includeSource: false), status: 202)
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            throw PaddockError(
                .timeout,
                "the supervisor of sandbox '\(name)' did not report policy revision \(stored.version) loaded or "
                    + "failed within \(Self.format(timeout)) s; it stays pending, so check it later with "
                    + "`paddock policy get \(name) --rev \(stored.version)`")
        }
        let revision = try manager.policyRevision(name: name, version: stored.version)
        return try .json(PolicyRevisionView(record: revision, sandbox: name, includeSource: false))
    }

    static func parseRevision(_ text: String) throws -> Int {
        guard let version = Int(text), version >= 1 else {
            throw PaddockError(.invalidArgument, "invalid revision '\(text)': expected a whole number of 1 or more")
        }
        return version
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
