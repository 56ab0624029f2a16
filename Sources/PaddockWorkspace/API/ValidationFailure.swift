/// A request that does not match the operation's schema, answered with HTTP 422 in FastAPI's shape:
/// `{"detail":[{"loc":["body","file"],"msg":"Field required","type":"missing"}]}`.
public struct ValidationFailure: Error, Sendable, Equatable {
    /// One problem: where it is (`body`, `query` or `path`, then the field), what is wrong, and
    /// pydantic's error type.
    public struct Issue: Sendable, Equatable {
        public var location: [JSONValue]
        public var message: String
        public var type: String
        public var input: JSONValue?

        public init(location: [JSONValue], message: String, type: String, input: JSONValue? = nil) {
            self.location = location
            self.message = message
            self.type = type
            self.input = input
        }
    }

    public var issues: [Issue]

    public init(_ issues: [Issue]) {
        self.issues = issues
    }

    /// Throws the failure for a body field whose value lies outside `range`, in pydantic's
    /// `greater_than_equal` and `less_than_equal` shape; nil passes.
    public static func checkRange(_ value: Int?, _ field: String, _ range: ClosedRange<Int>) throws {
        guard let value, !range.contains(value) else { return }
        let (message, type) =
            value < range.lowerBound
            ? ("Input should be greater than or equal to \(range.lowerBound)", "greater_than_equal")
            : ("Input should be less than or equal to \(range.upperBound)", "less_than_equal")
        throw ValidationFailure([
            Issue(location: ["body", .string(field)], message: message, type: type, input: .int(value))
        ])
    }

    /// Creates the failure for a required field that is absent or null.
    public static func missing(_ field: String, in place: String = "body") -> ValidationFailure {
        ValidationFailure([Issue(location: [.string(place), .string(field)], message: "Field required", type: "missing")])
    }

    /// The response body.
    public var body: JSONValue {
        let details: [JSONValue] = issues.map { issue in
            var entry: [String: JSONValue] = [
                "loc": .array(issue.location), "msg": .string(issue.message), "type": .string(issue.type),
            ]
            if let input = issue.input { entry["input"] = input }
            return .object(entry)
        }
        return ["detail": .array(details)]
    }
}
