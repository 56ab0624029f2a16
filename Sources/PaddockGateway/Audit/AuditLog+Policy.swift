import Foundation
import PaddockCore
import PaddockStore

extension AuditLog {
    /// Writes a policy event about sandbox `record` to the store and the operator's log.
    func policy(
        _ record: SandboxRecord, _ message: String, level: Logger.Level = .info, _ extra: [String: String] = [:]
    ) {
        var fields = extra
        fields["sandbox.name"] = record.name
        fields["sandbox.id"] = record.id
        logger.log(level, message, fields)
        let data =
            (try? JSONSerialization.data(withJSONObject: extra, options: [.sortedKeys]))
            .map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        do {
            try store.appendEvent(
                kind: "policy", level: level, message: message, sandboxID: record.id, sandboxName: record.name,
                data: data)
        } catch {
            logger.error("cannot record policy event", ["sandbox.name": record.name, "error": "\(error)"])
        }
    }
}
