/// Text captured from `/proc` files, trimmed to the lines the parsers read plus some neighbours.
enum Samples {
    /// Root on a host: every capability except CAP_SYS_RESOURCE (bit 24), no seccomp filter.
    static let hostRootStatus = """
        Name:\tpaddock
        Umask:\t0022
        State:\tR (running)
        Uid:\t0\t0\t0\t0
        Gid:\t0\t0\t0\t0
        CapInh:\t0000000000000000
        CapPrm:\t000001fffeffffff
        CapEff:\t000001fffeffffff
        CapBnd:\t000001fffeffffff
        CapAmb:\t0000000000000000
        NoNewPrivs:\t0
        Seccomp:\t0
        Seccomp_filters:\t0
        Speculation_Store_Bypass:\tvulnerable

        """

    /// Root in a container with Docker's default capability set (0xa80425fb), which lacks
    /// CAP_NET_ADMIN and CAP_SYS_ADMIN, under Docker's default seccomp filter.
    static let containerRootStatus = """
        Name:\tpaddock
        Uid:\t0\t0\t0\t0
        CapInh:\t0000000000000000
        CapPrm:\t00000000a80425fb
        CapEff:\t00000000a80425fb
        CapBnd:\t00000000a80425fb
        CapAmb:\t0000000000000000
        NoNewPrivs:\t0
        Seccomp:\t2
        Seccomp_filters:\t1

        """

    /// An unprivileged user: no effective capabilities.
    static let userStatus = """
        Name:\tpaddock
        Uid:\t1000\t1000\t1000\t1000
        CapEff:\t0000000000000000
        Seccomp:\t0

        """

    /// A systemd host in unified mode: cgroup2 only, at /sys/fs/cgroup.
    static let v2Mounts = """
        sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
        proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
        /dev/nvme0n1p2 / ext4 rw,relatime,errors=remount-ro 0 0
        cgroup2 /sys/fs/cgroup cgroup2 rw,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot 0 0
        tmpfs /run tmpfs rw,nosuid,nodev,noexec,relatime,size=1631584k,mode=755 0 0

        """

    /// A legacy host: v1 hierarchies only, with cpu and cpuacct co-mounted and a named systemd hierarchy.
    static let v1Mounts = """
        sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
        tmpfs /sys/fs/cgroup tmpfs ro,nosuid,nodev,noexec,mode=755 0 0
        cgroup /sys/fs/cgroup/systemd cgroup rw,nosuid,nodev,noexec,relatime,xattr,name=systemd 0 0
        cgroup /sys/fs/cgroup/cpu,cpuacct cgroup rw,nosuid,nodev,noexec,relatime,cpu,cpuacct 0 0
        cgroup /sys/fs/cgroup/memory cgroup rw,nosuid,nodev,noexec,relatime,memory 0 0
        cgroup /sys/fs/cgroup/pids cgroup rw,nosuid,nodev,noexec,relatime,pids 0 0
        cgroup /sys/fs/cgroup/freezer cgroup rw,nosuid,nodev,noexec,relatime,freezer 0 0

        """

    /// A hybrid host like the development VM: v1 controllers plus cgroup2 at /sys/fs/cgroup/unified.
    static let hybridMounts = """
        proc /proc proc rw,relatime 0 0
        tmpfs /sys/fs/cgroup tmpfs rw,relatime,mode=755 0 0
        cgroup /sys/fs/cgroup/cpu cgroup rw,relatime,cpu 0 0
        cgroup /sys/fs/cgroup/cpuacct cgroup rw,relatime,cpuacct 0 0
        cgroup /sys/fs/cgroup/memory cgroup rw,relatime,memory 0 0
        cgroup /sys/fs/cgroup/pids cgroup rw,relatime,pids 0 0
        cgroup /sys/fs/cgroup/systemd cgroup rw,relatime,name=systemd 0 0
        cgroup2 /sys/fs/cgroup/unified cgroup2 rw,relatime 0 0

        """

    /// No cgroup filesystem at all.
    static let noCgroupMounts = """
        proc /proc proc rw,relatime 0 0
        /dev/vda / ext4 rw,relatime 0 0

        """

    static let filesystems = """
        nodev\tsysfs
        nodev\ttmpfs
        nodev\tproc
        nodev\tcgroup
        nodev\tcgroup2
        nodev\tdevpts
        \text4
        nodev\toverlay
        \txfs

        """
}
