import Foundation
import PaddockHTTP

/// The `/v1/browser/page/*` operations on the active page.
struct PageRoutes {
    let pages: BrowserPages

    /// The longest timeout a request may ask for, in seconds, so that no request keeps a server
    /// thread busy for more than ten minutes.
    static let maxTimeout: TimeInterval = 600

    var routes: [Route] {
        [
            Route("POST", "/v1/browser/page/navigate", navigate),
            Route("POST", "/v1/browser/page/back", { _ in try history(-1) }),
            Route("POST", "/v1/browser/page/forward", { _ in try history(1) }),
            Route("POST", "/v1/browser/page/reload", reload),
            Route("POST", "/v1/browser/page/click", click),
            Route("POST", "/v1/browser/page/fill", fill),
            Route("POST", "/v1/browser/page/type", typeText),
            Route("POST", "/v1/browser/page/press_key", pressKey),
            Route("POST", "/v1/browser/page/hot_key", hotKey),
            Route("POST", "/v1/browser/page/hover", hover),
            Route("POST", "/v1/browser/page/scroll", scroll),
            Route("POST", "/v1/browser/page/scroll_to", scrollTo),
            Route("POST", "/v1/browser/page/scroll_to_element", scrollToElement),
            Route("GET", "/v1/browser/page/screenshot", screenshot),
            Route("GET", "/v1/browser/page/html", html),
            Route("GET", "/v1/browser/page/text", { _ in try read("reading the text", PageScripts.visibleText) }),
            Route("GET", "/v1/browser/page/markdown", { _ in try read("making Markdown", MarkdownScript.source) }),
            Route("GET", "/v1/browser/page/elements", { _ in try read("listing elements", ElementsScript.source) }),
            Route("POST", "/v1/browser/page/evaluate", evaluate),
            Route("POST", "/v1/browser/page/wait", wait),
        ]
    }

    // MARK: Navigation

    private func navigate(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let url = fields.requiredString("url")
        let waitUntil = fields.choice("wait_until", ["load", "domcontentloaded", "networkidle", "commit"]) ?? "load"
        let timeout = fields.double("timeout") ?? 30
        try fields.validate()
        try Self.checkTimeout(timeout)
        let target = PageHandle.normalisedURL(url)
        let data = try pages.withActivePage("navigation to \(target)") { page in
            try page.navigate(to: target, waitUntil: waitUntil, timeout: timeout)
        }
        return Envelope.success(data, message: "Navigated to \(target)")
    }

    private func history(_ offset: Int) throws -> HTTPResponse {
        let name = offset < 0 ? "going back" : "going forward"
        let data = try pages.withActivePage(name) { try $0.go(historyOffset: offset) }
        return Envelope.success(data, message: offset < 0 ? "Went back" : "Went forward")
    }

    private func reload(_ request: RouteRequest) throws -> HTTPResponse {
        let data = try pages.withActivePage("reloading the page") { try $0.reload() }
        return Envelope.success(data, message: "Reloaded the page")
    }

    // MARK: Elements and input

    private func click(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let target = Self.target(fields)
        let button = fields.choice("button", ["left", "right", "middle"]) ?? "left"
        let count = fields.int("click_count") ?? 1
        try fields.validate()
        guard (1...3).contains(count) else {
            throw OperationFailure("click_count \(count) is out of range; use 1, 2 or 3")
        }
        let operation = "click on \(target.description)"
        try pages.withActivePage(operation) { page in
            let point = try pages.point(of: target, on: page, operation: operation)
            try pages.input(page).click(at: point.x, point.y, button: button, count: count)
        }
        return Envelope.success(.null, message: "Clicked \(target.description)")
    }

    private func fill(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let target = Self.target(fields)
        let text = fields.requiredString("text")
        try fields.validate()
        guard target.selector != nil || target.index != nil else {
            throw OperationFailure("fill needs a selector or an index from GET /v1/browser/page/elements")
        }
        try pages.withActivePage("fill of \(target.description)") { page in
            try pages.fill(target, text: text, on: page)
        }
        return Envelope.success(.null, message: "Filled \(target.description)")
    }

    private func typeText(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let text = fields.requiredString("text")
        let delay = fields.double("delay") ?? 0
        try fields.validate()
        guard delay >= 0, delay * Double(text.count) <= Self.maxTimeout * 1000 else {
            throw OperationFailure(
                "delay \(delay) ms is invalid for \(text.count) characters; use 0 or more milliseconds, "
                    + "at most \(Int(Self.maxTimeout)) s in total")
        }
        try pages.withActivePage("typing") { page in
            if let focused = try page.run(PageScripts.focusProblem).stringValue {
                throw OperationFailure(
                    "typing needs a focused text field, but the focus is on \(focused); click or fill an input, "
                        + "a textarea or a contenteditable element first")
            }
            let input = pages.input(page)
            if delay == 0 { try input.insertText(text) } else { try input.typeCharacters(text, delay: delay / 1000) }
        }
        return Envelope.success(.null, message: "Typed \(text.count) characters")
    }

    private func pressKey(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let key = fields.requiredString("key")
        try fields.validate()
        let keys = try KeyNames.chord(key)
        try pages.withActivePage("pressing \(key)") { page in try pages.input(page).chord(keys) }
        return Envelope.success(.null, message: "Pressed \(key)")
    }

    private func hotKey(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let names = fields.strings("keys")
        if names == nil { throw ValidationFailure.missing("keys") }
        try fields.validate()
        guard let names, !names.isEmpty else { throw OperationFailure("keys is empty; give at least one key name") }
        let keys = try names.flatMap { try KeyNames.chord($0) }
        let chord = names.joined(separator: "+")
        try pages.withActivePage("pressing \(chord)") { page in try pages.input(page).chord(keys) }
        return Envelope.success(.null, message: "Pressed \(chord)")
    }

