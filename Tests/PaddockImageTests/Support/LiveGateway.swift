import Foundation
import Glibc

/// A real gateway started from the static release binary (PADDOCK_BINARY, or .build/release/paddock,
/// which scripts/build.sh release writes) on a free loopback port with a fresh state directory, and
/// the CLI run against it.
final class LiveGateway {
    let binary: String
    let stateDirectory: String
    let port: Int
    private let process: Process

    init() throws {
        binary = ProcessInfo.processInfo.environment["PADDOCK_BINARY"]
            ?? TestImages.repositoryRoot() + "/.build/release/paddock"
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw TestImageError(message: "no paddock release binary at \(binary); run scripts/build.sh release first")
        }
        stateDirectory = "/tmp/paddock-image-gateway-" + UUID().uuidString.prefix(8)
        port = try LocalRegistry.freePort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [
            "gateway", "start", "--foreground", "--state-dir", stateDirectory, "--listen", "127.0.0.1:\(port)",
        ]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        for _ in 0..<200 {
            if (try? run(["image", "list"])) != nil { return }
            usleep(25_000)
        }
        stop()
        throw TestImageError(message: "the gateway did not answer on 127.0.0.1:\(port) within 5 s")
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: stateDirectory)
    }

    /// Runs the CLI and returns its exit status, standard output and standard error.
    @discardableResult
    func cli(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PADDOCK_STATE_DIR"] = stateDirectory
        environment["PADDOCK_GATEWAY"] = "http://127.0.0.1:\(port)"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    /// Runs the CLI and returns its standard output; throws with its standard error on failure.
    @discardableResult
    func run(_ arguments: [String], input: String? = nil) throws -> String {
        let result = try cli(arguments, input: input)
        guard result.status == 0 else {
            throw TestImageError(message: "paddock \(arguments.joined(separator: " ")) exited \(result.status): \(result.error)")
        }
        return result.output
    }
}
