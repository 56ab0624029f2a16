import Foundation

/// The result of a buffered exec, `POST /v1/sandboxes/NAME/exec`, with the output decoded.
struct ExecOutput: Decodable, Sendable, CustomStringConvertible {
    let exitCode: Int
    let timedOut: Bool
    /// Whether the kernel's OOM killer ended the command; nil when the gateway does not say.
    let oomKilled: Bool?
    let standardOutput: Data
    let standardError: Data

    /// Standard output decoded as UTF-8.
    var stdout: String { String(decoding: standardOutput, as: UTF8.self) }
    /// Standard error decoded as UTF-8.
    var stderr: String { String(decoding: standardError, as: UTF8.self) }
    /// Standard output without surrounding white space.
    var output: String { stdout.trimmingCharacters(in: .whitespacesAndNewlines) }
    /// The non-empty lines of standard output.
    var lines: [String] { stdout.split(separator: "\n").map(String.init) }

    var description: String {
        "exit \(exitCode), timed out \(timedOut), oom killed \(oomKilled.map(String.init) ?? "-"), "
            + "stdout: \(stdout.debugDescription), stderr: \(stderr.debugDescription)"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        exitCode = try container.decode(Int.self, forKey: .exitCode)
        timedOut = try container.decode(Bool.self, forKey: .timedOut)
        oomKilled = try container.decodeIfPresent(Bool.self, forKey: .oomKilled)
        standardOutput = try Self.decodeBase64(container, .stdout)
        standardError = try Self.decodeBase64(container, .stderr)
    }

    private static func decodeBase64(
        _ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys
    ) throws -> Data {
        let text = try container.decode(String.self, forKey: key)
        guard let data = Data(base64Encoded: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "invalid base64")
        }
        return data
    }

    private enum CodingKeys: String, CodingKey {
        case exitCode = "exit_code"
        case timedOut = "timed_out"
        case oomKilled = "oom_killed"
        case stdout, stderr
    }
}
