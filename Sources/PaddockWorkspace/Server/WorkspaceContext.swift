import Foundation
import PaddockCore

/// The state that every operation of one workspace server shares: the sandbox's workspace
/// directory, the environment commands start with, and the operator log.
final class WorkspaceContext: Sendable {
    /// The directory commands start in and relative paths resolve against (`/sandbox` in a sandbox).
    let workspace: String
    let logger: Logger
    /// The server's own environment, which every command inherits.
    let baseEnvironment: [String: String]
    /// The shell that runs commands: bash when installed, else sh.
    let shellPath: String
    /// The version reported by `GET /v1/sandbox`.
    let version: String
    /// The name of the user the server runs as.
    let userName: String

    init(workspace: String, logger: Logger, version: String) {
        self.workspace = workspace
        self.logger = logger
        self.version = version
        var environment = ProcessInfo.processInfo.environment
        environment["PWD"] = nil
        baseEnvironment = environment
        userName = environment["USER"] ?? "sandbox"
        shellPath = FileManager.default.isExecutableFile(atPath: "/bin/bash") ? "/bin/bash" : "/bin/sh"
    }
}
