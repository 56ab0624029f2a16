import CShim
import Foundation

/// Checks that overlayfs works: listed in `/proc/filesystems`, and an actual overlay of temporary
/// directories mounted and written inside a child's private mount namespace, so that nothing
/// reaches the host's mount table.
enum OverlayCheck {
    /// The result of the mount probe.
    enum ProbeResult: Sendable, Equatable {
        /// The overlay mounted and a file written through it appeared in the upper directory.
        case mounted
        /// The overlay mounted and accepted a write, but the file did not appear in the upper directory.
        case writeNotInUpper
        /// A step in the child failed with an errno.
        case failed(step: Step, errno: Int32)
        /// The probe could not be set up: no scratch directory, or no child process.
        case notRun(String)
    }

    /// A step of the mount probe, in the order the child runs them.
    enum Step: Int32, Sendable {
        case unshare = 1
        case makePrivate = 2
        case mount = 3
        case write = 4

        var summary: String {
            switch self {
            case .unshare: return "creating a mount namespace (unshare CLONE_NEWNS)"
            case .makePrivate: return "making the probe's mounts private"
            case .mount: return "mounting the overlay"
            case .write: return "writing a file through the overlay"
            }
        }
    }

    static let id = "overlayfs"
    static let title = "overlay filesystem"

    static func run(filesystems: SupportedFilesystems, scratchDirectory: String) -> PreflightCheck {
        let result = probe(in: scratchDirectory)
        return evaluate(listed: filesystems.contains("overlay"), probe: result, scratchDirectory: scratchDirectory)
    }

    static func evaluate(listed: Bool, probe: ProbeResult, scratchDirectory: String) -> PreflightCheck {
        func failed(_ detail: String, _ fix: String) -> PreflightCheck {
            PreflightCheck(id: id, title: title, status: .failed, detail: detail, fix: fix)
        }
        let kernelFix = "load the module (modprobe overlay) or use a kernel built with CONFIG_OVERLAY_FS"
        switch probe {
        case .mounted:
            let note = listed ? "" : "; overlay was not in /proc/filesystems, so the kernel loaded it on demand"
            return PreflightCheck(
                id: id, title: title, status: .ok,
                detail: "mounted and wrote to an overlay in a private mount namespace\(note)")
        case .writeNotInUpper:
            return failed(
                "a file written through the overlay did not appear in its upper directory",
                "check the kernel log (dmesg) for overlayfs errors")
        case .notRun(let reason):
            let prefix = listed ? "" : "overlay is not in /proc/filesystems, and "
            return failed(
                "\(prefix)the mount probe in \(scratchDirectory) could not run: \(reason)",
                "use a writable scratch directory whose path has no ',' or ':'")
        case .failed(let step, let error):
            let cause = "\(step.summary) failed with \(ErrnoText.describe(error))"
            switch (step, error) {
            case (.mount, ENODEV):
                return failed("\(cause): the kernel has no overlay filesystem", kernelFix)
            case (.mount, EINVAL):
                return failed(
                    "\(cause): the filesystem under \(scratchDirectory) may not support an overlay upper layer "
                        + "(for example another overlay, or NFS)",
                    "put the state directory on ext4, xfs, btrfs or tmpfs")
            case (_, EPERM), (_, EACCES):
                return failed(
                    "\(cause): the process may not mount filesystems (it lacks CAP_SYS_ADMIN, or a security "
                        + "module denies the mount)",
                    "run the gateway as root on the host, or in a container started with --privileged")
            default:
                return failed(cause, listed ? "check the kernel log (dmesg) for overlayfs errors" : kernelFix)
            }
        }
    }

    /// Mounts an overlay of fresh directories under `scratchDirectory` in a child process, then
    /// removes the directories.
    static func probe(in scratchDirectory: String) -> ProbeResult {
        // Overlay mount options separate fields with commas and lower layers with colons.
        guard !scratchDirectory.contains(","), !scratchDirectory.contains(":") else {
            return .notRun("its path contains ',' or ':', which overlay mount options cannot express")
        }
        let base = (scratchDirectory as NSString).appendingPathComponent("paddock-preflight-\(UUID().uuidString)")
        let lower = base + "/lower"
        let upper = base + "/upper"
        let work = base + "/work"
        let merged = base + "/merged"
        defer { try? FileManager.default.removeItem(atPath: base) }
        do {
            for directory in [lower, upper, work, merged] {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
        } catch {
            return .notRun("cannot create directories under \(scratchDirectory): \(error.localizedDescription)")
        }

        let options = "lowerdir=\(lower),upperdir=\(upper),workdir=\(work)"
        var error: Int32 = 0
        let step = csh_probe_overlay(merged, options, merged + "/probe", &error)
        if step < 0 {
            return .notRun("fork or pipe failed with \(ErrnoText.describe(errno))")
        }
        if step > 0 {
            return .failed(step: Step(rawValue: step) ?? .mount, errno: error)
        }
        let landed = FileManager.default.fileExists(atPath: upper + "/probe")
        return landed ? .mounted : .writeNotInUpper
    }
}
