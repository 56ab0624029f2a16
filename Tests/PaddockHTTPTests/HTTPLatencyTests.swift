import Foundation
import Testing

@testable import PaddockHTTP

/// Round-trip times through the stack, as the gateway uses it: client → gateway-like front server →
/// client over a Unix socket → supervisor-like back server.
struct HTTPLatencyTests {
    @Test func twoHopRoundTripUnder3ms() throws {
        let back = try LiveServer(unix: true) { request, _ in
            let body = try request.body.readAll()
            return .text("{\"exit_code\":0,\"output\":\"\(body.count)\"}")
        }
        defer { back.stop() }
        let upstream = HTTPClient(address: .unix(path: back.unixPath))
        let front = try LiveServer { request, _ in
            let forwarded = try upstream.request(
                request.method, request.target, headers: ["Content-Type": "application/json"],
                body: .bytes(try request.body.readAll()))
            return HTTPResponse(status: forwarded.status, body: .bytes(try forwarded.body.readAll()))
        }
        defer { front.stop() }

        let client = front.client()
        let body = Array("{\"command\":\"true\"}".utf8)
        var samples: [Duration] = []
        for _ in 0..<300 {
            let start = ContinuousClock.now
            let response = try client.request("POST", "/v1/shell/exec", body: .bytes(body))
            _ = try response.body.readAll()
            samples.append(ContinuousClock.now - start)
        }
        samples.sort()
        let median = samples[samples.count / 2]
        // The bound holds in a debug build with other tests running; a release build is several times faster.
        #expect(median < .milliseconds(3), "median two-hop round trip \(median)")
    }
}
