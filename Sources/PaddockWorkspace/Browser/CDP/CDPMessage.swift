/// Encoding of calls and decoding of the messages Chromium sends back over the DevTools WebSocket.
enum CDPMessage: Equatable {
    /// The reply to call `id`: `result` on success, or Chromium's error code and message.
    case reply(id: Int, result: Result<JSONValue, CDPReplyError>)
    case event(CDPEvent)

    /// The `error` member of a reply.
    struct CDPReplyError: Error, Equatable {
        let code: Int
        let message: String
    }

    /// Encodes a call as the JSON text of one WebSocket message.
    static func encodeCall(id: Int, method: String, params: JSONValue, sessionId: String?) -> [UInt8] {
        var members: [String: JSONValue] = ["id": .int(id), "method": .string(method), "params": params]
        if let sessionId { members["sessionId"] = .string(sessionId) }
        return JSONValue.object(members).serialized()
    }

    /// Decodes one message; nil when it is neither a reply nor an event.
    static func decode(_ bytes: [UInt8]) -> CDPMessage? {
        guard let value = try? JSONValue.parse(bytes), case .object(let members) = value else { return nil }
        if let id = members["id"]?.intValue {
            if let error = members["error"], error != .null {
                let code = error["code"]?.intValue ?? 0
                var message = error["message"]?.stringValue ?? "unknown error"
                if let data = error["data"]?.stringValue, !data.isEmpty { message += ": \(data)" }
                return .reply(id: id, result: .failure(CDPReplyError(code: code, message: message)))
            }
            return .reply(id: id, result: .success(members["result"] ?? .object([:])))
        }
        guard let method = members["method"]?.stringValue else { return nil }
        return .event(
            CDPEvent(
                method: method, params: members["params"] ?? .object([:]),
                sessionId: members["sessionId"]?.stringValue))
    }
}
