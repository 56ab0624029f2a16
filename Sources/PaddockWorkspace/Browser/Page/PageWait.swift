import Foundation

/// `POST /v1/browser/page/wait`: polling a page until a condition holds or the timeout passes.
struct PageWait {
    enum Condition {
        /// An element matching the selector reaches `state`: visible, hidden, attached or detached.
        case selector(String, state: String)
        /// The document's `load` event has fired.
        case load
        /// `location.href` equals `url` or matches its `*` glob, or matches the regular expression.
        case url(glob: String?, pattern: String?)
        /// The main frame reached Chromium's `networkIdle` lifecycle event.
        case networkIdle
        /// A JavaScript expression (or function expression) returns a truthy value.
        case function(String)
        /// Nothing: the wait lasts the whole timeout.
        case timeout
    }

    let condition: Condition
    let timeout: TimeInterval
    /// Seconds between checks.
    let interval: TimeInterval

    /// The states a selector wait accepts.
    static let selectorStates = ["visible", "hidden", "attached", "detached"]

    /// Waits for the condition on `page`.
    ///
    /// - Throws: `OperationFailure` that names the condition when the timeout passes.
    func run(on page: PageHandle) throws -> JSONValue {
        let deadline = Date().addingTimeInterval(timeout)
        if case .timeout = condition {
            Thread.sleep(forTimeInterval: timeout)
            return ["waited": .double(timeout)]
        }
        while true {
            if try holds(on: page) { return try page.summary() }
            guard Date() < deadline else {
                throw OperationFailure("waiting for \(description) timed out after \(CDPConnection.format(timeout)) s")
            }
            Thread.sleep(forTimeInterval: min(interval, max(0.01, deadline.timeIntervalSinceNow)))
        }
    }

    private func holds(on page: PageHandle) throws -> Bool {
        switch condition {
        case .selector(let selector, let state):
            let current = try page.run(PageScripts.elementState, .string(selector)).stringValue ?? "detached"
            switch state {
            case "attached": return current != "detached"
            case "hidden": return current != "visible"
            default: return current == state
            }
        case .load:
            return try page.evaluate("document.readyState") == .string("complete")
        case .url(let glob, let pattern):
            let source = pattern ?? Self.regex(fromGlob: glob ?? "")
            return try page.run("(source) => new RegExp(source).test(location.href)", .string(source)) == .bool(true)
        case .networkIdle:
            return page.lifecycle.hasReached("networkIdle")
        case .function(let expression):
            let value = try page.evaluateForClient(expression)
            return ![.null, .bool(false), .int(0), .string("")].contains(value)
        case .timeout:
            return true
        }
    }

    var description: String {
        switch condition {
        case .selector(let selector, let state): return "selector \"\(selector)\" to be \(state)"
        case .load: return "the page to load"
        case .url(let glob, let pattern): return "the URL to match \"\(pattern ?? glob ?? "")\""
        case .networkIdle: return "the network to be idle"
        case .function: return "the expression to return a truthy value"
        case .timeout: return "the timeout"
        }
    }

    /// Converts a URL glob to an anchored regular expression: `**` matches anything, `*` anything
    /// but `/`, and a glob without `*` must equal the URL.
    static func regex(fromGlob glob: String) -> String {
        var source = "^"
        var characters = Array(glob)[...]
        while let character = characters.popFirst() {
            if character == "*" {
                if characters.first == "*" {
                    characters = characters.dropFirst()
                    source += ".*"
                } else {
                    source += "[^/]*"
                }
            } else if "\\^$.|?+()[]{}".contains(character) {
                source += "\\" + String(character)
            } else {
                source.append(character)
            }
        }
        return source + "$"
    }
}
