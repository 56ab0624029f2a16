import Foundation

extension PreflightReport {
    /// Renders the report as a table for a terminal: one row per check, each fix on the line below
    /// its check, and a summary line at the end.
    public func renderTable() -> String {
        let idWidth = max("CHECK".count, checks.map(\.id.count).max() ?? 0)
        let statusWidth = "warning".count
        var lines = [row("CHECK", "STATUS", "DETAIL", idWidth: idWidth, statusWidth: statusWidth)]
        for check in checks {
            lines.append(row(check.id, check.status.rawValue, check.detail, idWidth: idWidth, statusWidth: statusWidth))
            if let fix = check.fix {
                lines.append(String(repeating: " ", count: idWidth + statusWidth + 4) + "fix: " + fix)
            }
        }
        lines.append("")
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders the report as pretty-printed JSON with sorted keys, the body of `GET /v1/doctor`.
    public func renderJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    private var summary: String {
        let ready = isolationReady ? "yes" : "no"
        let landlock = landlockABI.map { "ABI \($0)" } ?? "unavailable"
        return "isolation ready: \(ready); Landlock: \(landlock); cgroup layout: \(cgroupLayout.name)"
    }

    private func row(_ id: String, _ status: String, _ detail: String, idWidth: Int, statusWidth: Int) -> String {
        id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
            + status.padding(toLength: statusWidth, withPad: " ", startingAt: 0) + "  " + detail
    }
}
