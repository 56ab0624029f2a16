import Foundation

/// Navigation of a page: loading a URL, moving through the history, reloading, and waiting for
/// the lifecycle event that `wait_until` names.
extension PageHandle {
    /// The `wait_until` values and the main-frame lifecycle event each waits for.
    static let lifecycleEvents: [String: String?] = [
        "load": "load", "domcontentloaded": "DOMContentLoaded", "networkidle": "networkIdle", "commit": nil,
    ]

    /// Loads `url` and waits until the new document reaches `waitUntil`.
    ///
    /// - Throws: `OperationFailure` naming the URL with Chromium's `net::ERR_*` text when the load
    ///   fails, or saying how long it waited when the deadline passes. Loading is stopped on a
    ///   timeout, so the page is usable for the next request.
    func navigate(to url: String, waitUntil: String, timeout: TimeInterval) throws -> JSONValue {
        let deadline = Date().addingTimeInterval(timeout)
        let recorder = record(["Page.lifecycleEvent"])
        defer { connection.stopRecording(recorder) }

        let reply: JSONValue
        do {
            reply = try call("Page.navigate", ["url": .string(url)], timeout: timeout)
        } catch let error as CDPError where error.kind == .timeout {
            stopLoading()
            throw OperationFailure(
                "navigation to \(url) timed out after \(CDPConnection.format(timeout)) s without a response; "
                    + "loading was stopped")
        } catch let error as CDPError where error.kind != .disconnected {
            throw OperationFailure("navigation to \(url) failed: \(error.message)")
        }
        if let errorText = reply["errorText"]?.stringValue, !errorText.isEmpty {
            throw OperationFailure("navigation to \(url) failed: \(errorText)")
        }
        // A same-document navigation (a fragment change) has no loader and no lifecycle to wait for.
        guard let loaderId = reply["loaderId"]?.stringValue, let name = Self.lifecycleEvents[waitUntil] ?? nil else {
            return try summary()
        }
        let frameId = reply["frameId"]?.stringValue ?? targetId
        do {
            _ = try recorder.wait(for: "Page.lifecycleEvent \"\(name)\"", until: deadline) { event in
                event.params["frameId"]?.stringValue == frameId && event.params["loaderId"]?.stringValue == loaderId
                    && event.params["name"]?.stringValue == name
            }
        } catch let error as CDPError where error.kind == .timeout {
            stopLoading()
            throw OperationFailure(
                "navigation to \(url) did not reach \(waitUntil) within \(CDPConnection.format(timeout)) s; "
                    + "loading was stopped")
        }
        return try summary()
    }

    /// Moves `offset` entries through the tab's history (-1 back, +1 forward) and waits for the
    /// page to load.
    func go(historyOffset offset: Int, timeout: TimeInterval = 30) throws -> JSONValue {
        let history = try call("Page.getNavigationHistory")
        guard let current = history["currentIndex"]?.intValue, case .array(let entries)? = history["entries"] else {
            throw OperationFailure("the browser returned no navigation history")
        }
        let target = current + offset
        guard entries.indices.contains(target), let entryId = entries[target]["id"]?.intValue else {
            let direction = offset < 0 ? "back" : "forward"
            throw OperationFailure("cannot go \(direction): the page has no \(direction) entry in the tab's history")
        }
        let recorder = record(["Page.frameNavigated", "Page.navigatedWithinDocument"])
        defer { connection.stopRecording(recorder) }
        let deadline = Date().addingTimeInterval(timeout)
        try call("Page.navigateToHistoryEntry", ["entryId": .int(entryId)])
        _ = try recorder.wait(for: "history navigation", until: deadline) { event in
            event.method == "Page.navigatedWithinDocument" || event.params["frame"]?["parentId"] == nil
        }
        try waitForReadyState(until: deadline)
        return try summary()
    }

    /// Reloads the page and waits for the new document's `load` event.
    func reload(timeout: TimeInterval = 30) throws -> JSONValue {
        let recorder = record(["Page.lifecycleEvent"])
        defer { connection.stopRecording(recorder) }
        let deadline = Date().addingTimeInterval(timeout)
        try call("Page.reload")
        let started = try recorder.wait(for: "reload", until: deadline) { event in
            event.params["frameId"]?.stringValue == targetId && event.params["name"]?.stringValue == "init"
        }
        let loaderId = started.params["loaderId"]?.stringValue
        _ = try recorder.wait(for: "reload", until: deadline) { event in
            event.params["frameId"]?.stringValue == targetId && event.params["loaderId"]?.stringValue == loaderId
                && event.params["name"]?.stringValue == "load"
        }
        return try summary()
    }

    /// Polls until `document.readyState` is `complete`.
    func waitForReadyState(until deadline: Date) throws {
        while try evaluate("document.readyState") != .string("complete") {
            guard Date() < deadline else {
                throw CDPError(kind: .timeout, method: "document load", message: "the page did not finish loading")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Stops loading; errors are ignored because the page may already be gone.
    func stopLoading() {
        _ = try? call("Page.stopLoading", timeout: 5)
    }

    /// Returns `{url, title}` of the current document.
    func summary() throws -> JSONValue {
        let value = try run(PageScripts.pageSummary)
        return ["url": value["url"] ?? .null, "title": value["title"] ?? .null]
    }

    /// Adds `http://` to a URL without a scheme, such as `example.com` or `localhost:8000/x`.
    static func normalisedURL(_ url: String) -> String {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        let schemes = ["about:", "data:", "javascript:", "blob:", "chrome:", "file:", "view-source:"]
        if trimmed.contains("://") || schemes.contains(where: { trimmed.lowercased().hasPrefix($0) }) {
            return trimmed
        }
        return "http://" + trimmed
    }
}
