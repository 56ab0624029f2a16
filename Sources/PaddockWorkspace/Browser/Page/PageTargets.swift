import Foundation
import PaddockCore
import Synchronization

/// The browser's page targets (tabs) and the active page that page operations act on: the most
/// recently created or activated page that is still open. When no page is open, the next request
/// creates one.
///
/// Target discovery (`Target.setDiscoverTargets`) keeps the list current, so pages that open
/// popups or close themselves with `window.close()` are tracked.
final class PageTargets: @unchecked Sendable {
    let browser: CDPBrowser
    private let state = Mutex(State())
    /// Serialises attaching and creating, so concurrent requests share one session per page.
    private let attaching = Mutex(())

    struct TargetInfo: Sendable, Equatable {
        var targetId: String
        var url: String
        var title: String
    }

    private struct State {
        var generation = -1
        /// Open page targets, least recently created or activated first.
        var order: [String] = []
        /// Open page targets in the order they were found or created: the tab indices.
        var tabs: [String] = []
        var info: [String: TargetInfo] = [:]
        /// Session and lifecycle of each attached page, by target id.
        var sessions: [String: (sessionId: String, lifecycle: PageLifecycle)] = [:]
        /// Targets this server closed whose `targetDestroyed` has not arrived yet. Chromium may still
        /// send `targetInfoChanged` for them, which must not bring the tab back.
        var closing: Set<String> = []
    }

    init(browser: CDPBrowser) {
        self.browser = browser
        browser.onConnect { [weak self] connection in self?.adopt(connection) }
    }

    /// Returns the active page, attaching to it or creating a blank page when needed.
    func active() throws -> PageHandle {
        let connection = try browser.connection()
        return try attaching.withLock { _ in
            do {
                return try attach(try activeTargetId(on: connection), on: connection)
            } catch let error as CDPError
                where error.kind != .disconnected && error.method == "Target.attachToTarget"
            {
                // The page closed before its Target.targetDestroyed event arrived, so use the next one.
                browser.logger.info("active page is gone; choosing another", ["error": error.description])
                if let gone = state.withLock({ $0.order.last }) { forget(gone) }
                return try attach(try activeTargetId(on: connection), on: connection)
            }
        }
    }

    /// Returns the most recently created or activated page, creating a blank one when none is open.
    private func activeTargetId(on connection: CDPConnection) throws -> String {
        if let last = state.withLock({ $0.order.last }) { return last }
        return try createTarget(url: "about:blank", on: connection)
    }

    /// Lists the open pages in tab order (the order they opened in) and names the active one.
    func list() throws -> (pages: [TargetInfo], activeId: String?) {
        _ = try browser.connection()
        return state.withLock { state in (state.tabs.compactMap { state.info[$0] }, state.order.last) }
    }

    /// Opens a new page at `url` and makes it the active page.
    func create(url: String) throws -> PageHandle {
        let connection = try browser.connection()
        return try attaching.withLock { _ in
            let targetId = try createTarget(url: url, on: connection)
            return try attach(targetId, on: connection)
        }
    }

    /// Brings page `targetId` to the front and makes it the active page.
    func activate(_ targetId: String) throws {
        let connection = try browser.connection()
        try connection.call("Target.activateTarget", ["targetId": .string(targetId)])
        moveToEnd(targetId)
    }

    /// Closes page `targetId`; the previously active page becomes active again.
    func close(_ targetId: String) throws {
        let connection = try browser.connection()
        state.withLock { _ = $0.closing.insert(targetId) }
        do {
            try connection.call("Target.closeTarget", ["targetId": .string(targetId)])
        } catch {
            state.withLock { _ = $0.closing.remove(targetId) }
            throw error
        }
        forget(targetId)
    }

    // MARK: Tracking

    /// Resets the page list for a new connection and subscribes it to target events.
    private func adopt(_ connection: CDPConnection) {
        state.withLock { $0 = State(generation: connection.endpoint.generation) }
        connection.addListener { [weak self] event in self?.handle(event) }
        do {
            try connection.call("Target.setDiscoverTargets", ["discover": true])
            let targets = try connection.call("Target.getTargets")
            if case .array(let infos)? = targets["targetInfos"] {
                for info in infos { noteTarget(info, activate: false) }
            }
        } catch {
            browser.logger.warning("cannot discover the browser's pages", ["error": String(describing: error)])
        }
    }

