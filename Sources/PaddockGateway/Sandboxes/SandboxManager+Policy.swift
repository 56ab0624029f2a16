import Foundation
import PaddockCore
import PaddockPolicy
import PaddockStore

extension SandboxManager {
    /// Stores a new policy revision for sandbox `name` and, while it runs, has its supervisor
    /// load it in the background.
    ///
    /// Only the network sections may change, because the others were applied when the sandbox
    /// started. A document that does not load is stored as a failed revision with the reason, and
    /// the policy in force stays as it was.
    ///
    /// - Returns: The stored revision, and a group that is left once the supervisor answered.
    /// - Throws: `.invalidArgument` for an invalid document, `.failedPrecondition` for a changed
    ///   static section or a sandbox that is being created or deleted.
    func setPolicy(name: String, source: String, fileName: String?) throws -> (PolicyRevisionRecord, DispatchGroup) {
        let done = DispatchGroup()
        let revision: PolicyRevisionRecord = try withLock(name) {
            let record = try record(named: name)
            guard record.phase != .creating, record.phase != .deleting else {
                throw PaddockError(
                    .failedPrecondition,
                    "sandbox '\(name)' is \(record.phase.rawValue); set its policy when that finishes")
            }
            let proposed = try parseRevision(source, fileName: fileName, for: record)
            let current = try policy(of: record)
            let given = Self.topLevelKeys(of: source)
            if let section = Self.changedStaticSection(current, proposed, given: given) {
                audit.policy(
                    record, "policy change rejected: \(section) differs", level: .warning, ["section": section])
                throw PaddockError(
                    .failedPrecondition,
                    "the new policy changes \(section) of sandbox '\(name)'; only network_policies and "
                        + "network_middlewares can change after a sandbox is created, so keep \(section) as it is "
                        + "or create a new sandbox")
            }
            let merged = current.withNetworkPolicies(from: proposed)
            let revision = try store.appendPolicyRevision(
                sandboxID: record.id, policy: try Self.json(merged), source: source)
            var updated = record
            updated.policy = try Self.json(merged)
            updated = try store.updateSandbox(updated)
            try writeEgress(updated, policy: merged, revision: revision.version, spec: try spec(of: updated))
            audit.policy(updated, "policy revision \(revision.version) stored", ["revision": String(revision.version)])
            guard updated.phase == .running else {
                return try store.setPolicyRevisionStatus(
                    sandboxID: record.id, version: revision.version, status: .pending,
                    loadError: "sandbox '\(name)' is \(updated.phase.rawValue); its supervisor loads this revision "
                        + "when the sandbox starts")
            }
            done.enter()
            DispatchQueue.global().async { [self] in
                reloadEgress(name: name, revision: revision.version)
                done.leave()
            }
            return revision
        }
        return (revision, done)
    }

    /// Returns every revision of sandbox `name`, oldest first.
    func policyRevisions(name: String) throws -> [PolicyRevisionRecord] {
        try store.listPolicyRevisions(sandboxID: try record(named: name).id)
    }

    /// Returns revision `version` of sandbox `name`, or, without a version, the revision in force:
    /// the newest loaded one, else the newest one that did not fail.
    func policyRevision(name: String, version: Int?) throws -> PolicyRevisionRecord {
        let record = try record(named: name)
        if let version {
            guard let revision = try store.policyRevision(sandboxID: record.id, version: version) else {
                throw PaddockError(
                    .notFound,
                    "sandbox '\(name)' has no policy revision \(version); list them with `paddock policy list \(name)`")
            }
            return revision
        }
        guard let revision = try loadedRevision(of: record) ?? currentRevision(of: record) else {
            throw PaddockError(.notFound, "sandbox '\(name)' has no policy revision")
        }
        return revision
    }

    private func reloadEgress(name: String, revision: Int) {
        withLock(name) {
            guard let record = try? store.sandbox(named: name), record.phase == .running else { return }
            let client = SupervisorEgressClient(
                controlSocket: layout(of: record).controlSocket, timeout: Self.egressReplyTimeout)
            apply(client.reload(), to: record, requested: revision)
        }
    }

    /// Parses `source`; on failure stores a failed revision with the reason, then throws.
    private func parseRevision(_ source: String, fileName: String?, for record: SandboxRecord) throws -> SandboxPolicy {
        let result = Result { () throws(PolicyError) -> SandboxPolicy in
            try PolicyLoader.parse(yaml: source, fileName: fileName ?? "policy.yaml")
        }
        guard case .failure(let error) = result else { return try result.get() }
        let reason = "\(error)"
        let failed = try store.appendPolicyRevision(
            sandboxID: record.id, policy: "null", source: source, status: .failed)
        try store.setPolicyRevisionStatus(
            sandboxID: record.id, version: failed.version, status: .failed, loadError: reason)
        audit.policy(
            record, "policy revision \(failed.version) is invalid", level: .warning,
            ["revision": String(failed.version), "error": reason])
        let inForce = try loadedRevision(of: record) ?? currentRevision(of: record)
        let kept = inForce.map { "revision \($0.version) stays in force" } ?? "the policy is unchanged"
        throw PaddockError(
            .invalidArgument, "invalid policy (stored as failed revision \(failed.version); \(kept)): \(reason)")
    }

    /// Returns the first static section that the document gives and that differs from the
    /// sandbox's, by its YAML name. A section left out of the document keeps the sandbox's.
    static func changedStaticSection(
        _ current: SandboxPolicy, _ proposed: SandboxPolicy, given: Set<String>
    ) -> String? {
        if given.contains("filesystem_policy"), current.filesystemPolicy != proposed.filesystemPolicy {
            return "filesystem_policy"
        }
        if given.contains("landlock"), current.landlock != proposed.landlock { return "landlock" }
        if given.contains("process"), current.process != proposed.process { return "process" }
        return nil
    }

    /// Returns the keys that start a line of `source` in block style, such as `process:`.
    ///
    /// NOTE: a document in flow style (`{process: ...}`) yields no keys, so its static sections
    /// count as left out and are kept rather than compared.
    static func topLevelKeys(of source: String) -> Set<String> {
        var keys: Set<String> = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let first = line.first, first.isLetter || first == "_", let colon = line.firstIndex(of: ":") else {
                continue
            }
            keys.insert(line[..<colon].trimmingCharacters(in: .whitespaces))
        }
        return keys
    }
}
