import PaddockHTTP

/// `check`, `uncheck`, `select_option` and `find_text` on the active page.
struct FormRoutes {
    let pages: BrowserPages

    var routes: [Route] {
        [
            Route("POST", "/v1/browser/page/check", { try setChecked($0, true) }),
            Route("POST", "/v1/browser/page/uncheck", { try setChecked($0, false) }),
            Route("POST", "/v1/browser/page/select_option", selectOption),
            Route("POST", "/v1/browser/page/find_text", findText),
        ]
    }

    /// Clicks the checkbox or radio button when its state differs from `checked`, as a user would,
    /// and fails when the click did not change it.
    private func setChecked(_ request: RouteRequest, _ checked: Bool) throws -> HTTPResponse {
        let fields = try request.fields()
        let selector = fields.requiredString("selector")
        try fields.validate()
        let verb = checked ? "check" : "uncheck"
        try pages.withActivePage("\(verb) of \"\(selector)\"") { page in
            let state = try page.run(FormScripts.checkable, .string(selector))
            guard state["checked"] != .bool(checked) else { return }
            guard let x = state["x"].flatMap(PageHandle.number), let y = state["y"].flatMap(PageHandle.number) else {
                throw OperationFailure("\(verb) of \"\(selector)\" failed: the page returned no position")
            }
            try pages.input(page).click(at: x, y)
            let after = try page.run(FormScripts.checkable, .string(selector))
            guard after["checked"] == .bool(checked) else {
                throw OperationFailure(
                    "\(verb) of \"\(selector)\" failed: clicking it did not change its state; a radio button "
                        + "cannot be unchecked, and the page may handle the click itself")
            }
        }
        return Envelope.success(.null, message: checked ? "Checked \"\(selector)\"" : "Unchecked \"\(selector)\"")
    }

    private func selectOption(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let selector = fields.requiredString("selector")
        let value = fields.string("value")
        let label = fields.string("label")
        let index = fields.int("index")
        try fields.validate()
        guard value != nil || label != nil || index != nil else {
            throw OperationFailure("select_option needs value, label or index to choose the option of \"\(selector)\"")
        }
        let selected = try pages.withActivePage("select_option on \"\(selector)\"") { page in
            try page.run(FormScripts.selectOption, .string(selector), .from(value), .from(label), .from(index))
        }
        return Envelope.success(["value": selected], message: "Selected an option of \"\(selector)\"")
    }

    private func findText(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let keyword = fields.requiredString("keyword")
        try fields.validate()
        guard !keyword.isEmpty else { throw OperationFailure("keyword is empty; give the text to find") }
        let matches = try pages.withActivePage("find_text \"\(keyword)\"") { page in
            try page.run(FormScripts.findText, .string(keyword))
        }
        let count = if case .array(let items) = matches { items.count } else { 0 }
        return Envelope.success(matches, message: "Found \(count) matches of \"\(keyword)\"")
    }
}
