import CShim
import Foundation
import Glibc
import PaddockCore
import PaddockHTTP
import PaddockRuntime

/// Opens TCP connections to 127.0.0.1 inside one sandbox's network namespace.
///
/// It keeps a descriptor of the namespace, received from the supervisor over SCM_RIGHTS. Each dial
/// runs on a short-lived thread that enters the namespace with setns(2), so the socket belongs to
/// the sandbox's namespace, while the gateway's other threads stay in the host's. Only loopback is
/// ever dialled: the sandbox's namespace has no other interface, and no caller can pass a host.
final class SandboxDialer: Sendable {
    let namespace: Int32
    let sandboxName: String

    /// Asks the supervisor listening on `controlSocket` for the namespace descriptor.
    init(controlSocket: String, sandboxName: String) throws {
        let client = HTTPClient(address: .unix(path: controlSocket), readTimeout: .seconds(5))
        let (_, connection) = try client.upgrade(
            "GET", "/v1/network-namespace", headers: ["Connection": "Upgrade", "Upgrade": "paddock-netns"])
        defer { connection.close() }
        try connection.writeAll([1])
        namespace = try DescriptorPassing.receive(over: connection.socket.descriptor, timeout: .seconds(5))
        self.sandboxName = sandboxName
    }

    deinit {
        close(namespace)
    }

    /// Connects to 127.0.0.1:`port` in the sandbox.
    func dial(port: Int) throws -> Socket {
        let result = LockedResult()
        let done = DispatchSemaphore(value: 0)
        let namespace = namespace
        let thread = Thread {
            defer { done.signal() }
            // The thread ends right after, so it never needs to return to the host's namespace.
            guard csh_setns(namespace, CSH_CLONE_NEWNET) == 0 else {
                result.set(.failure(SystemCallError("setns", errno: errno, subject: "sandbox network namespace")))
                return
            }
            result.set(Result { try Socket.connect(to: .tcp(host: "127.0.0.1", port: port), timeout: .seconds(5)) })
        }
        thread.start()
        done.wait()
        do {
            return try result.get()
        } catch let error as SystemCallError where error.errno == ECONNREFUSED {
            throw PaddockError(
                .unavailable, "nothing listens on 127.0.0.1:\(port) in sandbox '\(sandboxName)' (connection refused)")
        }
    }
}

private final class LockedResult: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<Socket, any Error>?

    func set(_ result: Result<Socket, any Error>) {
        lock.lock()
        value = result
        lock.unlock()
    }

    func get() throws -> Socket {
        lock.lock()
        defer { lock.unlock() }
        guard let value else { throw PaddockError(.internal, "the dial thread returned nothing") }
        return try value.get()
    }
}
