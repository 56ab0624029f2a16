import Foundation
import PaddockCore
import Synchronization

/// The gateway's port forwards, by sandbox and sandbox port.
///
/// NOTE: forwards live in the gateway's memory only. They end when the gateway stops, and they are
/// not restored when it starts again or when a stopped sandbox is started.
final class ForwardManager: Sendable {
    private let forwards = Mutex<[String: PortForward]>([:])
    let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    private static func key(_ sandboxID: String, _ port: Int) -> String { "\(sandboxID)/\(port)" }

    /// Parses `[BIND:]PORT`: the sandbox port, and the host address (127.0.0.1 and the same port by default).
    static func parse(_ text: String) throws -> (bind: ListenAddress, port: Int) {
        func invalid(_ reason: String) -> PaddockError {
            PaddockError(
                .invalidArgument,
                "invalid forward '\(text)': \(reason); write PORT or BIND:PORT, such as 8000 or 127.0.0.1:8000")
        }
        if let port = Int(text) {
            guard (1...65535).contains(port) else { throw invalid("the port must be from 1 to 65535") }
            return (ListenAddress(host: "127.0.0.1", port: UInt16(port)), port)
        }
        let address: ListenAddress
        do {
            address = try ListenAddress.parse(text)
        } catch {
            throw invalid(error.message)
        }
        guard address.port != 0 else { throw invalid("the port must be from 1 to 65535") }
        return (address, Int(address.port))
    }

    /// Binds the host listener of a new forward, which `activate` later connects to the sandbox.
    ///
    /// - Throws: `.alreadyExists` when the sandbox already forwards `port` or the host port is taken.
    func reserve(sandboxID: String, sandboxName: String, bind: ListenAddress, port: Int) throws -> PortForward {
        let taken = forwards.withLock { $0[Self.key(sandboxID, port)] != nil }
        if taken {
            throw PaddockError(.alreadyExists, "sandbox '\(sandboxName)' already forwards port \(port); stop it first")
        }
        return try PortForward(sandboxID: sandboxID, sandboxName: sandboxName, bind: bind, port: port, logger: logger)
    }

    func activate(_ forward: PortForward, dialer: SandboxDialer) throws {
        let stored = forwards.withLock { forwards -> Bool in
            let key = Self.key(forward.sandboxID, forward.port)
            guard forwards[key] == nil else { return false }
            forwards[key] = forward
            return true
        }
        guard stored else {
            forward.stop()
            throw PaddockError(
                .alreadyExists, "sandbox '\(forward.sandboxName)' already forwards port \(forward.port); stop it first")
        }
        forward.activate(dialer: dialer)
    }

    func list(sandboxID: String? = nil) -> [PortForward] {
        forwards.withLock { Array($0.values) }.filter { sandboxID == nil || $0.sandboxID == sandboxID }
            .sorted { ($0.sandboxName, $0.port) < ($1.sandboxName, $1.port) }
    }

    /// Stops the forward of `port`; returns false when there was none.
    @discardableResult
    func stop(sandboxID: String, port: Int) -> Bool {
        guard let forward = forwards.withLock({ $0.removeValue(forKey: Self.key(sandboxID, port)) }) else { return false }
        forward.stop()
        return true
    }

    /// Stops every forward of a sandbox, as stopping or deleting it requires.
    func stopAll(sandboxID: String) {
        let removed = forwards.withLock { forwards -> [PortForward] in
            let matching = forwards.filter { $0.value.sandboxID == sandboxID }
            for key in matching.keys { forwards.removeValue(forKey: key) }
            return Array(matching.values)
        }
        for forward in removed { forward.stop() }
    }
}
