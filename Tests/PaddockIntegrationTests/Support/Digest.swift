import Foundation

/// Digests of test data, computed with the host's `sha256sum`, the same tool the sandbox runs.
enum Digest {
    /// Returns the SHA-256 of `data` in lowercase hex.
    static func sha256(_ data: Data) async throws -> String {
        let result = try await ProcessRunner.run("/usr/bin/sha256sum", [], input: data, timeout: 60)
        return result.stdout.split(separator: " ").first.map(String.init) ?? ""
    }
}
