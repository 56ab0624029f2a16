import Foundation

/// Shows a pull's progress on standard error: one redrawn bar line on a terminal, and otherwise a
/// plain line per layer event, so logs of scripted pulls stay readable.
final class PullProgress {
    private let console: any ConsoleIO
    private let isTerminal: Bool
    private var sizes: [String: Int64] = [:]
    private var received: [String: Int64] = [:]
    private var finishedLayers = 0
    private var drewBar = false

    init(console: any ConsoleIO) {
        self.console = console
        isTerminal = console.isTerminal(.error)
    }

    func handle(_ event: PullEventMessage) {
        let digest = event.digest.map(Self.short) ?? ""
        switch event.event {
        case "resolved":
            for layer in event.layers ?? [] { sizes[layer.digest] = layer.size }
            line("resolved \(digest): \(sizes.count) layers, \(Self.mebibytes(sizes.values.reduce(0, +)))")
        case "progress":
            if let full = event.digest { received[full] = event.received ?? 0 }
            if isTerminal { drawBar() }
        case "cached":
            finishedLayers += 1
            if let full = event.digest { received[full] = sizes[full] ?? 0 }
            line("layer \(digest): already stored")
        case "downloaded":
            line("layer \(digest): downloaded")
        case "unpacked":
            finishedLayers += 1
            line("layer \(digest): unpacked")
        case "retrying":
            line("retrying \(event.message ?? "")")
        default:
            break
        }
    }

    func finish() {
        if drewBar { console.printError("\n") }
    }

    private func line(_ text: String) {
        if isTerminal {
            // Overwrite the bar, then redraw it below the event line.
            console.printError("\r\u{1B}[2K" + text + "\n")
            if drewBar { drawBar() }
        } else {
            console.printError(text + "\n")
        }
    }

    private func drawBar() {
        let total = max(sizes.values.reduce(0, +), 1)
        let done = min(received.values.reduce(0, +), total)
        let width = 30
        let filled = Int(Double(done) / Double(total) * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        console.printError(
            "\r\u{1B}[2K[\(bar)] \(Self.mebibytes(done)) of \(Self.mebibytes(total)), "
                + "\(finishedLayers)/\(sizes.count) layers")
        drewBar = true
    }

    static func short(_ digest: String) -> String {
        String(digest.split(separator: ":").last?.prefix(12) ?? "")
    }

    static func mebibytes(_ bytes: Int64) -> String {
        String(format: "%.1f MiB", Double(bytes) / 1_048_576)
    }
}
