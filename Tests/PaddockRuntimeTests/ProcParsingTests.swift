import Testing

@testable import PaddockRuntime

struct ProcParsingTests {
    @Test func statusReadsEffectiveCapabilities() {
        let status = ProcStatus(Samples.hostRootStatus)
        #expect(status.effectiveCapabilities == 0x1ff_feff_ffff)
        #expect(status.missingCapabilities().isEmpty)
    }

    @Test func statusNamesMissingContainerCapabilities() {
        let status = ProcStatus(Samples.containerRootStatus)
        #expect(status.missingCapabilities() == [.netAdmin, .sysAdmin])
        #expect(status.seccompMode == 2)
    }

    @Test func statusOfUserLacksEveryCapability() {
        let status = ProcStatus(Samples.userStatus)
        #expect(status.missingCapabilities() == Capability.allCases)
    }

    @Test func statusWithoutCapEffLacksEveryCapability() {
        let status = ProcStatus("Name:\tx\nSeccomp:\t0\n")
        #expect(status.effectiveCapabilities == nil)
        #expect(status.missingCapabilities() == Capability.allCases)
    }

    @Test func statusWithoutSeccompLineHasNoMode() {
        #expect(ProcStatus(Samples.userStatus).seccompMode == 0)
        #expect(ProcStatus("Name:\tx\n").seccompMode == nil)
    }

    @Test func mountsParseFields() {
        let entries = MountEntry.parse(Samples.hybridMounts)
        #expect(entries.count == 8)
        #expect(entries[2] == MountEntry(
            source: "cgroup", mountPoint: "/sys/fs/cgroup/cpu", type: "cgroup", options: ["rw", "relatime", "cpu"]))
    }

    @Test func mountsDecodeOctalEscapes() {
        let entries = MountEntry.parse("/dev/sdb1 /mnt/my\\040disk\\134x vfat rw 0 0\n")
        #expect(entries.first?.mountPoint == "/mnt/my disk\\x")
    }

    @Test func mountsSkipMalformedLines() {
        let entries = MountEntry.parse("garbage\nproc /proc proc rw 0 0\n\n")
        #expect(entries.map(\.mountPoint) == ["/proc"])
    }

    @Test func filesystemsListNodevAndBlockTypes() {
        let filesystems = SupportedFilesystems(Samples.filesystems)
        #expect(filesystems.contains("overlay"))
        #expect(filesystems.contains("ext4"))
        #expect(filesystems.contains("devpts"))
        #expect(!filesystems.contains("nodev"))
        #expect(!filesystems.contains("btrfs"))
    }
}