    private func hover(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let target = Self.target(fields)
        try fields.validate()
        let operation = "hover over \(target.description)"
        try pages.withActivePage(operation) { page in
            let point = try pages.point(of: target, on: page, operation: operation)
            try pages.input(page).move(to: point.x, point.y)
        }
        return Envelope.success(.null, message: "Hovered over \(target.description)")
    }

    private func scroll(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let direction = fields.choice("direction", ["up", "down", "left", "right"]) ?? "down"
        let amount = fields.int("amount") ?? 300
        try fields.validate()
        let (dx, dy): (Int, Int) =
            switch direction {
            case "up": (0, -amount)
            case "left": (-amount, 0)
            case "right": (amount, 0)
            default: (0, amount)
            }
        let position = try pages.withActivePage("scrolling \(direction)") { page in
            try page.run(PageScripts.scrollBy, .int(dx), .int(dy))
        }
        return Envelope.success(position, message: "Scrolled \(direction) by \(amount) pixels")
    }

    private func scrollTo(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let x = fields.int("x") ?? 0
        let y = fields.int("y") ?? 0
        try fields.validate()
        let position = try pages.withActivePage("scrolling to (\(x), \(y))") { page in
            try page.run(PageScripts.scrollTo, .int(x), .int(y))
        }
        return Envelope.success(position, message: "Scrolled to (\(x), \(y))")
    }

    private func scrollToElement(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let selector = fields.requiredString("selector")
        try fields.validate()
        let position = try pages.withActivePage("scrolling to \"\(selector)\"") { page in
            try page.run(PageScripts.scrollToElement, .string(selector))
        }
        return Envelope.success(position, message: "Scrolled to \"\(selector)\"")
    }

    // MARK: Reading

    private func screenshot(_ request: RouteRequest) throws -> HTTPResponse {
        let query = request.query()
        let fullPage = query.bool("full_page") ?? false
        let format = query.choice("format", ["png", "jpeg", "jpg"]) ?? "png"
        let quality = query.int("quality")
        try query.validate()
        let imageFormat = format == "png" ? "png" : "jpeg"
        try Self.checkQuality(quality)
        let bytes = try pages.withActivePage("page screenshot") { page in
            try page.screenshot(format: imageFormat, quality: quality, fullPage: fullPage)
        }
        return HTTPResponse(headers: ["Content-Type": "image/\(imageFormat)"], body: .bytes(bytes))
    }

    private func html(_ request: RouteRequest) throws -> HTTPResponse {
        let query = request.query()
        let outer = query.bool("outer") ?? false
        try query.validate()
        return try read("reading the page HTML", outer ? PageScripts.documentHTML : PageScripts.bodyHTML)
    }

    private func read(_ operation: String, _ script: String) throws -> HTTPResponse {
        Envelope.success(try pages.withActivePage(operation) { try $0.run(script) })
    }

    private func evaluate(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let expression = fields.requiredString("expression")
        try fields.validate()
        let value = try pages.withActivePage("evaluate") { try $0.evaluateForClient(expression) }
        return Envelope.success(value)
    }

    private func wait(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let types = [
            "selector", "load", "url", "network_idle", "download", "function", "response", "request", "timeout",
        ]
        let type = fields.choice("type", types)
        if type == nil && fields.string("type") == nil { throw ValidationFailure.missing("type") }
        let selector = fields.string("selector")
        let state = fields.choice("state", PageWait.selectorStates) ?? "visible"
        let url = fields.string("url")
        let urlPattern = fields.string("url_pattern")
        let expression = fields.string("expression")
        let timeout = fields.double("timeout") ?? 30
        let polling = fields.double("polling")
        try fields.validate()
        try Self.checkTimeout(timeout)

        let condition: PageWait.Condition
        switch type ?? "" {
        case "selector":
            guard let selector else { throw OperationFailure("a selector wait needs selector") }
            condition = .selector(selector, state: state)
        case "load": condition = .load
        case "url":
            guard url != nil || urlPattern != nil else { throw OperationFailure("a url wait needs url or url_pattern") }
            condition = .url(glob: url, pattern: urlPattern)
        case "network_idle": condition = .networkIdle
        case "function":
            guard let expression else { throw OperationFailure("a function wait needs expression") }
            condition = .function(expression)
        case "timeout": condition = .timeout
        default:
            throw OperationFailure(
                "wait type \(type ?? "") is not supported by Paddock; use selector, load, url, network_idle, "
                    + "function or timeout")
        }

        let interval = max(0.01, (polling ?? 100) / 1000)
        let wait = PageWait(condition: condition, timeout: timeout, interval: interval)
        let data = try pages.withActivePage("waiting for \(wait.description)") { try wait.run(on: $0) }
        return Envelope.success(data, message: "Waited for \(wait.description)")
    }

    // MARK: Fields

    static func target(_ fields: RequestFields) -> BrowserPages.Target {
        BrowserPages.Target(
            selector: fields.string("selector"), index: fields.int("index"), x: fields.double("x"),
            y: fields.double("y"))
    }

    static func checkTimeout(_ timeout: TimeInterval) throws {
        guard timeout > 0, timeout <= maxTimeout else {
            throw OperationFailure(
                "timeout \(CDPConnection.format(timeout)) is out of range; use more than 0 and at most "
                    + "\(Int(maxTimeout)) seconds")
        }
    }

    static func checkQuality(_ quality: Int?) throws {
        if let quality, !(0...100).contains(quality) {
            throw OperationFailure("quality \(quality) is out of range; use 0 to 100")
        }
    }
}
