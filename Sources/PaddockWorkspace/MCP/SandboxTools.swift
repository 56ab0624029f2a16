/// The tools of the `sandbox` group: shell commands, code, files, the editor and the environment.
/// Each wraps one or more REST operations of the workspace.
enum SandboxTools {
    static let all: [MCPTool] = [executeBash, executeCode, fileOperations, strReplaceEditor, getContext, getPackages]

    static let executeBash = MCPTool(
        "sandbox_execute_bash",
        "Run a shell command in the sandbox with bash and return its stdout, stderr and exit code.",
        parameters: [
            .string("cmd", "The command line to run.", required: true),
            .string("cwd", "Absolute path of the directory to run the command in; default: the workspace."),
            .number(
                "timeout", "Seconds to wait for the command; a command still running then is reported as running.",
                minimum: 0),
        ]
    ) { arguments, caller throws(ToolFailure) in
        var body: [String: JSONValue] = ["command": arguments["cmd"] ?? ""]
        body["exec_dir"] = arguments["cwd"]
        body["timeout"] = arguments["timeout"]
        let data = try caller.data("POST", "/v1/bash/exec", body: .object(body))
        return ToolResult.text(bashText(data), data: data)
    }

    /// Formats a bash result: stdout, then stderr under a heading, then the exit code or status.
    static func bashText(_ data: JSONValue) -> String {
        var parts: [String] = []
        if let stdout = data["stdout"]?.stringValue, !stdout.isEmpty { parts.append(stdout) }
        if let stderr = data["stderr"]?.stringValue, !stderr.isEmpty { parts.append("[stderr]\n" + stderr) }
        if let code = data["exit_code"]?.intValue {
            parts.append("[exit code: \(code)]")
        } else {
            let status = data["status"]?.stringValue ?? "unknown"
            let command = data["command_id"]?.stringValue ?? ""
            let session = data["session_id"]?.stringValue ?? ""
            parts.append("[status: \(status); command \(command) in bash session \(session)]")
        }
        return joinLines(parts)
    }

    /// Joins pieces of output, each on lines of its own: a newline is added after a piece that
    /// does not end with one.
    static func joinLines(_ parts: [String]) -> String {
        var text = ""
        for part in parts {
            if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
            text += part
        }
        return text
    }

    static let executeCode = MCPTool(
        "sandbox_execute_code",
        "Run Python or JavaScript code in the sandbox and return its output. Python does not echo the last "
            + "expression; print what you need.",
        parameters: [
            .string("code", "The source code to run.", required: true),
            .string("language", "The language of the code.", required: true, allowed: ["python", "javascript"]),
            .integer("timeout", "Seconds the code may run.", minimum: 1, maximum: 300),
        ]
    ) { arguments, caller throws(ToolFailure) in
        var body: [String: JSONValue] = ["code": arguments["code"] ?? "", "language": arguments["language"] ?? ""]
        body["timeout"] = arguments["timeout"]
        let data = try caller.data("POST", "/v1/code/execute", body: .object(body))
        return ToolResult.text(codeText(data), data: data)
    }

    /// Formats a code result from its Jupyter-style outputs, or from stdout and stderr when there
    /// are none.
    static func codeText(_ data: JSONValue) -> String {
        var parts: [String] = []
        if case .array(let outputs)? = data["outputs"] {
            for output in outputs {
                if let text = output["text"]?.stringValue {
                    parts.append(text)
                } else if let plain = output["data"]?["text/plain"]?.stringValue {
                    parts.append(plain)
                } else if let name = output["ename"]?.stringValue {
                    parts.append("\(name): \(output["evalue"]?.stringValue ?? "")")
                }
            }
        }
        if parts.isEmpty {
            if let stdout = data["stdout"]?.stringValue, !stdout.isEmpty { parts.append(stdout) }
            if let stderr = data["stderr"]?.stringValue, !stderr.isEmpty { parts.append("[stderr]\n" + stderr) }
        }
        if case .array(let lines)? = data["traceback"], !lines.isEmpty {
            parts.append(lines.compactMap(\.stringValue).joined(separator: "\n"))
        }
        if let status = data["status"]?.stringValue { parts.append("[status: \(status)]") }
        return joinLines(parts)
    }

