/// Checks that the kernel has the filesystems mounted inside every sandbox besides the overlay:
/// tmpfs for /tmp and /dev, proc for /proc, devpts for terminals.
enum FilesystemCheck {
    static let required: [(name: String, kernelOption: String)] = [
        ("tmpfs", "CONFIG_TMPFS"), ("proc", "CONFIG_PROC_FS"), ("devpts", "CONFIG_UNIX98_PTYS"),
    ]

    static func evaluate(_ filesystems: SupportedFilesystems) -> PreflightCheck {
        let id = "filesystems"
        let title = "sandbox filesystems"
        let missing = required.filter { !filesystems.contains($0.name) }
        guard !missing.isEmpty else {
            let names = required.map(\.name).joined(separator: ", ")
            return PreflightCheck(id: id, title: title, status: .ok, detail: "\(names) are in /proc/filesystems")
        }
        let names = missing.map(\.name).joined(separator: ", ")
        let options = missing.map { "\($0.kernelOption)=y" }.joined(separator: ", ")
        return PreflightCheck(
            id: id, title: title, status: .failed, detail: "\(names) missing from /proc/filesystems",
            fix: "use a kernel built with \(options)")
    }
}
