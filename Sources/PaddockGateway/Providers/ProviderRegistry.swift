import Foundation
import PaddockCore
import PaddockStore

/// Creates, changes and deletes credential providers, sealing their values before they reach the
/// store. Nothing here logs or returns a value.
struct ProviderRegistry: Sendable {
    let store: Store
    let sealer: any SecretSealer
    let logger: Logger

    func create(_ request: CreateProviderRequest) throws -> ProviderView {
        try ProviderValidation.validateName(request.name)
        guard !request.credentials.isEmpty else {
            throw PaddockError(
                .invalidArgument,
                "provider '\(request.name)' has no credentials; give at least one as KEY=VALUE or KEY")
        }
        try ProviderValidation.validateCredentials(request.credentials, provider: request.name)
        let endpoints = request.endpoints ?? []
        try ProviderValidation.validateEndpoints(endpoints, provider: request.name)
        let record = try store.insertProvider(
            name: request.name, credentials: request.credentials, endpoints: endpoints, sealer: sealer)
        logEvent("provider created", record)
        return ProviderView(record: record, sandboxes: [])
    }

    func list() throws -> [ProviderView] {
        try store.listProviders().map { provider in
            ProviderView(record: provider, sandboxes: try store.sandboxNames(usingProvider: provider.name))
        }
    }

    func get(_ name: String) throws -> ProviderView {
        guard let record = try store.provider(named: name) else { throw Self.notFound(name) }
        return ProviderView(record: record, sandboxes: try store.sandboxNames(usingProvider: name))
    }

    /// Applies `request` and returns the provider as stored. Running sandboxes keep the credentials
    /// they started with until they restart.
    func update(_ name: String, _ request: UpdateProviderRequest) throws -> ProviderView {
        let setting = request.credentials ?? [:]
        let removing = request.removeCredentials ?? []
        try ProviderValidation.validateCredentials(setting, provider: name)
        for key in removing {
            try ProviderValidation.validateKey(key, provider: name)
        }
        if let endpoints = request.endpoints {
            try ProviderValidation.validateEndpoints(endpoints, provider: name)
        }
        if let clash = removing.first(where: { setting[$0] != nil }) {
            throw PaddockError(
                .invalidArgument, "credential \(clash) of provider '\(name)' is both set and removed; choose one")
        }
        guard let existing = try store.provider(named: name) else { throw Self.notFound(name) }
        if let missing = removing.first(where: { !existing.credentialKeys.contains($0) }) {
            throw PaddockError(
                .notFound,
                "provider '\(name)' has no credential \(missing); it has "
                    + existing.credentialKeys.joined(separator: ", "))
        }
        let remaining = Set(existing.credentialKeys).subtracting(removing).union(setting.keys)
        guard !remaining.isEmpty else {
            throw PaddockError(
                .invalidArgument,
                "removing every credential would leave provider '\(name)' empty; delete it with "
                    + "`paddock provider delete \(name)`")
        }
        let record = try store.updateProvider(
            name: name, setting: setting, removing: removing, endpoints: request.endpoints, sealer: sealer)
        logEvent("provider updated", record)
        return ProviderView(record: record, sandboxes: try store.sandboxNames(usingProvider: name))
    }

    func delete(_ name: String) throws {
        guard let existing = try store.provider(named: name) else { throw Self.notFound(name) }
        try store.deleteProvider(name: name)
        logEvent("provider deleted", existing)
    }

    /// Returns the plain-text credentials of `name` for a sandbox's egress settings.
    func secrets(of name: String) throws -> [String: String] {
        try store.providerSecrets(name: name, sealer: sealer)
    }

    private func logEvent(_ message: String, _ provider: ProviderRecord) {
        let fields = ["provider": provider.name, "credentials": provider.credentialKeys.joined(separator: ",")]
        logger.info(message, fields)
        let data =
            (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]))
            .map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        do {
            try store.appendEvent(kind: "provider", level: .info, message: message, data: data)
        } catch {
            logger.error("cannot record provider event", ["provider": provider.name, "error": "\(error)"])
        }
    }

    static func notFound(_ name: String) -> PaddockError {
        PaddockError(.notFound, "provider '\(name)' not found; list providers with `paddock provider list`")
    }
}