    static let fileOperations = MCPTool(
        "sandbox_file_operations",
        "Read, write, list, find, search, grep or replace in files of the sandbox. Relative paths resolve "
            + "against the workspace.",
        parameters: [
            .string(
                "action", "The operation.", required: true,
                allowed: ["read", "write", "list", "find", "search", "grep", "replace"]),
            .string("path", "The file (read, write, search, replace) or directory (list, find, grep).", required: true),
            .string("content", "The text to write (write); for search, the pattern when no pattern is given."),
            .string(
                "pattern", "A glob for find (such as *.py), a regular expression for search and grep."),
            .string("old_str", "The text to replace (replace)."),
            .string("new_str", "The replacement text (replace)."),
            .boolean("append", "Append to the file instead of replacing it (write).", defaultValue: false),
            .boolean("recursive", "List subdirectories too (list).", defaultValue: false),
            .integer("start_line", "First line to read, counted from 0 (read).", minimum: 0),
            .integer("end_line", "Line to stop reading before (read).", minimum: 0),
        ],
        destructive: true
    ) { arguments, caller throws(ToolFailure) in
        let action = arguments["action"]?.stringValue ?? ""
        let path = arguments["path"] ?? ""
        func required(_ name: String) throws(ToolFailure) -> JSONValue {
            guard let value = arguments[name] else {
                throw ToolFailure("action '\(action)' needs the argument '\(name)'")
            }
            return value
        }
        switch action {
        case "read":
            var body: [String: JSONValue] = ["file": path]
            body["start_line"] = arguments["start_line"]
            body["end_line"] = arguments["end_line"]
            let data = try caller.data("POST", "/v1/file/read", body: .object(body))
            return ToolResult.text(data["content"]?.stringValue ?? "", data: data)
        case "write":
            let body: JSONValue = [
                "file": path, "content": try required("content"), "append": arguments["append"] ?? false,
            ]
            let data = try caller.data("POST", "/v1/file/write", body: body)
            let written = data["bytes_written"]?.intValue ?? 0
            return ToolResult.text("Wrote \(written) bytes to \(data["file"]?.stringValue ?? "")", data: data)
        case "list":
            let body: JSONValue = ["path": path, "recursive": arguments["recursive"] ?? false]
            let data = try caller.data("POST", "/v1/file/list", body: body)
            return ToolResult.text(listingText(data), data: data)
        case "find":
            let data = try caller.data("POST", "/v1/file/find", body: ["path": path, "glob": try required("pattern")])
            let files = stringItems(data["files"])
            return ToolResult.text(files.isEmpty ? "No files found" : files.joined(separator: "\n"), data: data)
        case "search":
            let pattern = arguments["pattern"] ?? arguments["content"]
            guard let pattern else { throw ToolFailure("action 'search' needs the argument 'pattern'") }
            let data = try caller.data("POST", "/v1/file/search", body: ["file": path, "regex": pattern])
            return ToolResult.text(searchText(data), data: data)
        case "grep":
            let data = try caller.data(
                "POST", "/v1/file/grep", body: ["path": path, "pattern": try required("pattern")])
            return ToolResult.text(grepText(data), data: data)
        default:
            let body: JSONValue = [
                "file": path, "old_str": try required("old_str"), "new_str": try required("new_str"),
            ]
            let data = try caller.data("POST", "/v1/file/replace", body: body)
            let count = data["replaced_count"]?.intValue ?? 0
            return ToolResult.text("Replaced \(count) occurrence(s) in \(data["file"]?.stringValue ?? "")", data: data)
        }
    }

