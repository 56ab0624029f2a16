import Foundation

/// The checks behind `paddock doctor`: whether this host can run isolated sandboxes, and for
/// each missing piece, the cause and the fix.
///
/// Nothing here logs or prints; the caller renders the report. Checks that try an operation do
/// so in short-lived child processes, so running them changes neither this process nor the
/// host's mounts. The only lasting effect is on disk: the overlay probe's temporary directories,
/// which it removes again.
public enum Preflight {
    /// Runs every check and returns the report.
    ///
    /// - Parameter scratchDirectory: Where the overlay probe creates (and then removes) its
    ///   directories. Pass the gateway's state directory to test the filesystem that sandboxes
    ///   will use for their upper layers.
    public static func run(scratchDirectory: String = NSTemporaryDirectory()) -> PreflightReport {
        let filesystems = SupportedFilesystems.readSystem()
        let layout = CgroupLayout.detect()
        let landlock = LandlockCheck.run()
        var checks = [PrivilegeCheck.run()]
        checks += NamespaceCheck.run()
        checks.append(OverlayCheck.run(filesystems: filesystems, scratchDirectory: scratchDirectory))
        checks.append(FilesystemCheck.evaluate(filesystems))
        checks.append(CgroupCheck.run(layout))
        checks.append(SeccompCheck.run())
        checks.append(landlock.check)
        return PreflightReport(checks: checks, landlockABI: landlock.abi, cgroupLayout: layout)
    }
}
