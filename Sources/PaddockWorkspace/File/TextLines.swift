/// Line handling shared by read, search and the editor.
enum TextLines {
    /// Splits `text` into lines that keep their terminators, as Python's `splitlines(keepends=True)`
    /// does for `\n`.
    static func withTerminators(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" || text[index] == "\r\n" {
                let next = text.index(after: index)
                lines.append(text[start..<next])
                start = next
            }
            index = text.index(after: index)
        }
        if start < text.endIndex { lines.append(text[start...]) }
        return lines
    }

    /// Splits `text` into lines without terminators; a final newline does not start an empty line.
    static func plain(_ text: String) -> [Substring] {
        withTerminators(text).map { line in
            var trimmed = line
            while let last = trimmed.last, last == "\n" || last == "\r\n" || last == "\r" { trimmed = trimmed.dropLast() }
            return trimmed
        }
    }

    /// Numbers lines as `cat -n` does: the number right-aligned in six columns, then a tab.
    static func numbered(_ lines: [Substring], firstNumber: Int) -> String {
        lines.enumerated().map { offset, line in
            let number = String(firstNumber + offset)
            return String(repeating: " ", count: max(0, 6 - number.count)) + number + "\t" + line
        }.joined(separator: "\n")
    }
}
