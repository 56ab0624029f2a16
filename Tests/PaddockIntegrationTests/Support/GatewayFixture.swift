import Foundation
import Glibc

/// A real gateway in a temporary state directory, driven through the static `paddock` binary as a
/// user would drive it.
///
/// Each test that needs a clean store (providers, policy revisions, event ids) starts its own. The
/// binary comes from `PaddockBinary`. The gateway listens on the state directory's Unix socket and
/// on a kernel-chosen loopback port.
final class GatewayFixture {
    /// The outcome of one command.
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    let binary: String
    let stateDirectory: String

    /// Starts a gateway; call `stop()` when done.
    init() throws {
        binary = try PaddockBinary.path()
        stateDirectory = "/tmp/paddock-it-" + UUID().uuidString.prefix(8).lowercased()
        let started = run(["gateway", "start", "--state-dir", stateDirectory, "--listen", "127.0.0.1:0"])
        guard started.status == 0 else {
            throw FixtureError("gateway did not start: \(started.error)\n\(started.output)\n\(gatewayLog)")
        }
    }

    /// Deletes every sandbox, stops the gateway and removes the state directory.
    func stop() {
        let listed = run(["sandbox", "list", "-o", "json"])
        if let data = listed.output.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let sandboxes = object["sandboxes"] as? [[String: Any]]
        {
            let names = sandboxes.compactMap { $0["name"] as? String }
            if !names.isEmpty { _ = run(["sandbox", "delete"] + names) }
        }
        _ = run(["gateway", "stop", "--state-dir", stateDirectory])
        try? FileManager.default.removeItem(atPath: stateDirectory)
    }

    var gatewayLog: String {
        (try? String(contentsOfFile: stateDirectory + "/gateway.log", encoding: .utf8)) ?? ""
    }

    /// Runs `paddock ARGUMENTS` against this gateway, with `environment` added to this process's.
    func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        variables["PADDOCK_STATE_DIR"] = stateDirectory
        variables["PADDOCK_GATEWAY"] = nil
        variables["PADDOCK_TOKEN"] = nil
        for (key, value) in environment {
            variables[key] = value
        }
        process.environment = variables
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        do {
            try process.run()
        } catch {
            return Result(status: -1, output: "", error: "cannot run \(binary): \(error)")
        }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes before waiting, so that a full pipe cannot block the child.
        let errorData = DataBox()
        let errorRead = DispatchGroup()
        errorRead.enter()
        let errorHandle = error.fileHandleForReading
        DispatchQueue.global().async {
            errorData.data = errorHandle.readDataToEndOfFile()
            errorRead.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errorRead.wait()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData.data, as: UTF8.self))
    }

    /// Runs `paddock ARGUMENTS` and throws with its output unless it exits with status 0.
    @discardableResult
    func succeed(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let result = run(arguments, environment: environment)
        guard result.status == 0 else {
            throw FixtureError(
                "paddock \(arguments.joined(separator: " ")) exited with \(result.status): "
                    + result.error + result.output)
        }
        return result.output
    }

    /// Returns the directory of sandbox `name` on the host.
    func sandboxDirectory(_ name: String) throws -> String {
        let json = try succeed(["sandbox", "get", name, "-o", "json"])
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let id = object["id"] as? String
        else { throw FixtureError("sandbox get \(name) returned no id: \(json)") }
        return stateDirectory + "/sandboxes/" + id
    }

    /// Writes `text` to a new file in the state directory and returns its path.
    func writeFile(_ name: String, _ text: String) throws -> String {
        let path = stateDirectory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Bytes that one thread reads and another takes after a `DispatchGroup` wait.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
