import CShim
import Glibc
import PaddockCore

/// A Landlock ruleset built from a sandbox's filesystem rules. Its fd is passed to every sandbox
/// process, which restricts itself with it right before `execve`.
public struct LandlockRuleset: Sendable {
    /// The ruleset fd, or nil when Landlock is not in force (unsupported kernel under best effort).
    public let descriptor: Int32?
    public let abiVersion: Int
    /// What could not be applied, for the operator's log. Empty when every rule is in force.
    public let skipped: [String]

    static let readFile = CSH_LANDLOCK_ACCESS_FS_READ_FILE
    static let readAccess =
        CSH_LANDLOCK_ACCESS_FS_EXECUTE | CSH_LANDLOCK_ACCESS_FS_READ_FILE | CSH_LANDLOCK_ACCESS_FS_READ_DIR
    /// Rights that apply to files; a rule on a file must not name directory-only rights.
    static let fileAccess =
        CSH_LANDLOCK_ACCESS_FS_EXECUTE | CSH_LANDLOCK_ACCESS_FS_WRITE_FILE | CSH_LANDLOCK_ACCESS_FS_READ_FILE
        | CSH_LANDLOCK_ACCESS_FS_TRUNCATE | CSH_LANDLOCK_ACCESS_FS_IOCTL_DEV

    /// Every filesystem right that ABI `version` knows.
    static func handledAccess(abi version: Int) -> UInt64 {
        var access: UInt64 = (1 << 13) - 1
        if version >= 2 { access |= CSH_LANDLOCK_ACCESS_FS_REFER }
        if version >= 3 { access |= CSH_LANDLOCK_ACCESS_FS_TRUNCATE }
        if version >= 5 { access |= CSH_LANDLOCK_ACCESS_FS_IOCTL_DEV }
        return access
    }

    /// Builds the ruleset. Call it after the sandbox's root filesystem is in place, because the paths
    /// are opened as the calling process sees them.
    ///
    /// - Throws: `PaddockError(.failedPrecondition)` when `rules.hardRequirement` is set and the
    ///   kernel lacks Landlock or a listed path is missing.
    public static func build(rules: FilesystemRules) throws -> LandlockRuleset {
        guard !rules.isEmpty else {
            return LandlockRuleset(descriptor: nil, abiVersion: Int(max(0, csh_landlock_abi_version())), skipped: [])
        }
        let abi = Int(csh_landlock_abi_version())
        guard abi >= 1 else {
            let reason = "Landlock is not available (\(ErrnoName.of(errno))); enable it with lsm=landlock on the kernel command line"
            if rules.hardRequirement {
                throw PaddockError(.failedPrecondition, "\(reason); the policy sets landlock.compatibility: hard_requirement")
            }
            return LandlockRuleset(descriptor: nil, abiVersion: 0, skipped: [reason])
        }
        let handled = handledAccess(abi: abi)
        let ruleset = csh_landlock_create_ruleset(handled)
        guard ruleset >= 0 else {
            throw PaddockError(.internal, "cannot create a Landlock ruleset", cause: SystemCallError("landlock_create_ruleset", errno: errno))
        }
        var skipped: [String] = []
        do {
            for path in rules.readOnly {
                if let problem = try addRule(ruleset, path: path, access: readAccess & handled, rules: rules) {
                    skipped.append(problem)
                }
            }
            for path in rules.readWrite {
                if let problem = try addRule(ruleset, path: path, access: handled, rules: rules) {
                    skipped.append(problem)
                }
            }
        } catch {
            close(ruleset)
            throw error
        }
        return LandlockRuleset(descriptor: ruleset, abiVersion: abi, skipped: skipped)
    }

    /// Adds one rule; returns a description of what was skipped, or nil when the rule is in force.
    private static func addRule(_ ruleset: Int32, path: String, access: UInt64, rules: FilesystemRules) throws -> String? {
        let fd = open(path, CSH_O_PATH | O_CLOEXEC)
        guard fd >= 0 else {
            let problem = "path \(path) skipped: \(ErrnoName.of(errno))"
            if rules.hardRequirement {
                throw PaddockError(.failedPrecondition, "Landlock rule for \(path) cannot be applied: \(String(cString: strerror(errno)))")
            }
            return problem
        }
        defer { close(fd) }
        var status = stat()
        fstat(fd, &status)
        let isDirectory = (status.st_mode & S_IFMT) == S_IFDIR
        let allowed = isDirectory ? access : access & fileAccess
        guard csh_landlock_add_path_rule(ruleset, fd, allowed) == 0 else {
            let code = errno
            if rules.hardRequirement {
                throw PaddockError(.failedPrecondition, "Landlock rule for \(path) cannot be applied", cause: SystemCallError("landlock_add_rule", errno: code, subject: path))
            }
            return "path \(path) skipped: landlock_add_rule failed (\(ErrnoName.of(code)))"
        }
        return nil
    }
}
