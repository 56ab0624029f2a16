import Foundation
import Glibc
import PaddockCore

/// The private directory of one Chromium launch and the directories inside it.
struct BrowserDirectories: Equatable {
    let root: String

    var profile: String { root + "/profile" }
    var home: String { root + "/home" }
    var temporary: String { root + "/tmp" }
    var log: String { root + "/chromium.log" }
    var nssDatabase: String { home + "/.pki/nssdb" }

    /// Creates a new directory with mode 0700 under `parent` and the directories Chromium needs.
    static func create(under parent: String) throws -> BrowserDirectories {
        var template = Array((parent + "/paddock-browser-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard created != nil else {
            throw PaddockError(
                .unavailable,
                "cannot create the browser's private directory under \(parent): \(String(cString: strerror(errno))); "
                    + "make \(parent) writable for the sandbox user")
        }
        let directories = BrowserDirectories(root: String(cString: template))
        for path in [directories.profile, directories.temporary, directories.nssDatabase] {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        return directories
    }

    /// Returns the last `count` lines of the browser's log, for error messages.
    func logTail(lines count: Int = 8) -> String {
        guard let data = FileManager.default.contents(atPath: log) else { return "" }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        return lines.suffix(count).joined(separator: "\n")
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
