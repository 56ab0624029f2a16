import PaddockCore

/// The table views of policy revisions for `policy list` and `policy get`.
enum PolicyTable {
    static func list(_ revisions: [PolicyRevision]) -> String {
        var table = TextTable(headers: ["REVISION", "STATUS", "CREATED", "LOADED", "ERROR"])
        for revision in revisions {
            table.append([
                String(revision.revision), revision.status, revision.createdAt ?? "-", revision.loadedAt ?? "-",
                firstLine(revision.error) ?? "-",
            ])
        }
        return table.rendered()
    }

    static func details(_ revision: PolicyRevision) -> String {
        var lines = [
            "Sandbox:   \(revision.sandbox ?? "-")",
            "Revision:  \(revision.revision)",
            "Status:    \(revision.status)",
            "Created:   \(revision.createdAt ?? "-")",
            "Loaded:    \(revision.loadedAt ?? "-")",
        ]
        if let error = revision.error {
            lines.append("Error:     \(error)")
        }
        let source = revision.source ?? ""
        lines.append("Policy:" + (source.isEmpty ? "    (the gateway's default policy)" : ""))
        var text = lines.joined(separator: "\n") + "\n"
        if !source.isEmpty {
            text += source.hasSuffix("\n") ? source : source + "\n"
        }
        return text
    }

    /// Returns the revision number in `text`, a whole number of 1 or more.
    static func parseRevision(_ text: String) throws -> Int {
        guard let number = Int(text), number >= 1 else {
            throw PaddockError(.invalidArgument, "invalid revision '\(text)': expected a whole number of 1 or more")
        }
        return number
    }

    private static func firstLine(_ text: String?) -> String? {
        text.map { String($0.split(separator: "\n", omittingEmptySubsequences: false).first ?? "") }
    }
}
