import Foundation
import PaddockCore
import PaddockHTTP

/// Asks a sandbox's supervisor, over its control socket, to reload `egress.json` or to report the
/// revision in force.
struct SupervisorEgressClient: Sendable {
    let controlSocket: String
    /// How long to wait for the supervisor's reply.
    let timeout: Duration

    /// Makes the supervisor read `egress.json` again; the reply comes once the revision is in force
    /// or was rejected.
    func reload() -> EgressLoadReport {
        exchange("POST", "/v1/egress/reload")
    }

    /// Returns the supervisor's report of the revision in force or of the last failure.
    func status() -> EgressLoadReport {
        exchange("GET", "/v1/egress")
    }

    private func exchange(_ method: String, _ target: String) -> EgressLoadReport {
        let client = HTTPClient(address: .unix(path: controlSocket), readTimeout: timeout)
        defer { client.close() }
        let bytes: [UInt8]
        let status: Int
        do {
            let response = try client.request(method, target)
            status = response.status
            bytes = try response.body.readAll(limit: 1024 * 1024)
        } catch {
            let message = (error as? PaddockError)?.message ?? "\(error)"
            return .unknown(reason: "the supervisor did not answer \(method) \(target): \(message)")
        }
        guard let body = try? JSONDecoder().decode(EgressStatusBody.self, from: Data(bytes)) else {
            if status == 404 {
                return .unknown(
                    reason: "the supervisor has no \(method) \(target) route, so this sandbox cannot load egress "
                        + "settings while it runs; its supervisor reads egress.json again when the sandbox starts")
            }
            let text = String(decoding: bytes.prefix(300), as: UTF8.self)
            return .unknown(reason: "the supervisor answered \(method) \(target) with status \(status): \(text)")
        }
        switch body.status {
        case "loaded":
            return .loaded(revision: body.revision)
        case "failed":
            return .failed(revision: body.revision, reason: body.error ?? "the supervisor gave no reason")
        default:
            return .unknown(reason: "the supervisor reported unknown egress status '\(body.status)'")
        }
    }
}
