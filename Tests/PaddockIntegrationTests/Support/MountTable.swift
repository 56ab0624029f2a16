import Foundation

/// The mounts of this test process's mount namespace, from `/proc/self/mountinfo`.
enum MountTable {
    /// Returns the mount points at or beneath `directory`.
    static func mountPoints(under directory: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: "/proc/self/mountinfo") else { return [] }
        // The fifth field is the mount point, with spaces and other special bytes written as octal escapes.
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count > 4 else { return nil }
            let point = String(fields[4])
            return point == directory || point.hasPrefix(directory + "/") ? point : nil
        }
    }
}
