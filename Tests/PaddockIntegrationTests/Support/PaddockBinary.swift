import Foundation
import PaddockCore

/// The statically linked `paddock` executable that the suite runs as CLI, gateway and supervisor.
enum PaddockBinary {
    /// The package root: the directory that contains `Tests/`.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 {
            url.deleteLastPathComponent()
        }
        return url.path
    }()

    /// Returns the path in `PADDOCK_BINARY`, else `<package root>/.build/release/paddock`.
    ///
    /// - Throws: `PaddockError` with code `failedPrecondition` when the file is missing or not
    ///   executable, naming the command that builds it.
    static func path() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let path = environment["PADDOCK_BINARY"].flatMap { $0.isEmpty ? nil : $0 }
            ?? packageRoot + "/.build/release/paddock"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw PaddockError(
                .failedPrecondition,
                "no paddock executable at \(path); run scripts/build.sh release in \(packageRoot) "
                    + "or set PADDOCK_BINARY to the statically linked binary")
        }
        return path
    }
}
