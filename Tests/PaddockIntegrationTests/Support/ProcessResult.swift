import Foundation

/// How a process that `ProcessRunner` ran ended, with everything it wrote.
struct ProcessResult: Sendable, CustomStringConvertible {
    /// The exit status, or 128 + N when signal N ended the process.
    let exitCode: Int32
    let standardOutput: Data
    let standardError: Data
    /// Whether the runner killed the process because it outlived its time limit.
    let timedOut: Bool

    /// Standard output decoded as UTF-8.
    var stdout: String { String(decoding: standardOutput, as: UTF8.self) }
    /// Standard error decoded as UTF-8.
    var stderr: String { String(decoding: standardError, as: UTF8.self) }
    /// Standard output without surrounding white space.
    var output: String { stdout.trimmingCharacters(in: .whitespacesAndNewlines) }

    var description: String {
        "exit \(exitCode)\(timedOut ? " (killed after its time limit)" : ""), stdout: \(stdout.debugDescription), "
            + "stderr: \(stderr.debugDescription)"
    }
}
