import Foundation
import PaddockHTTP

/// The responses the proxy itself sends to a client.
enum ProxyResponse {
    static let established = Array("HTTP/1.1 200 Connection Established\r\n\r\n".utf8)

    /// Returns a 403 for `denial`, with the policy name in `X-Paddock-Policy` when there is one.
    static func forbidden(_ denial: ProxyDenial, includePolicyHeader: Bool = false) -> [UInt8] {
        let body = ["error": denial.error, "detail": denial.detail, "reason": denial.reason.rawValue]
            .merging(denial.policy.map { ["policy": $0] } ?? [:]) { first, _ in first }
            .merging(denial.rule.map { ["rule": $0] } ?? [:]) { first, _ in first }
        var extra: [(String, String)] = []
        if includePolicyHeader, let policy = denial.policy { extra.append(("X-Paddock-Policy", policy)) }
        return json(status: 403, reason: "Forbidden", body: body, extra: extra)
    }

    /// Returns an error response that is not a policy decision (bad request, unreachable upstream).
    static func failure(status: Int, reason: String, error: String, detail: String) -> [UInt8] {
        json(status: status, reason: reason, body: ["error": error, "detail": detail], extra: [])
    }

    private static func json(status: Int, reason: String, body: [String: String], extra: [(String, String)]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let encoded: [UInt8] = (try? encoder.encode(body)).map { [UInt8]($0) } ?? []
        let payload = encoded + [0x0A]
        var head = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: application/json\r\n"
        head += "Content-Length: \(payload.count)\r\nConnection: close\r\n"
        for (name, value) in extra { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        return Array(head.utf8) + payload
    }
}
