import Foundation
import PaddockCore
import PaddockPolicy
import PaddockRuntime
import PaddockStore

extension SandboxManager {
    /// How long the gateway waits for a supervisor's reply about egress settings.
    static let egressReplyTimeout: Duration = .seconds(10)

    func layout(of record: SandboxRecord) -> SandboxLayout {
        SandboxLayout(directory: directory(of: record))
    }

    /// Returns the path of the sandbox's `egress.json`.
    func egressPath(of record: SandboxRecord) -> String {
        directory(of: record) + "/egress.json"
    }

    /// Returns the placeholder of every credential of the sandbox's providers, key → placeholder,
    /// making and storing one for each key that has none yet.
    func placeholderEnvironment(of record: SandboxRecord) throws -> [String: String] {
        var environment: [String: String] = [:]
        for entry in try egressCredentials(of: record, includingValues: false) {
            environment[entry.key] = entry.placeholder
        }
        return environment
    }

    /// Returns one entry per credential of the sandbox's providers. Without `includingValues` the
    /// values are left empty, so that no secret is opened when only placeholders are needed.
    func egressCredentials(of record: SandboxRecord, includingValues: Bool) throws -> [EgressCredentialEntry] {
        var entries: [EgressCredentialEntry] = []
        for name in try store.sandboxProviders(sandboxID: record.id) {
            guard let provider = try store.provider(named: name) else { throw ProviderRegistry.notFound(name) }
            let secrets = includingValues ? try providers.secrets(of: name) : [:]
            for key in provider.credentialKeys {
                let placeholder = try store.placeholder(sandboxID: record.id, provider: name, key: key) {
                    EgressPlaceholder.make(provider: name, key: key)
                }
                entries.append(
                    EgressCredentialEntry(
                        provider: name, key: key, placeholder: placeholder, value: secrets[key] ?? "",
                        endpoints: provider.endpoints))
            }
        }
        return entries
    }

    /// Writes `egress.json` for revision `revision` with the network policies of `policy`.
    func writeEgress(_ record: SandboxRecord, policy: SandboxPolicy, revision: Int, spec: SandboxSpec) throws {
        let document = EgressDocument(
            revision: revision, networkPolicies: policy.networkPolicies,
            credentials: try egressCredentials(of: record, includingValues: true),
            options: spec.egressOptions ?? EgressOptionsSpec())
        try EgressFileWriter.write(document, to: egressPath(of: record))
        if document.options.allowLoopbackUpstreams {
            logger.warning(
                "egress proxy may dial loopback addresses; use this only for tests",
                ["sandbox.name": record.name, "sandbox.id": record.id, "revision": String(revision)])
        }
    }

    /// Returns the revision whose policy is in `record.policy`: the newest one that did not fail.
    func currentRevision(of record: SandboxRecord) throws -> PolicyRevisionRecord? {
        try store.listPolicyRevisions(sandboxID: record.id).last { $0.status != .failed }
    }

    /// Returns the newest revision that a supervisor confirmed loaded.
    func loadedRevision(of record: SandboxRecord) throws -> PolicyRevisionRecord? {
        try store.listPolicyRevisions(sandboxID: record.id).last { $0.status == .loaded }
    }

    /// Asks the supervisor which revision it loaded at start and records its reply.
    func confirmStartupEgress(_ record: SandboxRecord) {
        let client = SupervisorEgressClient(controlSocket: layout(of: record).controlSocket, timeout: .seconds(5))
        apply(client.status(), to: record)
    }

    /// Records what a supervisor reported about a revision, and on a failure puts the newest loaded
    /// revision back in `egress.json` and `record.policy`, so that it stays in force after a restart.
    func apply(_ report: EgressLoadReport, to record: SandboxRecord, requested: Int? = nil) {
        do {
            switch report {
            case .loaded(let revision):
                try store.setPolicyRevisionStatus(sandboxID: record.id, version: revision, status: .loaded)
                audit.policy(record, "policy revision \(revision) loaded", ["revision": String(revision)])
            case .failed(let revision, let reason):
                try store.setPolicyRevisionStatus(
                    sandboxID: record.id, version: revision, status: .failed, loadError: reason)
                audit.policy(
                    record, "policy revision \(revision) failed to load", level: .warning,
                    ["revision": String(revision), "error": reason])
                // A newer revision written meanwhile is still on its way; leave it in place.
                if try store.listPolicyRevisions(sandboxID: record.id).last?.version == revision {
                    try restoreLoadedRevision(record)
                }
            case .unknown(let reason):
                guard let revision = try requested ?? currentRevision(of: record)?.version,
                    let stored = try store.policyRevision(sandboxID: record.id, version: revision),
                    stored.status == .pending
                else { return }
                try store.setPolicyRevisionStatus(
                    sandboxID: record.id, version: revision, status: .pending, loadError: reason)
                audit.policy(
                    record, "policy revision \(revision) not confirmed by the supervisor", level: .warning,
                    ["revision": String(revision), "error": reason])
            }
        } catch {
            logger.error(
                "cannot record the egress load result",
                ["sandbox.name": record.name, "sandbox.id": record.id, "error": "\(error)"])
        }
    }

    /// Puts the newest loaded revision back into the stored policy and `egress.json`.
    private func restoreLoadedRevision(_ record: SandboxRecord) throws {
        guard let loaded = try loadedRevision(of: record) else { return }
        let policy = try JSONDecoder().decode(SandboxPolicy.self, from: Data(loaded.policy.utf8))
        guard var current = try store.sandbox(id: record.id) else { return }
        current.policy = try Self.json(policy)
        current = try store.updateSandbox(current)
        try writeEgress(current, policy: policy, revision: loaded.version, spec: try spec(of: current))
        logger.info(
            "restored the last loaded policy revision",
            ["sandbox.name": record.name, "sandbox.id": record.id, "revision": String(loaded.version)])
    }
}
