import Foundation
import Glibc
import PaddockHTTP

/// `POST /v1/file/str_replace_editor`: the text editor tool of coding agents, with the commands
/// view, create, str_replace, insert and undo_edit.
///
/// Edits are kept per file in memory for `undo_edit`, so undo history ends with the server process.
final class StrReplaceEditor: @unchecked Sendable {
    private let lock = NSLock()
    private var history: [String: [String]] = [:]
    /// Edits remembered per file.
    static let maxHistory = 20
    /// Lines of context shown around an edit.
    static let snippetLines = 4

    func handle(_ request: RouteRequest, context: WorkspaceContext) throws -> HTTPResponse {
        let fields = try request.fields()
        let command = fields.requiredString("command")
        let requested = fields.requiredString("path")
        let fileText = fields.string("file_text")
        let old = fields.string("old_str")
        let new = fields.string("new_str")
        let insertLine = fields.int("insert_line")
        let viewRange = fields.ints("view_range") ?? []
        let replaceMode = fields.string("replace_mode")
        try fields.validate()
        let path = FileRoutes.resolve(requested, context)

        switch command {
        case "view": return try view(path, range: viewRange)
        case "create": return try create(path, text: fileText)
        case "str_replace": return try replace(path, old: old, new: new ?? "", mode: replaceMode)
        case "insert": return try insert(path, line: insertLine, text: new)
        case "undo_edit": return try undo(path)
        default:
            throw ValidationFailure([
                .init(
                    location: ["body", "command"],
                    message: "Input should be 'view', 'create', 'str_replace', 'insert' or 'undo_edit'", type: "enum",
                    input: .string(command))
            ])
        }
    }

    private func result(
        _ path: String, output: String, previouslyExisted: Bool, old: String? = nil, new: String? = nil
    ) -> HTTPResponse {
        Envelope.success([
            "output": .string(output), "error": nil, "path": .string(path), "prev_exist": .bool(previouslyExisted),
            "old_content": .from(old), "new_content": .from(new), "metadata": nil,
        ])
    }

    /// A tool error: `success: false`, with the error in the result as well.
    private func toolError(_ path: String, _ message: String, previouslyExisted: Bool) -> OperationFailure {
        OperationFailure(
            message,
            data: [
                "output": "", "error": .string(message), "path": .string(path), "prev_exist": .bool(previouslyExisted),
                "old_content": nil, "new_content": nil, "metadata": nil,
            ])
    }

    private func view(_ path: String, range: [Int]) throws -> HTTPResponse {
        var status = stat()
        guard stat(path, &status) == 0 else { throw FileFailure.system(path, operation: "view", errno: errno) }
        if FileSystem.isDirectory(status) {
            guard range.isEmpty else {
                throw toolError(path, "view_range is not allowed when path is a directory", previouslyExisted: true)
            }
            var lines: [String] = []
            FileListing.walk(path, maxDepth: 2, descend: { !$0.name.hasPrefix(".") }) { entry in
                if !entry.name.hasPrefix(".") { lines.append(entry.path + (entry.isDirectory ? "/" : "")) }
                return lines.count < 1000
            }
            let output =
                "Here's the files and directories up to 2 levels deep in \(path), excluding hidden items:\n"
                + ([path] + lines).joined(separator: "\n") + "\n"
            return result(path, output: output, previouslyExisted: true)
        }
        let text = try FileRoutes.readText(path, operation: "view")
        let lines = TextLines.plain(text)
        var first = 1
        var shown = lines[...]
        if !range.isEmpty {
            guard range.count == 2 else {
                throw toolError(path, "view_range must have two numbers, [start, end]", previouslyExisted: true)
            }
            let (start, end) = (range[0], range[1])
            guard start >= 1, start <= max(1, lines.count) else {
                throw toolError(
                    path, "view_range start \(start) is outside the file's lines 1 to \(lines.count)", previouslyExisted: true)
            }
            guard end == -1 || (end >= start && end <= lines.count) else {
                throw toolError(
                    path, "view_range end \(end) must be -1 or between \(start) and \(lines.count)", previouslyExisted: true)
            }
            first = start
            shown = lines[(start - 1)..<(end == -1 ? lines.count : end)]
        }
        let output =
            "Here's the result of running `cat -n` on \(path):\n" + TextLines.numbered(Array(shown), firstNumber: first) + "\n"
        return result(path, output: output, previouslyExisted: true)
    }

    private func create(_ path: String, text: String?) throws -> HTTPResponse {
        guard let text else {
            throw toolError(path, "file_text is required for the create command", previouslyExisted: false)
        }
        var status = stat()
        if stat(path, &status) == 0 {
            throw toolError(
                path, "File already exists at: \(path). Cannot overwrite files using command `create`.",
                previouslyExisted: true)
        }
        try FileRoutes.writeBytes(path, Array(text.utf8), operation: "create")
        remember(path, "")
        return result(path, output: "File created successfully at: \(path)", previouslyExisted: false, new: text)
    }

