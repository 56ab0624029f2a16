import Foundation
import PaddockCore
import PaddockHTTP
import PaddockStore

extension SandboxManager {
    /// Runs the `command` of a new sandbox in the background, unless the client attaches to run it
    /// itself. Its exit code goes into the record, and a `remove_on_exit` sandbox is deleted after it.
    ///
    /// NOTE: the command's connection lives in this gateway process, so a gateway restart ends the
    /// command (the supervisor kills a command whose client is gone) without recording or removing.
    /// An attached client that dies between create and opening its exec leaves the sandbox too.
    func startMainCommand(of record: SandboxRecord, spec: SandboxSpec) {
        guard let command = spec.command, spec.attached != true else { return }
        let name = record.name
        logger.info("main command starting", ["sandbox.name": name, "sandbox.id": record.id])
        Thread.detachNewThread { [self] in
            let exitCode: Int32?
            do {
                exitCode = try runMainCommand(command, in: name)
            } catch {
                logger.warning("main command ended without an exit code", ["sandbox.name": name, "error": "\(error)"])
                exitCode = nil
            }
            mainCommandEnded(in: name, exitCode: exitCode)
        }
    }

    /// Runs `command` over the supervisor's exec WebSocket with standard input closed, discards its
    /// output, and returns its exit code.
    private func runMainCommand(_ command: [String], in name: String) throws -> Int32? {
        let client = HTTPClient(address: .unix(path: try controlSocket(of: name)), readTimeout: nil)
        let socket = try WebSocket.connect(client, target: "/v1/exec/ws", headers: [:])
        defer { socket.connection.close() }
        let request = try JSONSerialization.data(withJSONObject: ["command": command])
        try socket.send(text: String(decoding: request, as: UTF8.self))
        try socket.send(binary: [3] + Array(#"{"type":"eof"}"#.utf8))
        while let message = try socket.receive() {
            guard case .binary(let bytes) = message, bytes.first == 3 else { continue }
            let object = try? JSONSerialization.jsonObject(with: Data(bytes.dropFirst())) as? [String: Any]
            if object?["type"] as? String == "error" {
                throw PaddockError(.failedPrecondition, object?["message"] as? String ?? "the command could not start")
            }
            if object?["type"] as? String == "exit", let code = object?["exit_code"] as? Int {
                return Int32(code)
            }
        }
        return nil
    }

    /// Records how the main command of `name` ended and deletes the sandbox when it asked for that.
    /// A client that ran the command itself over `exec/ws?main=true` ends it here too, without a code.
    func mainCommandEnded(in name: String, exitCode: Int32?) {
        let removeOnExit: Bool? = withLock(name) {
            guard var record = try? store.sandbox(named: name), record.phase == .running || record.phase == .failed
            else { return nil }
            record.exitCode = exitCode ?? record.exitCode
            if let updated = try? store.updateSandbox(record) { record = updated }
            audit.lifecycle(record, "main command exited", ["exit_code": exitCode.map(String.init) ?? "unknown"])
            return (try? spec(of: record))?.removeOnExit
        }
        guard removeOnExit == true else { return }
        do {
            try delete(name: name)
        } catch let error as PaddockError where error.code == .notFound {
            return
        } catch {
            logger.error("removing the sandbox after its main command failed", ["sandbox.name": name, "error": "\(error)"])
        }
    }
}
