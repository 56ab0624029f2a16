import Foundation
import PaddockCore
import PaddockStore

/// Writes lifecycle events to the store and the operator's log at once.
struct AuditLog: Sendable {
    let store: Store
    let logger: Logger

    func lifecycle(_ record: SandboxRecord, _ message: String, level: Logger.Level = .info, _ extra: [String: String] = [:]) {
        var fields = extra
        fields["sandbox.name"] = record.name
        fields["sandbox.id"] = record.id
        logger.log(level, message, fields)
        var data = extra
        data["phase"] = record.phase.rawValue
        let json = (try? JSONSerialization.data(withJSONObject: data, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        do {
            try store.appendEvent(kind: "lifecycle", level: level, message: message, sandboxID: record.id, sandboxName: record.name, data: json)
        } catch {
            logger.error("cannot record audit event", ["sandbox.name": record.name, "error": "\(error)"])
        }
    }
}
