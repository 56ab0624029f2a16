/// A user or group for `run_as_user` and `run_as_group`: an account name, resolved in the image's
/// `/etc/passwd` or `/etc/group`, or a numeric ID.
///
/// The loader rejects root by name and by ID 0, and ID 4294967295, which the kernel reserves as
/// "no ID". JSON encodes a name as a string and an ID as a number.
public enum ProcessIdentity: Codable, Sendable, Hashable, CustomStringConvertible {
    case name(String)
    case id(UInt32)

    /// The `sandbox` account that OpenShell-compatible images provide.
    public static let sandbox = ProcessIdentity.name("sandbox")

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(UInt32.self) {
            self = .id(number)
        } else {
            self = .name(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .name(let name): try container.encode(name)
        case .id(let number): try container.encode(number)
        }
    }

    public var description: String {
        switch self {
        case .name(let name): return name
        case .id(let number): return String(number)
        }
    }
}
