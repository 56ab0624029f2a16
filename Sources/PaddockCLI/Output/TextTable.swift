import Foundation

/// A plain-text table with left-aligned columns separated by three spaces, as `kubectl get` prints.
struct TextTable {
    let headers: [String]
    var rows: [[String]] = []

    init(headers: [String]) {
        self.headers = headers
    }

    /// Appends a row. Missing cells are empty and extra cells are dropped.
    mutating func append(_ row: [String]) {
        rows.append((0..<headers.count).map { $0 < row.count ? row[$0] : "" })
    }

    /// Returns the table as lines ending in newlines, without trailing spaces.
    func rendered() -> String {
        let all = [headers] + rows
        let widths = (0..<headers.count).map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                let isLast = column == row.count - 1
                line += isLast ? cell : cell.padding(toLength: widths[column] + 3, withPad: " ", startingAt: 0)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }.joined()
    }
}
