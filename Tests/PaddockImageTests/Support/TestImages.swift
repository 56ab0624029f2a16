import Foundation
import Synchronization

/// The Debian test images that scripts/build-test-images.sh builds once into a cache outside the
/// repository (PADDOCK_TEST_IMAGES, default /var/cache/paddock-test-images), with the tags `base`
/// (no non-root user), `sandbox` (adds a `sandbox` user and removes /usr/share/doc) and `server`
/// (adds an HTTP server as its command).
enum TestImages {
    private static let built = Mutex<String?>(nil)

    /// The OCI layout directory, building it first when the cache is empty.
    static func layout() throws -> String {
        try built.withLock { cached in
            if let cached { return cached }
            let script = repositoryRoot() + "/scripts/build-test-images.sh"
            let output = try run(script, [])
            let path = output.split(separator: "\n").last.map(String.init) ?? ""
            guard FileManager.default.fileExists(atPath: path + "/index.json") else {
                throw TestImageError(message: "\(script) printed no layout path: \(output)")
            }
            cached = path
            return path
        }
    }

    /// Converts one tag of the layout with skopeo, for example to `oci-archive:` or `docker-archive:`.
    static func copy(tag: String, to destination: String) throws {
        _ = try run("/usr/bin/skopeo", ["copy", "--quiet", "oci:\(try layout()):\(tag)", destination])
    }

    static func repositoryRoot() -> String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }

    /// Runs a program and returns its standard output; throws with its standard error on failure.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestImageError(
                message: "\(program) \(arguments.joined(separator: " ")) exited \(process.terminationStatus): "
                    + String(decoding: errorData, as: UTF8.self))
        }
        return String(decoding: outputData, as: UTF8.self)
    }
}

struct TestImageError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
