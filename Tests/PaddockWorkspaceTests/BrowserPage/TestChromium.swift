import Foundation
import PaddockCore

@testable import PaddockWorkspace

/// A headless Chromium that a test launches and owns, standing in for `BrowserSupervisor`.
/// `restart` launches a new browser with the next generation.
final class TestChromium: BrowserEndpointProvider, @unchecked Sendable {
    static let executable = "/usr/lib/chromium/chromium"

    private let lock = NSLock()
    private var process: Process?
    private var directory: URL?
    private var current: BrowserEndpoint?
    private var generation = 0
    private var size = (width: 1280, height: 720)

    var windowSize: (width: Int, height: Int) {
        get { lock.withLock { size } }
        set { lock.withLock { size = newValue } }
    }

    func endpoint() throws -> BrowserEndpoint {
        try lock.withLock {
            if let current, process?.isRunning == true { return current }
            return try launchLocked()
        }
    }

    func restart(reason: String) throws -> BrowserEndpoint {
        try lock.withLock {
            stopLocked()
            return try launchLocked()
        }
    }

    /// Kills the browser with SIGKILL, as a crash would end it.
    func kill() {
        lock.withLock {
            guard let process, process.isRunning else { return }
            Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    func stop() {
        lock.withLock { stopLocked() }
    }

    private func stopLocked() {
        if let process, process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        process = nil
        current = nil
        if let directory { try? FileManager.default.removeItem(at: directory) }
        directory = nil
    }

    private func launchLocked() throws -> BrowserEndpoint {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("paddock-cdp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            "--user-data-dir=\(directory.path)", "--window-size=\(size.width),\(size.height)", "about:blank",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = directory.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let portFile = directory.appendingPathComponent("DevToolsActivePort")
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let text = try? String(contentsOf: portFile, encoding: .utf8) {
                let lines = text.split(separator: "\n").map(String.init)
                if lines.count >= 2, let port = Int(lines[0]) {
                    generation += 1
                    let endpoint = BrowserEndpoint(
                        port: port, browserWebSocketPath: lines[1], userAgent: "", generation: generation)
                    self.process = process
                    self.directory = directory
                    current = endpoint
                    return endpoint
                }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.terminate()
        throw TestChromiumError(message: "Chromium wrote no DevToolsActivePort within 30 s")
    }

    /// Runs `body` with a fresh browser and page state, then stops the browser.
    static func withPages<T>(_ body: (BrowserPages, TestChromium) throws -> T) throws -> T {
        let chromium = TestChromium()
        defer { chromium.stop() }
        let pages = BrowserPages(provider: chromium, logger: Logger(label: "test", minimumLevel: .warning))
        defer { pages.browser.close() }
        return try body(pages, chromium)
    }
}

struct TestChromiumError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Loads `html` into the active page as a data: URL.
func load(_ html: String, into pages: BrowserPages) throws {
    let encoded = Data(html.utf8).base64EncodedString()
    _ = try pages.withActivePage("test navigation") { page in
        try page.navigate(to: "data:text/html;base64,\(encoded)", waitUntil: "load", timeout: 30)
    }
}
