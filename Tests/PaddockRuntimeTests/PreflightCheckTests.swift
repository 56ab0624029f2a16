@preconcurrency import Glibc
import Testing

@testable import PaddockRuntime

struct PreflightCheckTests {
    // MARK: privileges

    @Test func privilegesOkForHostRoot() {
        let check = PrivilegeCheck.evaluate(effectiveUID: 0, status: ProcStatus(Samples.hostRootStatus))
        #expect(check.status == .ok)
        #expect(check.fix == nil)
    }

    @Test func privilegesFailNamingMissingCapabilities() {
        let check = PrivilegeCheck.evaluate(effectiveUID: 0, status: ProcStatus(Samples.containerRootStatus))
        #expect(check.status == .failed)
        #expect(check.detail.contains("CAP_NET_ADMIN, CAP_SYS_ADMIN"))
        #expect(!check.detail.contains("CAP_SETUID"))
        #expect(check.fix?.contains("--privileged") == true)
    }

    @Test func privilegesFailWithoutProcStatus() {
        let check = PrivilegeCheck.evaluate(effectiveUID: 0, status: nil)
        #expect(check.status == .failed)
        #expect(check.fix?.contains("mount -t proc") == true)
    }

    // MARK: namespaces

    static let netKind = NamespaceCheck.kinds[5]

    @Test func namespaceOkWhenUnshareSucceeds() {
        let observation = NamespaceCheck.Observation(listed: true, limit: 1000, unshareError: 0)
        let check = NamespaceCheck.evaluate(Self.netKind, observation)
        #expect(check.id == "namespace.net")
        #expect(check.status == .ok)
    }

    @Test func namespaceEPERMBlamesMissingPrivilege() {
        let observation = NamespaceCheck.Observation(listed: true, limit: 1000, unshareError: EPERM)
        let check = NamespaceCheck.evaluate(Self.netKind, observation)
        #expect(check.status == .failed)
        #expect(check.detail.contains("unshare(CLONE_NEWNET) failed with EPERM"))
        #expect(check.detail.contains("CAP_SYS_ADMIN"))
    }

    @Test func namespaceEINVALNamesKernelOption() {
        let observation = NamespaceCheck.Observation(listed: true, limit: 1000, unshareError: EINVAL)
        let check = NamespaceCheck.evaluate(Self.netKind, observation)
        #expect(check.status == .failed)
        #expect(check.fix?.contains("CONFIG_NET_NS") == true)
    }

    @Test func namespaceZeroLimitNamesSysctl() {
        let observation = NamespaceCheck.Observation(listed: true, limit: 0, unshareError: ENOSPC)
        let check = NamespaceCheck.evaluate(Self.netKind, observation)
        #expect(check.status == .failed)
        #expect(check.detail.contains("user.max_net_namespaces is 0"))
        #expect(check.fix?.contains("sysctl -w user.max_net_namespaces=") == true)
    }

    @Test func namespaceMissingFromProc() {
        let observation = NamespaceCheck.Observation(listed: false, limit: nil, unshareError: EINVAL)
        let check = NamespaceCheck.evaluate(NamespaceCheck.kinds[1], observation)
        #expect(check.status == .failed)
        #expect(check.detail.contains("/proc/self/ns/pid is missing"))
    }

    @Test func namespaceProbeThatCouldNotRun() {
        let observation = NamespaceCheck.Observation(
            listed: true, limit: 10, unshareError: nil, probeFailure: "fork or pipe failed with EAGAIN")
        let check = NamespaceCheck.evaluate(Self.netKind, observation)
        #expect(check.status == .failed)
        #expect(check.detail.contains("EAGAIN"))
    }

    @Test func namespaceKindsCoverSandboxNamespaces() {
        #expect(NamespaceCheck.kinds.map(\.name) == ["mnt", "pid", "uts", "ipc", "cgroup", "net"])
    }

    // MARK: overlay

    @Test func overlayOkWhenMounted() {
        let check = OverlayCheck.evaluate(listed: true, probe: .mounted, scratchDirectory: "/tmp")
        #expect(check.status == .ok)
    }

    @Test func overlayENODEVSuggestsModule() {
        let probe = OverlayCheck.ProbeResult.failed(step: .mount, errno: ENODEV)
        let check = OverlayCheck.evaluate(listed: false, probe: probe, scratchDirectory: "/tmp")
        #expect(check.status == .failed)
        #expect(check.fix?.contains("modprobe overlay") == true)
    }

    @Test func overlayEPERMBlamesMissingPrivilege() {
        let probe = OverlayCheck.ProbeResult.failed(step: .unshare, errno: EPERM)
        let check = OverlayCheck.evaluate(listed: true, probe: probe, scratchDirectory: "/tmp")
        #expect(check.status == .failed)
        #expect(check.detail.contains("creating a mount namespace"))
        #expect(check.detail.contains("CAP_SYS_ADMIN"))
    }

    @Test func overlayEINVALNamesScratchFilesystem() {
        let probe = OverlayCheck.ProbeResult.failed(step: .mount, errno: EINVAL)
        let check = OverlayCheck.evaluate(listed: true, probe: probe, scratchDirectory: "/var/lib/paddock")
        #expect(check.status == .failed)
        #expect(check.detail.contains("/var/lib/paddock"))
    }

    @Test func overlayProbeRejectsCommaInScratchPath() {
        let probe = OverlayCheck.probe(in: "/tmp/a,b")
        #expect(probe == .notRun("its path contains ',' or ':', which overlay mount options cannot express"))
    }

