import Foundation
import PaddockCore

/// The table views of sandboxes for `sandbox list` and `sandbox get`.
enum SandboxTable {
    /// Returns one row per sandbox: NAME, ID, PHASE, IMAGE, AGE and EXPIRES.
    static func list(_ sandboxes: [Sandbox], now: Date) -> String {
        var table = TextTable(headers: ["NAME", "ID", "PHASE", "IMAGE", "AGE", "EXPIRES"])
        for sandbox in sandboxes {
            table.append([
                sandbox.name, sandbox.id, sandbox.phase, sandbox.image ?? "-",
                TimeFormatting.age(of: sandbox.createdAt, now: now),
                TimeFormatting.remaining(until: sandbox.expiresAt, now: now),
            ])
        }
        return table.rendered()
    }

    /// Returns one `Field: value` line per property of `sandbox`, values aligned.
    static func details(_ sandbox: Sandbox, now: Date) -> String {
        var fields: [(String, String)] = [
            ("Name", sandbox.name),
            ("ID", sandbox.id),
            ("Phase", sandbox.phase),
            ("Image", sandbox.image ?? "-"),
            ("Created", created(sandbox, now: now)),
            ("Expires", expires(sandbox, now: now)),
            ("Memory", sandbox.limits?.memoryBytes.map { ByteSize(bytes: $0).description } ?? "no limit"),
            ("CPUs", sandbox.limits?.cpus.map { String(format: "%g", $0) } ?? "no limit"),
            ("Processes", sandbox.limits?.pids.map(String.init) ?? "no limit"),
            ("Command", sandbox.command.map(shellQuoted) ?? "-"),
            ("Remove on exit", sandbox.removeOnExit.map { $0 ? "yes" : "no" } ?? "no"),
            ("Workspace", sandbox.workspace ?? "-"),
            ("User", user(sandbox)),
            ("Providers", (sandbox.providers ?? []).isEmpty ? "-" : (sandbox.providers ?? []).joined(separator: ",")),
        ]
        if let exitCode = sandbox.exitCode {
            fields.append(("Exit code", String(exitCode)))
        }
        if let lastError = sandbox.lastError {
            fields.append(("Last error", lastError))
        }
        let environment = (sandbox.env ?? [:]).sorted { $0.key < $1.key }
        fields.append(("Environment", environment.isEmpty ? "-" : ""))

        let width = (fields.map(\.0.count).max() ?? 0) + 2
        var lines = fields.map { label, value in
            let head = (label + ":").padding(toLength: width, withPad: " ", startingAt: 0)
            return (head + value).trimmingCharacters(in: .whitespaces)
        }
        lines += environment.map { "  \($0.key)=\($0.value)" }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func created(_ sandbox: Sandbox, now: Date) -> String {
        guard let createdAt = sandbox.createdAt else { return "-" }
        return "\(createdAt) (\(TimeFormatting.age(of: createdAt, now: now)) ago)"
    }

    private static func expires(_ sandbox: Sandbox, now: Date) -> String {
        guard let expiresAt = sandbox.expiresAt else { return "never" }
        let remaining = TimeFormatting.remaining(until: expiresAt, now: now)
        return remaining == "expired" ? "\(expiresAt) (expired)" : "\(expiresAt) (in \(remaining))"
    }

    private static func user(_ sandbox: Sandbox) -> String {
        guard let user = sandbox.user else { return "-" }
        let name = user.name.map { "\($0) " } ?? ""
        return "\(name)(uid \(user.uid), gid \(user.gid))"
    }

    /// Joins `arguments` into one line, quoting those that a shell would split or expand.
    static func shellQuoted(_ arguments: [String]) -> String {
        arguments.map { argument in
            let isPlain =
                !argument.isEmpty && argument.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:@%+,".contains($0) }
            return isPlain ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }
}
