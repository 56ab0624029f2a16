import Foundation
import PaddockHTTP
import Testing

extension IntegrationSuite {
    /// Messages on the exec WebSocket that the supervisor must reject with an error message in
    /// plain words instead of ignoring them.
    @Suite(.gateway)
    struct ExecControlValidationTests {
        /// Opens the exec WebSocket of `sandbox` through the gateway's TCP API.
        func openExec(_ sandbox: String) throws -> WebSocketConnection {
            let gateway = try TestGateway.require()
            let client = try HTTPClient(url: try gateway.url(), readTimeout: .seconds(60))
            return try WebSocket.connect(
                client, target: "/v1/sandboxes/\(sandbox)/exec/ws", headers: ["Authorization": "Bearer \(try gateway.token())"])
        }

        /// Returns the next control message as a JSON object, skipping output.
        func nextControl(_ socket: WebSocketConnection) throws -> [String: Any]? {
            while let message = try socket.receive() {
                guard case .binary(let bytes) = message, bytes.first == 3 else { continue }
                return try JSONSerialization.jsonObject(with: Data(bytes.dropFirst())) as? [String: Any]
            }
            return nil
        }

        @Test func invalidFirstMessage() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox("wsvalid")
            let socket = try openExec("wsvalid")
            defer { socket.connection.close() }

            try socket.send(text: #"{"command":["true"],"rows":-1}"#)
            let control = try nextControl(socket)

            #expect(control?["type"] as? String == "error")
            #expect(control?["message"] as? String == "field 'rows' must be an integer from 0 to 65535, got -1")
        }

        @Test func malformedControlReported() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox("wsvalid")
            let socket = try openExec("wsvalid")
            defer { socket.connection.close() }
            try socket.send(text: #"{"command":["sleep","30"]}"#)

            try socket.send(binary: [3] + Array("{not json".utf8))
            let badJSON = try nextControl(socket)
            try socket.send(binary: [3] + Array(#"{"type":"launch"}"#.utf8))
            let badType = try nextControl(socket)
            try socket.send(binary: [9, 1, 2])
            let badChannel = try nextControl(socket)
            try socket.send(binary: [3] + Array(#"{"type":"signal","signal":9}"#.utf8))
            let exit = try nextControl(socket)

            #expect(
                badJSON?["message"] as? String
                    == "message rejected: the control message is not valid JSON; send a JSON object such as {}")
            #expect(
                badType?["message"] as? String
                    == "message rejected: unknown control message type 'launch'; accepted types: eof, resize, signal")
            #expect(
                badChannel?["message"] as? String
                    == "message rejected: unknown channel 9; a client sends on channel 0 (stdin) or 3 (control)")
            #expect(exit?["type"] as? String == "exit")
            #expect(exit?["exit_code"] as? Int == 137)
        }
    }
}
