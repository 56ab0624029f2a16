import CShim
import Glibc
import PaddockCore

/// The sandbox's network namespace: loopback only, with no route anywhere.
///
/// The supervisor creates it and keeps both namespaces open, so that it can listen inside the
/// sandbox's namespace while dialling out from the host's.
public struct NetworkNamespace: Sendable {
    /// An fd of the sandbox's namespace, passed to `setns` in every sandbox process.
    public let sandbox: Int32
    /// An fd of the namespace the supervisor started in.
    public let host: Int32

    /// Moves the calling thread into a new network namespace with loopback up, and returns fds of
    /// both. The thread stays in the new namespace until `returnToHost()`.
    public static func create() throws -> NetworkNamespace {
        let host = try systemCall("open", subject: "/proc/thread-self/ns/net") {
            open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC)
        }
        try systemCall("unshare", subject: "CLONE_NEWNET") { csh_unshare(CSH_CLONE_NEWNET) }
        let sandbox = try systemCall("open", subject: "/proc/thread-self/ns/net") {
            open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC)
        }
        try systemCall("ioctl", subject: "SIOCSIFFLAGS lo") { csh_loopback_up() }
        return NetworkNamespace(sandbox: sandbox, host: host)
    }

    /// Moves the calling thread back into the host's network namespace.
    public func returnToHost() throws {
        try systemCall("setns", subject: "host network namespace") { csh_setns(host, CSH_CLONE_NEWNET) }
    }

    /// Runs `body` with the calling thread inside the sandbox's network namespace.
    public func withSandboxNamespace<T>(_ body: () throws -> T) throws -> T {
        try systemCall("setns", subject: "sandbox network namespace") { csh_setns(sandbox, CSH_CLONE_NEWNET) }
        defer { try? returnToHost() }
        return try body()
    }
}
