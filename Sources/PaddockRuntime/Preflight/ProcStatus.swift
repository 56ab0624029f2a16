import Foundation

/// The fields of `/proc/self/status` that the preflight checks read.
struct ProcStatus: Sendable, Equatable {
    /// Every `Name:\tvalue` line, keyed by name.
    var fields: [String: String]

    init(_ text: String) {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon])
            fields[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.fields = fields
    }

    /// Reads the calling process's status, or returns nil when `/proc` is not mounted.
    static func readSelf() -> ProcStatus? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        return ProcStatus(text)
    }

    /// The effective capability set (`CapEff`) as a bit mask indexed by capability number.
    var effectiveCapabilities: UInt64? {
        fields["CapEff"].flatMap { UInt64($0, radix: 16) }
    }

    /// The seccomp mode (`Seccomp`): 0 none, 1 strict, 2 filter. Nil when the kernel lacks
    /// CONFIG_SECCOMP, which removes the line.
    var seccompMode: Int? {
        fields["Seccomp"].flatMap { Int($0) }
    }

    /// Returns the required capabilities missing from the effective set, or all of them when `CapEff`
    /// is unreadable.
    func missingCapabilities() -> [Capability] {
        guard let mask = effectiveCapabilities else { return Capability.allCases }
        return Capability.allCases.filter { mask & (1 << UInt64($0.rawValue)) == 0 }
    }
}
