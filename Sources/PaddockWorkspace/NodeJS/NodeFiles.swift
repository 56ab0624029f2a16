import Foundation

/// The `files` of a stateless run: relative names checked, then written below the run's directory.
enum NodeFiles {
    /// The file that contains the request's code, in the run's directory; `files` may not use it.
    static let codeFileName = "paddock-main.js"

    /// Returns why `name` cannot be a file of a run, or nil when it is acceptable: a relative path
    /// without NUL, without `..` components and not the code file's name.
    static func problem(with name: String) -> String? {
        if name.isEmpty { return "a file name is empty" }
        if name.utf8.contains(0) {
            return "file name '\(name.replacingOccurrences(of: "\0", with: "\\0"))' contains NUL"
        }
        if name.hasPrefix("/") { return "file name '\(name)' is absolute; use a path relative to the run's directory" }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains("..") {
            return "file name '\(name)' contains '..'; paths must stay inside the run's directory"
        }
        if components.last == "" || components.last == "." {
            return "file name '\(name)' names a directory, not a file"
        }
        if name == codeFileName { return "file name '\(name)' is reserved for the request's code" }
        return nil
    }

    /// Checks every name of `files`.
    ///
    /// - Throws: `OperationFailure` that names the first invalid name.
    static func validate(_ files: [String: String]) throws {
        for name in files.keys.sorted() {
            if let problem = problem(with: name) { throw OperationFailure("invalid files entry: \(problem)") }
        }
    }

    /// Writes `files` below `directory`, creating parent directories. Call `validate` first.
    static func write(_ files: [String: String], into directory: String) throws {
        for (name, content) in files {
            let path = directory + "/" + name
            let parent = (path as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                try Data(content.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw OperationFailure("cannot write files entry '\(name)': \(error.localizedDescription)")
            }
        }
    }
}
