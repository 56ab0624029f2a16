import Foundation
import PaddockCore
import PaddockRuntime
import PaddockStore

extension SandboxManager {
    /// Forwards host `[BIND:]PORT` to 127.0.0.1:PORT in the running sandbox `name`.
    func startForward(name: String, forward text: String) throws -> PortForward {
        let (bind, port) = try ForwardManager.parse(text)
        return try withLock(name) {
            let record = try record(named: name)
            let reserved = try forwards.reserve(sandboxID: record.id, sandboxName: name, bind: bind, port: port)
            do {
                try activateForwards([reserved], of: record)
            } catch {
                reserved.stop()
                throw error
            }
            return reserved
        }
    }

    /// Stops the forward of sandbox port `port`.
    func stopForward(name: String, port: Int) throws {
        let record = try record(named: name)
        guard forwards.stop(sandboxID: record.id, port: port) else {
            throw PaddockError(.notFound, "sandbox '\(name)' forwards no port \(port); see 'paddock forward list'")
        }
    }

    /// Parses and binds the forwards of a create request before anything else is created, so that a
    /// taken port or a typo fails the request cleanly.
    func reserveForwards(_ texts: [String], sandboxID: String, sandboxName: String) throws -> [PortForward] {
        var reserved: [PortForward] = []
        do {
            for text in texts {
                let (bind, port) = try ForwardManager.parse(text)
                reserved.append(try forwards.reserve(sandboxID: sandboxID, sandboxName: sandboxName, bind: bind, port: port))
            }
        } catch {
            for forward in reserved { forward.stop() }
            throw error
        }
        return reserved
    }

    /// Connects reserved forwards to the running sandbox.
    func activateForwards(_ reserved: [PortForward], of record: SandboxRecord) throws {
        guard !reserved.isEmpty else { return }
        guard record.phase == .running else {
            throw PaddockError(
                .failedPrecondition,
                "sandbox '\(record.name)' is \(record.phase.rawValue), not running; start it before forwarding ports")
        }
        let dialer = try SandboxDialer(
            controlSocket: SandboxLayout(directory: directory(of: record)).controlSocket, sandboxName: record.name)
        for forward in reserved {
            try forwards.activate(forward, dialer: dialer)
        }
    }
}
