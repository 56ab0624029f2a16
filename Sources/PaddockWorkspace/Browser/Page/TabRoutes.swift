import PaddockHTTP

/// The `/v1/browser/tabs` operations. A tab's index is its position among the open pages in the
/// order they opened. Closing a tab shifts the indices of the later ones down by one.
struct TabRoutes {
    let pages: BrowserPages

    var routes: [Route] {
        [
            Route("GET", "/v1/browser/tabs", { _ in try list() }),
            Route("POST", "/v1/browser/tabs", create),
            Route("DELETE", "/v1/browser/tabs/{index}", close),
            Route("PUT", "/v1/browser/tabs/{index}/activate", activate),
        ]
    }

    private func list() throws -> HTTPResponse {
        let (tabs, activeId) = try pages.translatingErrors("listing tabs") { try pages.targets.list() }
        let items: [JSONValue] = tabs.enumerated().map { index, tab in
            [
                "index": .int(index), "target_id": .string(tab.targetId), "url": .string(tab.url),
                "title": .string(tab.title), "active": .bool(tab.targetId == activeId),
            ]
        }
        return Envelope.success(.array(items), message: "\(items.count) tabs open")
    }

    private func create(_ request: RouteRequest) throws -> HTTPResponse {
        let body = try request.http.body.readAll(limit: 1024 * 1024)
        let fields = body.isEmpty ? RequestFields([:]) : try RequestFields.parse(body: body)
        let url = fields.string("url").map(PageHandle.normalisedURL) ?? "about:blank"
        try fields.validate()
        let page = try pages.translatingErrors("opening a tab at \(url)") { try pages.targets.create(url: url) }
        let tabs = try pages.translatingErrors("listing tabs") { try pages.targets.list().pages }
        let index = tabs.firstIndex { $0.targetId == page.targetId }
        return Envelope.success(
            ["index": .from(index), "target_id": .string(page.targetId), "url": .string(url)],
            message: "Opened a tab at \(url)")
    }

    private func close(_ request: RouteRequest) throws -> HTTPResponse {
        let tab = try self.tab(request)
        try pages.translatingErrors("closing tab \(tab.index)") { try pages.targets.close(tab.targetId) }
        return Envelope.success(
            ["index": .int(tab.index), "target_id": .string(tab.targetId)], message: "Closed tab \(tab.index)")
    }

    private func activate(_ request: RouteRequest) throws -> HTTPResponse {
        let tab = try self.tab(request)
        try pages.translatingErrors("activating tab \(tab.index)") { try pages.targets.activate(tab.targetId) }
        return Envelope.success(
            ["index": .int(tab.index), "target_id": .string(tab.targetId)], message: "Activated tab \(tab.index)")
    }

    /// Reads the `{index}` path parameter and finds the tab.
    private func tab(_ request: RouteRequest) throws -> (index: Int, targetId: String) {
        let text = request.parameters["index"] ?? ""
        guard let index = Int(text) else {
            throw ValidationFailure([
                .init(
                    location: ["path", "index"],
                    message: "Input should be a valid integer, unable to parse string as an integer",
                    type: "int_parsing", input: .string(text))
            ])
        }
        let tabs = try pages.translatingErrors("listing tabs") { try pages.targets.list().pages }
        guard tabs.indices.contains(index) else {
            throw OperationFailure(
                "no tab has index \(index); \(tabs.count) tabs are open, with indices 0 to \(max(0, tabs.count - 1))")
        }
        return (index, tabs[index].targetId)
    }
}
