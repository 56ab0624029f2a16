import Foundation

/// Evaluation of JavaScript in a page's main world through `Runtime.evaluate`.
extension PageHandle {
    /// Evaluates `expression` and returns its value as JSON; `undefined` and values that have no
    /// JSON form become null. Promises are awaited.
    ///
    /// - Throws: `PageScriptError` when the script throws, `CDPError` when the call fails.
    func evaluate(_ expression: String, timeout: TimeInterval = 30) throws -> JSONValue {
        let reply = try call(
            "Runtime.evaluate",
            [
                "expression": .string(expression), "returnByValue": true, "awaitPromise": true, "userGesture": true,
                "timeout": .double(timeout * 1000),
            ], timeout: timeout + 1)
        if let details = reply["exceptionDetails"] { throw PageScriptError(message: Self.exceptionMessage(details)) }
        return reply["result"]?["value"] ?? .null
    }

    /// Calls a page-script function written as `(arguments) => ...` with JSON arguments.
    func run(_ function: String, _ arguments: JSONValue..., timeout: TimeInterval = 30) throws -> JSONValue {
        let list = arguments.map { String(decoding: $0.serialized(), as: UTF8.self) }.joined(separator: ", ")
        return try evaluate("(\(function))(\(list))", timeout: timeout)
    }

    /// Extracts an exception's message: the first line of an Error's description, else the thrown
    /// value, else the exception text.
    static func exceptionMessage(_ details: JSONValue) -> String {
        let exception = details["exception"]
        if let description = exception?["description"]?.stringValue {
            let firstLine = description.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? description
            if exception?["subtype"]?.stringValue == "error" { return firstLine }
            return "Uncaught \(firstLine)"
        }
        if let value = exception?["value"], value != .null {
            return "Uncaught " + String(decoding: value.serialized(), as: UTF8.self)
        }
        return details["text"]?.stringValue ?? "the script threw an exception"
    }
}
