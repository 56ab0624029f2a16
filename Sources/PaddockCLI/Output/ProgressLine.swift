import Foundation

/// A one-line transfer progress display on standard error, redrawn in place with `\r`. It shows
/// nothing unless standard error is a terminal and the transfer has passed 1 MiB.
final class ProgressLine {
    /// Transfers below this size show no progress.
    static let threshold: Int64 = 1 << 20

    private let console: any ConsoleIO
    private let label: String
    private let total: Int64?
    private let isEnabled: Bool
    private var transferred: Int64 = 0
    private var lastDrawn: Int64 = -1
    private var hasDrawn = false

    /// Creates a display for a transfer named `label` of `total` bytes, when known.
    init(console: any ConsoleIO, label: String, total: Int64?) {
        self.console = console
        self.label = label
        self.total = total
        isEnabled = console.isTerminal(.error) && (total.map { $0 > Self.threshold } ?? true)
    }

    /// Records `count` more bytes and redraws at most once per 256 KiB.
    func advance(by count: Int) {
        transferred += Int64(count)
        guard isEnabled, transferred > Self.threshold, transferred - lastDrawn >= 256 * 1024 else { return }
        draw()
    }

    /// Draws the final state and ends the line, when anything was drawn.
    func finish() {
        guard hasDrawn else { return }
        draw()
        console.printError("\n")
    }

    private func draw() {
        lastDrawn = transferred
        hasDrawn = true
        var text = "\r\(label): \(Self.mebibytes(transferred))"
        if let total, total > 0 {
            let percent = Int(Double(transferred) / Double(total) * 100)
            text += " of \(Self.mebibytes(total)) (\(percent)%)"
        }
        console.printError(text)
    }

    private static func mebibytes(_ bytes: Int64) -> String {
        String(format: "%.1f MiB", Double(bytes) / Double(1 << 20))
    }
}