    private func replace(_ path: String, old: String?, new: String, mode: String?) throws -> HTTPResponse {
        guard let old, !old.isEmpty else {
            throw toolError(path, "old_str is required for the str_replace command", previouslyExisted: true)
        }
        let content = try FileRoutes.readText(path, operation: "str_replace")
        let ranges = Self.occurrences(of: old, in: content)
        guard !ranges.isEmpty else {
            throw toolError(
                path, "No replacement was performed, old_str `\(old)` did not appear verbatim in \(path).",
                previouslyExisted: true)
        }
        let chosen: [Range<String.Index>]
        switch mode?.uppercased() {
        case nil:
            guard ranges.count == 1 else {
                let lines = ranges.map { String(content[..<$0.lowerBound].filter { $0 == "\n" || $0 == "\r\n" }.count + 1) }
                throw toolError(
                    path,
                    "No replacement was performed. Multiple occurrences of old_str `\(old)` in lines \(lines.joined(separator: ", ")). Please ensure it is unique, or set replace_mode to ALL, FIRST or LAST.",
                    previouslyExisted: true)
            }
            chosen = ranges
        case "ALL": chosen = ranges
        case "FIRST": chosen = [ranges[0]]
        case "LAST": chosen = [ranges[ranges.count - 1]]
        default:
            throw ValidationFailure([
                .init(
                    location: ["body", "replace_mode"], message: "Input should be 'ALL', 'FIRST' or 'LAST'", type: "enum",
                    input: .from(mode))
            ])
        }
        var updated = content
        for range in chosen.reversed() { updated.replaceSubrange(range, with: new) }
        try FileRoutes.writeBytes(path, Array(updated.utf8), operation: "str_replace")
        remember(path, content)
        let startLine = content[..<chosen[0].lowerBound].filter { $0 == "\n" || $0 == "\r\n" }.count
        let output =
            "The file \(path) has been edited. "
            + snippet(updated, path: path, aroundLine: startLine, insertedLines: new.split(separator: "\n", omittingEmptySubsequences: false).count)
            + "Review the changes and make sure they are as expected. Edit the file again if necessary."
        return result(path, output: output, previouslyExisted: true, old: content, new: updated)
    }

    private func insert(_ path: String, line: Int?, text: String?) throws -> HTTPResponse {
        guard let line else { throw toolError(path, "insert_line is required for the insert command", previouslyExisted: true) }
        guard let text else { throw toolError(path, "new_str is required for the insert command", previouslyExisted: true) }
        let content = try FileRoutes.readText(path, operation: "insert")
        var lines = TextLines.plain(content).map(String.init)
        guard line >= 0, line <= lines.count else {
            throw toolError(
                path, "Invalid `insert_line` parameter: \(line). It should be within the range of lines of the file: [0, \(lines.count)]",
                previouslyExisted: true)
        }
        let inserted = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert(contentsOf: inserted, at: line)
        let updated = lines.joined(separator: "\n") + (content.hasSuffix("\n") || content.isEmpty ? "\n" : "")
        try FileRoutes.writeBytes(path, Array(updated.utf8), operation: "insert")
        remember(path, content)
        let output =
            "The file \(path) has been edited. " + snippet(updated, path: path, aroundLine: line, insertedLines: inserted.count)
            + "Review the changes and make sure they are as expected (correct indentation, no duplicate lines, etc). Edit the file again if necessary."
        return result(path, output: output, previouslyExisted: true, old: content, new: updated)
    }

    private func undo(_ path: String) throws -> HTTPResponse {
        guard let previous = lock.withLock({ history[path]?.popLast() }) else {
            throw toolError(path, "No edit history found for \(path).", previouslyExisted: FileManager.default.fileExists(atPath: path))
        }
        let current = (try? FileRoutes.readText(path, operation: "undo_edit")) ?? ""
        try FileRoutes.writeBytes(path, Array(previous.utf8), operation: "undo_edit")
        let output =
            "Last edit to \(path) undone successfully. Here's the result of running `cat -n` on \(path):\n"
            + TextLines.numbered(TextLines.plain(previous), firstNumber: 1) + "\n"
        return result(path, output: output, previouslyExisted: true, old: current, new: previous)
    }

    private func remember(_ path: String, _ content: String) {
        lock.withLock {
            var entries = history[path] ?? []
            entries.append(content)
            if entries.count > Self.maxHistory { entries.removeFirst() }
            history[path] = entries
        }
    }

    private func snippet(_ text: String, path: String, aroundLine line: Int, insertedLines: Int) -> String {
        let lines = TextLines.plain(text)
        let start = max(0, line - Self.snippetLines)
        let end = min(lines.count, line + insertedLines + Self.snippetLines)
        return "Here's the result of running `cat -n` on a snippet of \(path):\n"
            + TextLines.numbered(Array(lines[start..<max(start, end)]), firstNumber: start + 1) + "\n"
    }

    /// The ranges of every non-overlapping occurrence of `needle`.
    static func occurrences(of needle: String, in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var searchStart = text.startIndex
        while let found = text.range(of: needle, range: searchStart..<text.endIndex) {
            ranges.append(found)
            searchStart = found.upperBound
        }
        return ranges
    }
}
