/// The location of a field inside a policy, printed as `network_policies.github.endpoints[0].port`.
///
/// Map keys that are not plain identifiers print in brackets and quotes, as in
/// `network_policies["my policy"]`, so that a path is never ambiguous.
struct FieldPath: CustomStringConvertible, Sendable, Equatable {
    private enum Component: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    private let components: [Component]

    static let root = FieldPath(components: [])

    private init(components: [Component]) {
        self.components = components
    }

    func appending(_ key: String) -> FieldPath {
        FieldPath(components: components + [.key(key)])
    }

    func appending(index: Int) -> FieldPath {
        FieldPath(components: components + [.index(index)])
    }

    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where FieldPath.isIdentifier(key):
                text += text.isEmpty ? key : "." + key
            case .key(let key):
                text += "[\(YAMLNode.quote(key))]"
            }
        }
        return text
    }

    private static func isIdentifier(_ key: String) -> Bool {
        !key.isEmpty && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
    }
}
