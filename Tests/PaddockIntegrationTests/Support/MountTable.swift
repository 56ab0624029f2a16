import Foundation

/// The mount table of this test process's mount namespace, from `/proc/self/mountinfo`.
enum MountTable {
    /// Returns every mount point.
    static func mountPoints() -> [String] {
        guard let data = FileManager.default.contents(atPath: "/proc/self/mountinfo") else { return [] }
        // The fifth field is the mount point, with spaces and other special bytes written as octal escapes.
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            return fields.count > 4 ? String(fields[4]) : nil
        }
    }

    /// Returns the mount points at or beneath `directory`.
    static func mountPoints(under directory: String) -> [String] {
        mountPoints().filter { $0 == directory || $0.hasPrefix(directory + "/") }
    }

    /// Returns the lines of the mount table that bind-mount the namespace file of
    /// `namespace`, such as `mnt:[4026532174]`, which would keep that namespace alive.
    static func namespaceFileMounts(of namespace: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: "/proc/self/mountinfo") else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter {
            $0.contains(namespace)
        }
    }
}
