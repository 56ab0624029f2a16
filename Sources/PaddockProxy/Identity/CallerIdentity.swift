/// The sandbox process on the other end of a proxy connection, as /proc describes it.
public struct CallerIdentity: Sendable, Equatable {
    public let pid: Int32
    /// The path of the process's executable.
    public let executable: String
    /// The executables of its parent, grandparent and so on, nearest first, up to but not including
    /// the supervisor (PID 1).
    public let ancestors: [String]
    /// The process ids of those ancestors, in the same order.
    public let ancestorPIDs: [Int32]

    public init(pid: Int32, executable: String, ancestors: [String], ancestorPIDs: [Int32]) {
        self.pid = pid
        self.executable = executable
        self.ancestors = ancestors
        self.ancestorPIDs = ancestorPIDs
    }

    /// The identity used when the process cannot be found, which no binary rule matches.
    public static func unknown(reason: String) -> CallerIdentity {
        CallerIdentity(pid: 0, executable: "(unknown: \(reason))", ancestors: [], ancestorPIDs: [])
    }

    public var isKnown: Bool { pid > 0 }
}
