import Foundation

/// The rules for a sandbox's memory limit, which the CLI and the gateway both apply.
///
/// The limit covers the sandbox's processes and what they write to its /tmp and /dev/shm, which
/// are each sized to a quarter of the limit. It must be at least `minimum`, enough for a shell
/// and a Python interpreter, and at most the host's physical memory, above which it limits nothing.
public enum MemoryLimit {
    /// The smallest memory limit accepted.
    public static let minimum = ByteSize(bytes: 32 << 20)

    /// Parses `text` as a size and checks it against `minimum` and `hostMemory`.
    ///
    /// - Parameter hostMemory: The host's physical memory in bytes; nil skips the upper bound.
    /// - Throws: `PaddockError` with code `invalidArgument` that names `text` and the bound it breaks.
    public static func parse(
        _ text: String, hostMemory: Int64? = hostPhysicalMemory()
    ) throws(PaddockError) -> ByteSize {
        let size = try ByteSize.parse(text)
        guard size >= minimum else {
            throw PaddockError(
                .invalidArgument, "invalid memory size '\(text)': below the minimum of \(minimum); use 32M or more")
        }
        if let hostMemory, size.bytes > hostMemory {
            let host = ByteSize(bytes: hostMemory)
            throw PaddockError(
                .invalidArgument,
                "invalid memory size '\(text)': above the host's \(host) of memory; use a smaller size or no limit")
        }
        return size
    }

    /// The size of each of the sandbox's /tmp and /dev/shm file systems for a memory limit.
    public static func scratchSize(forLimit bytes: UInt64) -> UInt64 {
        bytes / 4
    }

    /// The host's physical memory in bytes.
    public static func hostPhysicalMemory() -> Int64? {
        let bytes = ProcessInfo.processInfo.physicalMemory
        return bytes > 0 && bytes <= UInt64(Int64.max) ? Int64(bytes) : nil
    }
}
