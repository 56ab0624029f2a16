import Foundation
import PaddockCore

/// The page operations' shared state: the DevTools connection, the tabs with the active page,
/// and the pointer. Every browser route group uses one instance.
final class BrowserPages: Sendable {
    let browser: CDPBrowser
    let targets: PageTargets
    let pointer = PointerState()

    init(provider: any BrowserEndpointProvider, logger: Logger) {
        browser = CDPBrowser(provider: provider, logger: logger)
        targets = PageTargets(browser: browser)
        let pointer = pointer
        browser.onConnect { _ in pointer.reset() }
    }

    /// Runs `body` on the active page and turns browser errors into handled failures whose message
    /// starts with `operation`, such as `click on "#submit"`.
    func withActivePage<T>(_ operation: String, _ body: (PageHandle) throws -> T) throws -> T {
        try translatingErrors(operation) { try body(try targets.active()) }
    }

    /// Runs `body` and turns `CDPError` and `PageScriptError` into `OperationFailure`.
    func translatingErrors<T>(_ operation: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PageScriptError {
            throw OperationFailure("\(operation) failed: \(Self.plain(error.message))")
        } catch let error as CDPError {
            switch error.kind {
            case .disconnected:
                throw OperationFailure(
                    "\(operation) failed because \(error.message); the next request restarts the browser")
            case .timeout:
                browser.checkHealth()
                throw OperationFailure("\(operation) failed: \(error)")
            case .protocolError:
                throw OperationFailure("\(operation) failed: \(error)")
            }
        }
    }

    /// Returns the active page's viewport in CSS pixels (`window.innerWidth` and `innerHeight`),
    /// or nil when the browser cannot be reached.
    func pageViewport() throws -> (width: Int, height: Int)? {
        let summary = try? withActivePage("reading the viewport") { try $0.run(PageScripts.pageSummary) }
        guard let width = summary?["width"]?.intValue, let height = summary?["height"]?.intValue else { return nil }
        return (width, height)
    }

    /// An input dispatcher for `page`.
    func input(_ page: PageHandle) -> InputDispatcher {
        InputDispatcher(page: page, pointer: pointer)
    }

    /// Removes the `Error: ` prefix that a JavaScript `Error`'s description starts with.
    static func plain(_ message: String) -> String {
        message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
    }
}
