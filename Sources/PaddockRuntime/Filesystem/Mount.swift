import CShim
import Glibc
import PaddockCore

/// Thin wrappers over mount(2) and friends that throw errors naming the mount.
public enum Mount {
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt

        public init(rawValue: UInt) {
            self.rawValue = rawValue
        }

        public static let readOnly = Flags(rawValue: CSH_MS_RDONLY)
        public static let noSetuid = Flags(rawValue: CSH_MS_NOSUID)
        public static let noDevices = Flags(rawValue: CSH_MS_NODEV)
        public static let noExec = Flags(rawValue: CSH_MS_NOEXEC)
        public static let remount = Flags(rawValue: CSH_MS_REMOUNT)
        public static let bind = Flags(rawValue: CSH_MS_BIND)
        public static let recursive = Flags(rawValue: CSH_MS_REC)
        public static let `private` = Flags(rawValue: CSH_MS_PRIVATE)
    }

    public static func mount(
        source: String?, target: String, type: String?, flags: Flags = [], data: String? = nil
    ) throws {
        let result = csh_mount(source, target, type, flags.rawValue, data)
        guard result == 0 else {
            let what = [type, source].compactMap { $0 }.joined(separator: " ")
            throw SystemCallError("mount", errno: errno, subject: "\(what) on \(target)")
        }
    }

    /// Bind-mounts `source` on `target`, read-only when asked. A read-only bind needs a second,
    /// remounting call, because the kernel ignores MS_RDONLY on the first.
    public static func bind(_ source: String, on target: String, readOnly: Bool, recursive: Bool = false) throws {
        var flags: Flags = [.bind]
        if recursive { flags.insert(.recursive) }
        try mount(source: source, target: target, type: nil, flags: flags)
        guard readOnly else { return }
        try mount(
            source: nil, target: target, type: nil, flags: [.bind, .remount, .readOnly, .noSetuid, .noDevices])
    }

    public static func unmount(_ target: String, detach: Bool = false) throws {
        guard csh_umount2(target, detach ? CSH_MNT_DETACH : 0) == 0 else {
            throw SystemCallError("umount2", errno: errno, subject: target)
        }
    }

    /// Makes `root` the root of the calling process's mount namespace and detaches the old root.
    public static func pivotRoot(to root: String) throws {
        try systemCall("chdir", subject: root) { chdir(root) }
        try systemCall("pivot_root", subject: root) { csh_pivot_root(".", ".") }
        // The old root is now stacked beneath the new one at "/"; detaching it leaves only the new.
        try unmount(".", detach: true)
        try systemCall("chdir", subject: "/") { chdir("/") }
    }
}
