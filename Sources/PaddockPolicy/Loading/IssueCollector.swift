/// Collects the issues of one document, keeping the first `PolicyError.maxIssues` and counting the rest.
final class IssueCollector {
    let fileName: String
    private(set) var issues: [PolicyError.Issue] = []
    private(set) var omittedCount = 0
    /// Whether a problem stopped the parse, so that no further checks ran.
    private(set) var isFatal = false

    init(fileName: String) {
        self.fileName = fileName
    }

    var isEmpty: Bool {
        issues.isEmpty
    }

    func report(_ message: String, line: Int?, column: Int?, path: FieldPath = .root) {
        guard issues.count < PolicyError.maxIssues else {
            omittedCount += 1
            return
        }
        issues.append(
            PolicyError.Issue(
                file: fileName, line: line, column: column, fieldPath: path.description, message: message))
    }

    func markFatal() {
        isFatal = true
    }

    func report(_ message: String, at node: YAMLNode, path: FieldPath) {
        report(message, line: node.line, column: node.column, path: path)
    }

    /// Returns the collected issues as one error sorted by position, or nil when there are none.
    func error() -> PolicyError? {
        guard !issues.isEmpty else { return nil }
        let sorted = issues.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.line ?? 0, lhs.element.column ?? 0, lhs.offset)
            let right = (rhs.element.line ?? 0, rhs.element.column ?? 0, rhs.offset)
            return left < right
        }
        return PolicyError(issues: sorted.map(\.element), omittedIssueCount: omittedCount)
    }
}
