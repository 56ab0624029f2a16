@preconcurrency import Glibc
import PaddockCore

/// Loads and validates sandbox policy documents in OpenShell's YAML schema.
///
/// A document must be one YAML document of at most `maxDocumentSize` bytes. Every problem found is
/// reported in one `PolicyError`, each with the file name, line, column and field path.
public enum PolicyLoader {
    /// The maximum size of a policy document, 1 MiB.
    public static let maxDocumentSize = 1 << 20

    /// Reads, parses and validates the policy file at `path`, which messages use as the file name.
    ///
    /// - Throws: `PolicyError` when the file cannot be read (code `notFound` when it does not exist),
    ///   is larger than `maxDocumentSize` (code `tooLarge`), or is not a valid policy.
    public static func load(path: String) throws(PolicyError) -> SandboxPolicy {
        let bytes = try readFile(path)
        return try parse(bytes: bytes, fileName: path)
    }

    /// Parses and validates the policy document `yaml`, naming it `fileName` in messages.
    ///
    /// - Throws: `PolicyError` listing every problem found, up to `PolicyError.maxIssues`.
    public static func parse(yaml: String, fileName: String = "policy.yaml") throws(PolicyError) -> SandboxPolicy {
        try parse(bytes: Array(yaml.utf8), fileName: fileName)
    }

    static func parse(bytes: [UInt8], fileName: String) throws(PolicyError) -> SandboxPolicy {
        guard bytes.count <= maxDocumentSize else {
            throw tooLarge(fileName, size: bytes.count)
        }
        let issues = IssueCollector(fileName: fileName)
        let root = try YAMLParser.parse(bytes, issues: issues)
        let policy = PolicyDecoder(issues: issues).decodePolicy(root)
        if let error = issues.error() {
            throw error
        }
        guard let policy else {
            throw PolicyError(file: fileName, message: "the policy could not be decoded")
        }
        return policy
    }

    private static func tooLarge(_ fileName: String, size: Int) -> PolicyError {
        PolicyError(
            file: fileName,
            message: "the policy is \(size) bytes; at most \(maxDocumentSize) bytes (1 MiB) are allowed",
            code: .tooLarge)
    }

    /// Reads at most one byte past the size limit, so that an oversized file is detected without
    /// reading all of it.
    private static func readFile(_ path: String) throws(PolicyError) -> [UInt8] {
        let descriptor: Int32
        do {
            descriptor = try systemCall("open", subject: path) { open(path, O_RDONLY | O_CLOEXEC) }
        } catch {
            let code: PaddockError.Code = error.errno == ENOENT ? .notFound : .invalidArgument
            throw PolicyError(file: path, message: "cannot read the policy: \(error)", code: code)
        }
        defer { close(descriptor) }

        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            throw PolicyError(file: path, message: "cannot read the policy: not a regular file")
        }

        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= maxDocumentSize {
            let count: Int
            do {
                count = try systemCall("read", subject: path) {
                    chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                }
            } catch {
                throw PolicyError(file: path, message: "cannot read the policy: \(error)")
            }
            if count == 0 {
                return bytes
            }
            bytes += chunk[..<count]
        }
        throw tooLarge(path, size: Int(status.st_size) > bytes.count ? Int(status.st_size) : bytes.count)
    }
}