    private func handle(_ event: CDPEvent) {
        switch event.method {
        case "Target.targetCreated":
            if let info = event.params["targetInfo"] { noteTarget(info, activate: true) }
        case "Target.targetInfoChanged":
            if let info = event.params["targetInfo"] { noteTarget(info, activate: false) }
        case "Target.targetDestroyed":
            if let targetId = event.params["targetId"]?.stringValue {
                forget(targetId)
                state.withLock { _ = $0.closing.remove(targetId) }
            }
        case "Target.detachedFromTarget":
            if let sessionId = event.params["sessionId"]?.stringValue { forgetSession(sessionId) }
        case "Page.lifecycleEvent":
            recordLifecycle(event)
        default:
            break
        }
    }

    private func noteTarget(_ info: JSONValue, activate: Bool) {
        guard info["type"]?.stringValue == "page", let targetId = info["targetId"]?.stringValue else { return }
        let entry = TargetInfo(
            targetId: targetId, url: info["url"]?.stringValue ?? "", title: info["title"]?.stringValue ?? "")
        state.withLock { state in
            guard !state.closing.contains(targetId) else { return }
            let known = state.info[targetId] != nil
            state.info[targetId] = entry
            if !known {
                state.order.append(targetId)
                state.tabs.append(targetId)
            } else if activate {
                state.order.removeAll { $0 == targetId }
                state.order.append(targetId)
            }
        }
    }

    private func moveToEnd(_ targetId: String) {
        state.withLock { state in
            guard state.info[targetId] != nil else { return }
            state.order.removeAll { $0 == targetId }
            state.order.append(targetId)
        }
    }

    private func forget(_ targetId: String) {
        state.withLock { state in
            state.order.removeAll { $0 == targetId }
            state.tabs.removeAll { $0 == targetId }
            state.info[targetId] = nil
            state.sessions[targetId] = nil
        }
    }

    private func forgetSession(_ sessionId: String) {
        state.withLock { state in
            state.sessions = state.sessions.filter { $0.value.sessionId != sessionId }
        }
    }

    private func recordLifecycle(_ event: CDPEvent) {
        guard let sessionId = event.sessionId, let frameId = event.params["frameId"]?.stringValue,
            let name = event.params["name"]?.stringValue
        else { return }
        let lifecycle = state.withLock { state in
            state.sessions.first { $0.key == frameId && $0.value.sessionId == sessionId }?.value.lifecycle
        }
        lifecycle?.record(name: name, loaderId: event.params["loaderId"]?.stringValue ?? "")
    }

    // MARK: Sessions

    private func createTarget(url: String, on connection: CDPConnection) throws -> String {
        let reply = try connection.call("Target.createTarget", ["url": .string(url)])
        guard let targetId = reply["targetId"]?.stringValue else {
            throw OperationFailure("the browser did not return a target id for the new page")
        }
        let placeholder = TargetInfo(targetId: targetId, url: url, title: "")
        state.withLock { state in
            if state.info[targetId] == nil {
                state.info[targetId] = placeholder
                state.tabs.append(targetId)
            }
            state.order.removeAll { $0 == targetId }
            state.order.append(targetId)
        }
        return targetId
    }

    /// Returns the session of `targetId`, attaching with `flatten: true` the first time.
    private func attach(_ targetId: String, on connection: CDPConnection) throws -> PageHandle {
        if let session = state.withLock({ $0.sessions[targetId] }) {
            return PageHandle(
                connection: connection, targetId: targetId, sessionId: session.sessionId, lifecycle: session.lifecycle)
        }
        let reply = try connection.call("Target.attachToTarget", ["targetId": .string(targetId), "flatten": true])
        guard let sessionId = reply["sessionId"]?.stringValue else {
            throw OperationFailure("the browser did not return a session for page \(targetId)")
        }
        let lifecycle = PageLifecycle()
        state.withLock { $0.sessions[targetId] = (sessionId, lifecycle) }
        let page = PageHandle(connection: connection, targetId: targetId, sessionId: sessionId, lifecycle: lifecycle)
        try page.call("Page.enable")
        try page.call("Page.setLifecycleEventsEnabled", ["enabled": true])
        let size = browser.provider.windowSize
        try? applyWindowSize(width: size.width, height: size.height, to: page)
        return page
    }

    /// Sets the page's viewport to `width` x `height` CSS pixels.
    func applyWindowSize(width: Int, height: Int, to page: PageHandle) throws {
        try page.call(
            "Emulation.setDeviceMetricsOverride",
            ["width": .int(width), "height": .int(height), "deviceScaleFactor": 1, "mobile": false])
    }

    /// Returns the handles of every attached page, for settings that apply to all of them.
    func attachedPages() throws -> [PageHandle] {
        let connection = try browser.connection()
        return state.withLock { state in
            state.sessions.map { targetId, session in
                PageHandle(
                    connection: connection, targetId: targetId, sessionId: session.sessionId,
                    lifecycle: session.lifecycle)
            }
        }
    }
}