    static func stringItems(_ value: JSONValue?) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap(\.stringValue)
    }

    /// Formats a listing with one path per line and a trailing slash on directories.
    static func listingText(_ data: JSONValue) -> String {
        guard case .array(let files)? = data["files"], !files.isEmpty else { return "The directory is empty" }
        return files.map { file in
            let path = file["path"]?.stringValue ?? ""
            return file["is_directory"] == true ? path + "/" : path
        }.joined(separator: "\n")
    }

    static func searchText(_ data: JSONValue) -> String {
        guard case .array(let matches)? = data["matches"], !matches.isEmpty else { return "No matching lines" }
        var numbers: [JSONValue] = []
        if case .array(let items)? = data["line_numbers"] { numbers = items }
        return matches.enumerated().map { index, line in
            let number = index < numbers.count ? numbers[index].intValue.map(String.init) ?? "?" : "?"
            return number + ": " + (line.stringValue ?? "")
        }.joined(separator: "\n")
    }

    static func grepText(_ data: JSONValue) -> String {
        guard case .array(let matches)? = data["matches"], !matches.isEmpty else { return "No matches" }
        return matches.map { match in
            let file = match["file"]?.stringValue ?? ""
            let line = match["line_number"]?.intValue.map(String.init) ?? "?"
            return "\(file):\(line): \(match["line_content"]?.stringValue ?? "")"
        }.joined(separator: "\n")
    }

    static let strReplaceEditor = MCPTool(
        "sandbox_str_replace_editor",
        "View, create and edit files: view shows a file with line numbers or lists a directory, create writes a "
            + "new file, str_replace replaces one unique occurrence, insert adds text after a line, undo_edit "
            + "reverts the last edit.",
        parameters: [
            .string(
                "command", "The editor command.", required: true,
                allowed: ["view", "create", "str_replace", "insert", "undo_edit"]),
            .string("path", "Absolute path of the file or directory.", required: true),
            .string("file_text", "The content of the new file (create)."),
            .string("old_str", "The text to replace; it must occur once (str_replace)."),
            .string("new_str", "The replacement (str_replace) or the text to insert (insert)."),
            .integer("insert_line", "The line after which to insert, 0 for the top (insert).", minimum: 0),
            .integers("view_range", "First and last line to show, counted from 1; -1 as last means the end (view)."),
            .string(
                "replace_mode",
                "Which occurrences str_replace replaces when old_str occurs more than once; default: none (an error).",
                allowed: ["ALL", "FIRST", "LAST"]),
        ],
        destructive: true
    ) { arguments, caller throws(ToolFailure) in
        let data = try caller.data("POST", "/v1/file/str_replace_editor", body: .object(arguments))
        return ToolResult.text(data["output"]?.stringValue ?? "", data: data)
    }

    static let getContext = MCPTool(
        "sandbox_get_context",
        "Describe the sandbox: operating system, user, workspace, occupied ports and installed runtimes.",
        readOnly: true
    ) { _, caller throws(ToolFailure) in
        let reply = try caller.send("GET", "/v1/sandbox")
        try WorkspaceCaller.check(reply, method: "GET", path: "/v1/sandbox")
        let json = reply.json
        return ToolResult.text(json?["data"]?.stringValue ?? "", data: json?["detail"])
    }

    static let getPackages = MCPTool(
        "sandbox_get_packages",
        "List the installed Python packages, Node.js global packages, or both.",
        parameters: [.string("language", "Which packages to list; default: both.", allowed: ["python", "nodejs"])],
        readOnly: true
    ) { arguments, caller throws(ToolFailure) in
        let languages = arguments["language"]?.stringValue.map { [$0] } ?? ["python", "nodejs"]
        var sections: [String] = []
        var structured: [String: JSONValue] = [:]
        for language in languages {
            let packages = try caller.data("GET", "/v1/sandbox/packages/\(language)")
            structured[language] = packages
            var lines = [language == "python" ? "Python Packages:" : "Node.js Packages:"]
            if case .array(let items) = packages, !items.isEmpty {
                lines += items.map { item in
                    "  - \(item["name"]?.stringValue ?? "?")==\(item["version"]?.stringValue ?? "?")"
                }
            } else {
                lines.append("  (none found)")
            }
            sections.append(lines.joined(separator: "\n"))
        }
        return ToolResult.text(sections.joined(separator: "\n\n"), data: .object(structured))
    }
}
