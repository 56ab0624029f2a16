import Foundation

/// The tools of the `browser` group: the page of the sandbox's Chromium, through the
/// `/v1/browser/*` operations.
enum BrowserTools {
    static let all: [MCPTool] = [
        navigate, screenshot, click, type, formInputFill, pressKey, getText, getMarkdown, getClickableElements,
        goBack, goForward, scroll, evaluate, getInfo,
    ]

    private static let selector = ToolParameter.string("selector", "A CSS selector of the element.")
    private static let index = ToolParameter.integer(
        "index", "The element's index in the list of browser_get_clickable_elements.", minimum: 0)

    /// Makes a tool that sends `arguments` (renamed by `rename`, old name to new) to one operation.
    private static func forwarding(
        _ name: String, _ description: String, _ method: String, _ path: String, parameters: [ToolParameter] = [],
        rename: [String: String] = [:], readOnly: Bool = false
    ) -> MCPTool {
        MCPTool(name, description, parameters: parameters, readOnly: readOnly) {
            arguments, caller throws(ToolFailure) in
            var body: [String: JSONValue] = [:]
            for (key, value) in arguments { body[rename[key] ?? key] = value }
            let data = try caller.data(method, path, body: method == "GET" ? nil : .object(body))
            return ToolResult.text(text(of: data), data: data)
        }
    }

    /// Returns the useful text of a browser reply: a string as it is, the page text of an object that
    /// has one, otherwise the object as JSON.
    static func text(of data: JSONValue) -> String {
        if let text = data.stringValue { return text }
        for key in ["text", "markdown", "content", "result"] {
            if let text = data[key]?.stringValue { return text }
        }
        if data == .null { return "Done" }
        return String(decoding: data.serialized(), as: UTF8.self)
    }

    /// Throws unless `arguments` name an element by selector or by index.
    private static func requireElement(_ arguments: [String: JSONValue], tool: String) throws(ToolFailure) {
        if arguments["selector"] == nil && arguments["index"] == nil {
            throw ToolFailure("\(tool) needs the argument 'selector' or 'index' to name the element")
        }
    }

    static let navigate = forwarding(
        "browser_navigate", "Open a URL in the browser's current tab.", "POST", "/v1/browser/page/navigate",
        parameters: [.string("url", "The URL to open.", required: true)])

    static let screenshot = MCPTool(
        "browser_screenshot", "Take a PNG screenshot of the current page.",
        parameters: [.boolean("full_page", "Capture the whole page, not only the viewport.", defaultValue: false)],
        readOnly: true
    ) { arguments, caller throws(ToolFailure) in
        let fullPage = arguments["full_page"] == true
        let query = [("full_page", fullPage ? "true" : "false"), ("format", "png")]
        let path = "/v1/browser/page/screenshot"
        let reply = try caller.send("GET", path, query: query)
        let base64: String
        if reply.status == 200, reply.contentType.hasPrefix("image/") {
            base64 = Data(reply.body).base64EncodedString()
        } else {
            try WorkspaceCaller.check(reply, method: "GET", path: path)
            let data = reply.json?["data"]
            guard let encoded = data?.stringValue ?? data?["screenshot"]?.stringValue ?? data?["data"]?.stringValue
            else { throw ToolFailure("GET \(path) returned no image") }
            base64 = encoded
        }
        return ToolResult(
            content: [["type": "image", "data": .string(base64), "mimeType": "image/png"]], structuredContent: nil,
            isError: false)
    }

    static let click = MCPTool(
        "browser_click", "Click an element of the page, named by selector or by index.",
        parameters: [selector, index]
    ) { arguments, caller throws(ToolFailure) in
        try requireElement(arguments, tool: "browser_click")
        let data = try caller.data("POST", "/v1/browser/page/click", body: .object(arguments))
        return ToolResult.text(text(of: data), data: data)
    }

    static let type = MCPTool(
        "browser_type",
        "Type text with the keyboard; with a selector or an index, click that element first to focus it.",
        parameters: [.string("text", "The text to type.", required: true), selector, index]
    ) { arguments, caller throws(ToolFailure) in
        if arguments["selector"] != nil || arguments["index"] != nil {
            var target: [String: JSONValue] = [:]
            target["selector"] = arguments["selector"]
            target["index"] = arguments["index"]
            _ = try caller.data("POST", "/v1/browser/page/click", body: .object(target))
        }
        let data = try caller.data("POST", "/v1/browser/page/type", body: ["text": arguments["text"] ?? ""])
        return ToolResult.text(text(of: data), data: data)
    }

    static let formInputFill = MCPTool(
        "browser_form_input_fill", "Replace the value of an input field, named by selector or by index.",
        parameters: [selector, index, .string("value", "The value to fill in.", required: true)]
    ) { arguments, caller throws(ToolFailure) in
        try requireElement(arguments, tool: "browser_form_input_fill")
        var body: [String: JSONValue] = ["text": arguments["value"] ?? ""]
        body["selector"] = arguments["selector"]
        body["index"] = arguments["index"]
        let data = try caller.data("POST", "/v1/browser/page/fill", body: .object(body))
        return ToolResult.text(text(of: data), data: data)
    }

    static let pressKey = forwarding(
        "browser_press_key", "Press one key, such as Enter, Tab or ArrowDown.", "POST", "/v1/browser/page/press_key",
        parameters: [.string("key", "The key name.", required: true)])

    static let getText = forwarding(
        "browser_get_text", "Return the visible text of the page.", "GET", "/v1/browser/page/text", readOnly: true)

    static let getMarkdown = forwarding(
        "browser_get_markdown", "Return the page as Markdown.", "GET", "/v1/browser/page/markdown", readOnly: true)

    static let getClickableElements = forwarding(
        "browser_get_clickable_elements", "List the page's clickable and input elements with their indexes.", "GET",
        "/v1/browser/page/elements", readOnly: true)

    static let goBack = forwarding(
        "browser_go_back", "Go back one page in the tab's history.", "POST", "/v1/browser/page/back")

    static let goForward = forwarding(
        "browser_go_forward", "Go forward one page in the tab's history.", "POST", "/v1/browser/page/forward")

    static let scroll = MCPTool(
        "browser_scroll", "Scroll the page vertically.",
        parameters: [.integer("amount", "Pixels to scroll: positive scrolls down, negative up.", defaultValue: 300)]
    ) { arguments, caller throws(ToolFailure) in
        let amount = arguments["amount"]?.intValue ?? 300
        let body: JSONValue = ["direction": .string(amount < 0 ? "up" : "down"), "amount": .int(abs(amount))]
        let data = try caller.data("POST", "/v1/browser/page/scroll", body: body)
        return ToolResult.text(text(of: data), data: data)
    }

    static let evaluate = forwarding(
        "browser_evaluate", "Evaluate JavaScript in the page and return the result.", "POST",
        "/v1/browser/page/evaluate", parameters: [.string("script", "The JavaScript expression.", required: true)],
        rename: ["script": "expression"])

    static let getInfo = forwarding(
        "browser_get_info", "Describe the browser: its CDP URL, viewport and user agent.", "GET", "/v1/browser/info",
        readOnly: true)
}
