/// JSON-RPC 2.0 as MCP uses it: the error codes, the shape of one incoming message, and the
/// replies the server sends.
enum JSONRPC {
    static let parseError = -32700
    static let invalidRequest = -32600
    static let methodNotFound = -32601
    static let invalidParams = -32602
    static let internalError = -32603
    /// Server-defined codes (JSON-RPC reserves -32000 to -32099 for them).
    static let forbidden = -32000
    static let sessionNotFound = -32001

    /// Builds a success response.
    static func result(id: JSONValue, _ result: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "result": result]
    }

    /// Builds an error response. `id` is null when the request's id could not be read.
    static func error(id: JSONValue, code: Int, message: String, data: JSONValue? = nil) -> JSONValue {
        var error: [String: JSONValue] = ["code": .int(code), "message": .string(message)]
        if let data { error["data"] = data }
        return ["jsonrpc": "2.0", "id": id, "error": .object(error)]
    }
}

/// One JSON-RPC message received from a client.
enum JSONRPCMessage: Equatable {
    /// A call that expects a response.
    case request(id: JSONValue, method: String, params: JSONValue?)
    /// A call without an id, which gets no response.
    case notification(method: String, params: JSONValue?)
    /// A response to a server-initiated request. This server sends none, so these are dropped.
    case response(id: JSONValue)

    /// A message that breaks JSON-RPC's rules, with the id for its error response (null when unknown)
    /// and the reason.
    struct Invalid: Error, Equatable {
        var id: JSONValue
        var reason: String
    }

    /// Classifies one element of a POST body.
    ///
    /// - Throws: `Invalid` when the value is not an object, lacks `"jsonrpc": "2.0"`, has an id that is
    ///   not a string or an integer, or carries neither a method nor a result or error.
    static func parse(_ value: JSONValue) throws(Invalid) -> JSONRPCMessage {
        guard case .object(let members) = value else {
            throw Invalid(id: .null, reason: "a JSON-RPC message must be an object, not \(kind(of: value))")
        }
        let id = members["id"]
        if let id {
            switch id {
            case .string, .int: break
            default:
                throw Invalid(id: .null, reason: "the id must be a string or an integer, not \(kind(of: id))")
            }
        }
        guard members["jsonrpc"] == "2.0" else {
            throw Invalid(id: id ?? .null, reason: #"the message must contain "jsonrpc": "2.0""#)
        }
        if let method = members["method"] {
            guard case .string(let name) = method else {
                throw Invalid(id: id ?? .null, reason: "the method must be a string, not \(kind(of: method))")
            }
            let params = members["params"]
            if let params {
                switch params {
                case .object, .array: break
                default:
                    throw Invalid(
                        id: id ?? .null, reason: "params must be an object or an array, not \(kind(of: params))")
                }
            }
            guard let id else { return .notification(method: name, params: params) }
            return .request(id: id, method: name, params: params)
        }
        if let id, members["result"] != nil || members["error"] != nil {
            return .response(id: id)
        }
        throw Invalid(id: id ?? .null, reason: "the message has no method and is not a response")
    }

    /// Names the JSON type of `value` for error messages.
    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A failed request, which gets a JSON-RPC error response.
struct JSONRPCFailure: Error {
    var code: Int
    var message: String

    init(_ code: Int, _ message: String) {
        self.code = code
        self.message = message
    }

    static func invalidParams(_ message: String) -> JSONRPCFailure { JSONRPCFailure(JSONRPC.invalidParams, message) }
}
