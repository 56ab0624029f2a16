import Foundation

/// The contents of `DevToolsActivePort`, which Chromium writes into its user-data-dir once its
/// remote-debugging server listens: the port on the first line and the browser target's WebSocket
/// path on the second.
struct DevToolsActivePort: Equatable {
    let port: Int
    let browserWebSocketPath: String

    /// The file's name inside the user-data-dir.
    static let fileName = "DevToolsActivePort"

    /// Parses the file's text; returns nil while it is incomplete (Chromium may not have finished
    /// writing it) or when it is malformed.
    static func parse(_ text: String) -> DevToolsActivePort? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard lines.count >= 2, let port = Int(lines[0]), (1...65535).contains(port) else { return nil }
        let path = lines[1]
        guard path.hasPrefix("/devtools/browser/"), path.count > "/devtools/browser/".count else { return nil }
        return DevToolsActivePort(port: port, browserWebSocketPath: path)
    }
}