    // MARK: filesystems

    @Test func filesystemsOkWhenAllListed() {
        let check = FilesystemCheck.evaluate(SupportedFilesystems(Samples.filesystems))
        #expect(check.status == .ok)
    }

    @Test func filesystemsNameMissingDevpts() {
        let check = FilesystemCheck.evaluate(SupportedFilesystems("nodev\ttmpfs\nnodev\tproc\n"))
        #expect(check.status == .failed)
        #expect(check.detail.contains("devpts"))
        #expect(check.fix?.contains("CONFIG_UNIX98_PTYS") == true)
    }

    // MARK: cgroups

    @Test func cgroupV2OkWithControllers() {
        let check = CgroupCheck.evaluate(
            .v2(mountPoint: "/sys/fs/cgroup"), v2Controllers: ["cpuset", "cpu", "io", "memory", "pids"]
        ) { _ in true }
        #expect(check.status == .ok)
    }

    @Test func cgroupV2NamesMissingControllers() {
        let check = CgroupCheck.evaluate(.v2(mountPoint: "/sys/fs/cgroup"), v2Controllers: ["cpu", "io"]) { _ in true }
        #expect(check.status == .failed)
        #expect(check.detail.contains("memory, pids"))
    }

    @Test func cgroupV2ReadOnlySubtreeControl() {
        let check = CgroupCheck.evaluate(
            .v2(mountPoint: "/sys/fs/cgroup"), v2Controllers: ["cpu", "memory", "pids"]
        ) { $0 != "/sys/fs/cgroup/cgroup.subtree_control" }
        #expect(check.status == .failed)
        #expect(check.detail.contains("cgroup.subtree_control is not writable"))
    }

    @Test func cgroupHybridOkUsesV1() {
        let layout = CgroupLayout.detect(mounts: MountEntry.parse(Samples.hybridMounts))
        let check = CgroupCheck.evaluate(layout, v2Controllers: nil) { _ in true }
        #expect(check.status == .ok)
        #expect(check.detail.contains("memory at /sys/fs/cgroup/memory"))
    }

    @Test func cgroupV1NamesMissingAndReadOnly() {
        let layout = CgroupLayout.v1(controllers: ["memory": "/sys/fs/cgroup/memory", "cpu": "/sys/fs/cgroup/cpu"])
        let check = CgroupCheck.evaluate(layout, v2Controllers: nil) { $0 != "/sys/fs/cgroup/cpu" }
        #expect(check.status == .failed)
        #expect(check.detail.contains("the pids controllers are not mounted"))
        #expect(check.detail.contains("not writable: cpu at /sys/fs/cgroup/cpu"))
        #expect(check.fix?.contains("mount -t cgroup -o pids") == true)
    }

    @Test func cgroupUnavailableFails() {
        let check = CgroupCheck.evaluate(.unavailable, v2Controllers: nil) { _ in true }
        #expect(check.status == .failed)
        #expect(check.fix?.contains("mount -t cgroup2") == true)
    }

    // MARK: seccomp

    static let workingSeccomp = SeccompCheck.Observation(
        statusMode: 0, prctlMode: 0, actionsAvailable: ["kill_process", "errno", "allow"], filterError: 0,
        libraryVersion: "2.5.4")

    @Test func seccompOkWhenFilterLoads() {
        let check = SeccompCheck.evaluate(Self.workingSeccomp)
        #expect(check.status == .ok)
        #expect(check.detail.contains("libseccomp 2.5.4"))
    }

    @Test func seccompFailsWithoutKernelSupport() {
        var observation = Self.workingSeccomp
        observation.statusMode = nil
        observation.prctlMode = -EINVAL
        let check = SeccompCheck.evaluate(observation)
        #expect(check.status == .failed)
        #expect(check.fix?.contains("CONFIG_SECCOMP_FILTER") == true)
    }

    @Test func seccompFailsWithoutErrnoAction() {
        var observation = Self.workingSeccomp
        observation.actionsAvailable = ["kill_thread", "allow"]
        let check = SeccompCheck.evaluate(observation)
        #expect(check.status == .failed)
        #expect(check.detail.contains("lacks the errno action"))
    }

    @Test func seccompFailsWhenFilterRejected() {
        var observation = Self.workingSeccomp
        observation.filterError = EINVAL
        let check = SeccompCheck.evaluate(observation)
        #expect(check.status == .failed)
        #expect(check.detail.contains("EINVAL"))
    }

    // MARK: Landlock

    @Test func landlockOkReportsABI() {
        let check = LandlockCheck.evaluate(abiVersion: 7, errno: 0, activeModules: "landlock,apparmor")
        #expect(check.status == .ok)
        #expect(check.detail == "Landlock ABI 7")
    }

    @Test func landlockDisabledSuggestsLSMArgument() {
        let modules = "lockdown,capability,apparmor\n"
        let check = LandlockCheck.evaluate(abiVersion: -1, errno: EOPNOTSUPP, activeModules: modules)
        #expect(check.status == .warning)
        #expect(check.fix?.contains("lsm=landlock,lockdown,capability,apparmor") == true)
        #expect(check.detail.contains("hard_requirement"))
    }

    @Test func landlockMissingFromKernelWarns() {
        let check = LandlockCheck.evaluate(abiVersion: -1, errno: ENOSYS, activeModules: nil)
        #expect(check.status == .warning)
        #expect(check.fix?.contains("CONFIG_SECURITY_LANDLOCK=y") == true)
        #expect(check.fix?.contains("lsm=landlock") == true)
    }
}
