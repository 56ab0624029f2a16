/// Renders help text for commands and command groups, wrapped to 80 columns.
enum HelpFormatter {
    static let width = 80
    /// The column where option and command descriptions start.
    static let descriptionColumn = 28

    /// Returns the help for the leaf command `command`, invoked as `path`.
    static func help(for command: any LeafCommand.Type, path: String) -> String {
        let configuration = command.configuration
        let signature = command.signature
        var sections: [String] = [configuration.abstract, "USAGE: " + usage(of: signature, path: path)]
        if !configuration.discussion.isEmpty {
            sections.append(paragraphs(configuration.discussion))
        }
        if !signature.positionals.isEmpty || signature.trailingCommand != nil {
            var rows = signature.positionals.map { (label: $0.name, help: $0.help) }
            if let trailing = signature.trailingCommand {
                rows.append((label: "-- CMD...", help: trailing.help))
            }
            sections.append("ARGUMENTS:\n" + table(rows))
        }
        if !signature.options.isEmpty {
            sections.append("OPTIONS:\n" + table(signature.options.map { ($0.helpLabel, $0.help) }))
        }
        sections.append("GLOBAL OPTIONS:\n" + table(GlobalOptions.specs.map { ($0.helpLabel, $0.help) }))
        if !configuration.examples.isEmpty {
            sections.append("EXAMPLES:\n" + configuration.examples.map { "  " + $0 }.joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// Returns the help for the command group `group`, invoked as `path`.
    ///
    /// - Parameter extraOptions: Options that only this level accepts, such as `--version` at the root.
    static func help(forGroup group: any CommandNode.Type, path: String, extraOptions: [OptionSpec] = []) -> String {
        let configuration = group.configuration
        var sections = [configuration.abstract, "USAGE: \(path) <command> [<options>]"]
        if !configuration.discussion.isEmpty {
            sections.append(paragraphs(configuration.discussion))
        }
        let visible = configuration.subcommands.filter { !$0.configuration.isHidden }
        sections.append("COMMANDS:\n" + table(visible.map { ($0.configuration.name, $0.configuration.abstract) }))
        let options = GlobalOptions.specs + extraOptions
        sections.append("GLOBAL OPTIONS:\n" + table(options.map { ($0.helpLabel, $0.help) }))
        let words = path.split(separator: " ")
        let helpPath = (["paddock", "help"] + words.dropFirst()).joined(separator: " ")
        sections.append(
            wrap("Run '\(helpPath) <command>' or '\(path) <command> --help' for a command's options.", indent: 0)
                .joined(separator: "\n"))
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// Returns the usage line of a leaf command without the `USAGE:` label.
    static func usage(of signature: CommandSignature, path: String) -> String {
        var parts = [path]
        parts += signature.positionals.map(\.usageLabel)
        if !signature.options.isEmpty {
            parts.append("[<options>]")
        }
        if let trailing = signature.trailingCommand {
            parts.append(trailing.isRequired ? "-- CMD..." : "[-- CMD...]")
        }
        return parts.joined(separator: " ")
    }

    /// Formats rows of a label and a description, wrapping descriptions at the description column.
    static func table(_ rows: [(String, String)]) -> String {
        var lines: [String] = []
        for (label, description) in rows {
            let wrapped = wrap(description, indent: descriptionColumn)
            let head = "  " + label
            if head.count + 2 <= descriptionColumn, let first = wrapped.first {
                let padding = String(repeating: " ", count: descriptionColumn - head.count)
                lines.append(head + padding + first.dropFirst(descriptionColumn))
                lines += wrapped.dropFirst()
            } else {
                lines.append(head)
                lines += wrapped
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Wraps each paragraph of `text` (separated by blank lines) to the width, keeping lines that
    /// start with two spaces (such as examples) as they are.
    static func paragraphs(_ text: String) -> String {
        let blocks = text.components(separatedBy: "\n\n")
        return blocks.map { block in
            if block.hasPrefix("  ") { return block }
            return wrap(block, indent: 0).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// Splits `text` into lines of at most `width` columns, each indented by `indent` spaces.
    static func wrap(_ text: String, indent: Int) -> [String] {
        let prefix = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if !current.isEmpty, indent + current.count + 1 + word.count > width {
                lines.append(prefix + current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty {
            lines.append(prefix + current)
        }
        return lines
    }
}
