/// A GraphQL operation: an allow or deny shape, or the registered body of a persisted query.
public struct GraphQLOperation: Codable, Sendable, Equatable {
    /// `query`, `mutation`, `subscription`, or `*` for any type.
    public var operationType: String?
    /// A glob over the operation name.
    public var operationName: String?
    /// Globs over the operation's root fields.
    public var fields: [String]?

    public init(operationType: String? = nil, operationName: String? = nil, fields: [String]? = nil) {
        self.operationType = operationType
        self.operationName = operationName
        self.fields = fields
    }

    private enum CodingKeys: String, CodingKey {
        case operationType = "operation_type"
        case operationName = "operation_name"
        case fields
    }
}
