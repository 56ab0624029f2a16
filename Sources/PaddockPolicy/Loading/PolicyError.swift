import PaddockCore

/// The problems found in one policy document, each with its file, line, column and field path.
///
/// The loader reports every problem it finds, up to `maxIssues`. `description` prints one problem
/// per line in the form `policy.yaml:12:9: network_policies.github.endpoints[0].port: message`.
public struct PolicyError: Error, CustomStringConvertible, Sendable, Equatable {
    /// One problem: where it is and what is wrong.
    public struct Issue: CustomStringConvertible, Sendable, Equatable {
        /// The file name as the caller gave it.
        public var file: String
        /// The 1-based line, or nil when the problem concerns the file as a whole.
        public var line: Int?
        /// The 1-based column, or nil when the problem concerns the file as a whole.
        public var column: Int?
        /// The dotted path of the field, such as `network_policies.github.endpoints[0].port`, or empty
        /// for problems of the document itself.
        public var fieldPath: String
        /// What is wrong and what is allowed instead.
        public var message: String

        public init(file: String, line: Int?, column: Int?, fieldPath: String, message: String) {
            self.file = file
            self.line = line
            self.column = column
            self.fieldPath = fieldPath
            self.message = message
        }

        public var description: String {
            var location = file
            if let line {
                location += ":\(line)"
                if let column {
                    location += ":\(column)"
                }
            }
            guard !fieldPath.isEmpty else { return "\(location): \(message)" }
            return "\(location): \(fieldPath): \(message)"
        }
    }

    /// The maximum number of issues kept. Later ones are only counted in `omittedIssueCount`.
    public static let maxIssues = 20

    /// The reported issues in document order, at most `maxIssues`.
    public var issues: [Issue]
    /// The number of further issues found past `maxIssues`.
    public var omittedIssueCount: Int
    /// The code that `PaddockError` carries: `tooLarge` for an oversized document, `notFound` for a
    /// missing file, `invalidArgument` otherwise.
    public var code: PaddockError.Code

    public init(issues: [Issue], omittedIssueCount: Int = 0, code: PaddockError.Code = .invalidArgument) {
        self.issues = issues
        self.omittedIssueCount = omittedIssueCount
        self.code = code
    }

    /// Creates an error with a single issue.
    init(
        file: String, line: Int? = nil, column: Int? = nil, fieldPath: String = "", message: String,
        code: PaddockError.Code = .invalidArgument
    ) {
        let issue = Issue(file: file, line: line, column: column, fieldPath: fieldPath, message: message)
        self.init(issues: [issue], code: code)
    }

    public var description: String {
        var lines = issues.map(\.description)
        if omittedIssueCount > 0 {
            let file = issues.first?.file ?? "policy"
            lines.append("\(file): \(omittedIssueCount) more errors not shown; fix the ones above and load again")
        }
        return lines.joined(separator: "\n")
    }
}

extension PaddockError {
    /// Creates the shared error for an invalid policy, keeping every issue line in the message.
    public init(_ error: PolicyError) {
        self.init(error.code, "invalid sandbox policy:\n" + error.description)
    }
}
