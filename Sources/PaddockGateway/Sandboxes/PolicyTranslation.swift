import Foundation
import PaddockCore
import PaddockPolicy
import PaddockRuntime

/// Turns the static sections of a policy into what the runtime applies.
enum PolicyTranslation {
    /// The Landlock rules of `policy`, with the workspace added when `include_workdir` is set.
    /// `hostImage` is true when the sandbox's root is the `host` image. Only then can the gateway
    /// check the default paths on its own root, so an OCI image keeps every default path.
    static func filesystemRules(for policy: SandboxPolicy, workspace: String, hostImage: Bool = true) -> FilesystemRules {
        let hard = policy.landlock.compatibility == .hardRequirement
        guard let filesystem = policy.filesystemPolicy else {
            // No filesystem section means no Landlock rules: the mounts alone decide what is reachable.
            return FilesystemRules(readOnly: [], readWrite: [], hardRequirement: hard)
        }
        var readWrite = filesystem.readWrite
        if filesystem.includeWorkdir, !readWrite.contains(workspace) {
            readWrite.append(workspace)
        }
        var readOnly = filesystem.readOnly
        if hostImage, filesystem == SandboxPolicy.restrictiveDefault.filesystemPolicy {
            readOnly = readOnly.filter { !missingDefaultPaths().contains($0) }
        }
        return FilesystemRules(readOnly: readOnly, readWrite: readWrite, hardRequirement: hard)
    }

    /// The read-only paths of the default policy that the `host` image lacks, such as `/app` on a
    /// host without one. The default policy lists paths for many images, so the gateway leaves
    /// these out instead of having the supervisor warn about each one. A user's policy keeps every
    /// path, and the supervisor warns about those it cannot apply.
    /// It checks the gateway host's own root, which is the root of the `host` image only.
    static func missingDefaultPaths() -> [String] {
        let paths = SandboxPolicy.restrictiveDefault.filesystemPolicy?.readOnly ?? []
        return paths.filter { !FileManager.default.fileExists(atPath: $0) }
    }

    /// The identity sandbox processes run as. The `host` image runs them as `sandbox` (1000:1000)
    /// unless the policy names a numeric id or an account of the host's.
    static func user(for policy: SandboxPolicy) throws -> SandboxUser {
        let uid = try resolve(policy.process.runAsUser, database: "/etc/passwd", field: "run_as_user")
        let gid = try resolve(policy.process.runAsGroup, database: "/etc/group", field: "run_as_group")
        let name: String
        switch policy.process.runAsUser {
        case .name(let account)?: name = account
        default: name = "sandbox"
        }
        return SandboxUser(uid: uid ?? 1000, gid: gid ?? uid ?? 1000, name: name)
    }

    private static func resolve(_ identity: ProcessIdentity?, database: String, field: String) throws -> UInt32? {
        switch identity {
        case nil, .name("sandbox")?:
            return nil
        case .id(let number)?:
            guard number != 0 else {
                throw PaddockError(.invalidArgument, "process.\(field) 0 is root, which sandboxes may not run as; use sandbox or an id of 1 or more")
            }
            return number
        case .name(let account)?:
            guard account != "root" else {
                throw PaddockError(.invalidArgument, "process.\(field) root is not allowed; use sandbox or a non-root account")
            }
            guard let number = lookup(account, in: database) else {
                throw PaddockError(.invalidArgument, "process.\(field) '\(account)' does not exist in the image's \(database); use sandbox or a numeric id")
            }
            guard number != 0 else {
                throw PaddockError(.invalidArgument, "process.\(field) '\(account)' has id 0, which is root; use a non-root account")
            }
            return number
        }
    }

    private static func lookup(_ account: String, in database: String) -> UInt32? {
        guard let text = try? String(contentsOfFile: database, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: ":", omittingEmptySubsequences: false)
            if fields.count >= 3, fields[0] == account { return UInt32(fields[2]) }
        }
        return nil
    }
}
