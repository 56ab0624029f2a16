import Foundation

/// The connection file of one kernel: ipc endpoints in the kernel's private directory and a random key.
///
/// The ipc transport binds Unix sockets named `<ip>-<port>`, so nothing listens on TCP and no two
/// kernels can race for a port.
struct KernelConnection: Sendable {
    /// The kernel's private directory (mode 0700), which contains the file and the sockets.
    let directory: String
    let key: String
    let kernelName: String

    static let shellPort = 1
    static let iopubPort = 2
    static let stdinPort = 3
    static let controlPort = 4
    static let heartbeatPort = 5

    /// The longest Unix socket path that `sockaddr_un` holds, without the terminating NUL.
    static let maxSocketPathLength = 107

    var file: String { directory + "/connection.json" }
    private var socketPrefix: String { directory + "/s" }

    /// Returns the endpoint that the kernel binds for `port`.
    func endpoint(_ port: Int) -> String { "ipc://\(socketPrefix)-\(port)" }

    /// Creates the private directory under `base` and writes the connection file, readable only by its owner.
    static func create(under base: String, kernelName: String) throws -> KernelConnection {
        let directory = base + "/k-" + Identifier.make(length: 8)
        let longest = directory + "/s-\(heartbeatPort)"
        guard longest.utf8.count <= maxSocketPathLength else {
            throw OperationFailure(
                "the kernel socket path \(longest) is longer than \(maxSocketPathLength) bytes; set TMPDIR to a shorter directory")
        }
        guard mkdir(directory, 0o700) == 0 else { throw WorkspaceSystemError(call: "mkdir \(directory)", errno: errno) }
        let connection = KernelConnection(directory: directory, key: Identifier.make(length: 64), kernelName: kernelName)
        let contents: JSONValue = [
            "transport": "ipc", "ip": .string(connection.socketPrefix), "shell_port": .int(shellPort),
            "iopub_port": .int(iopubPort), "stdin_port": .int(stdinPort), "control_port": .int(controlPort),
            "hb_port": .int(heartbeatPort), "key": .string(connection.key), "signature_scheme": "hmac-sha256",
            "kernel_name": .string(kernelName),
        ]
        let descriptor = open(connection.file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw WorkspaceSystemError(call: "open \(connection.file)", errno: errno) }
        defer { close(descriptor) }
        let bytes = contents.serialized()
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw WorkspaceSystemError(call: "write \(connection.file)", errno: errno) }
        return connection
    }

    /// Removes the private directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
