import Foundation
import Glibc
import PaddockCore
import PaddockPolicy
import PaddockRuntime
import PaddockStore
import Synchronization

/// Creates, starts, stops, deletes and re-adopts sandboxes, and keeps the store in step with them.
///
/// Each lifecycle change of one sandbox holds that sandbox's lock, so that a delete cannot race a
/// start; changes to different sandboxes run in parallel.
final class SandboxManager: Sendable {
    let store: Store
    let stateDirectory: String
    let executablePath: String
    let cgroupVersion: CgroupPlacement.Version?
    let logger: Logger
    let audit: AuditLog
    let providers: ProviderRegistry
    let auditIngester: AuditIngester
    private let locks = Mutex<[String: NSLock]>([:])

    /// How long a supervisor may take to build its sandbox.
    static let readyTimeout: Double = 30
    /// How long `stop` waits for processes to exit after SIGTERM before SIGKILL.
    static let stopGrace: Double = 5

    init(
        store: Store, stateDirectory: String, executablePath: String, cgroupVersion: CgroupPlacement.Version?,
        logger: Logger, sealer: any SecretSealer
    ) {
        self.store = store
        self.stateDirectory = stateDirectory
        self.executablePath = executablePath
        self.cgroupVersion = cgroupVersion
        self.logger = logger
        self.audit = AuditLog(store: store, logger: logger)
        self.providers = ProviderRegistry(store: store, sealer: sealer, logger: logger)
        self.auditIngester = AuditIngester(
            store: store, sandboxesDirectory: stateDirectory + "/sandboxes", logger: logger)
    }

    var sandboxesDirectory: String { stateDirectory + "/sandboxes" }

    func directory(of record: SandboxRecord) -> String { sandboxesDirectory + "/" + record.id }

    /// Runs `body` while holding the lifecycle lock of the sandbox `name`.
    func withLock<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let lock = locks.withLock { locks in
            if let existing = locks[name] { return existing }
            let created = NSLock()
            locks[name] = created
            return created
        }
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// The record of sandbox `name`, or a not-found error that names it.
    func record(named name: String) throws -> SandboxRecord {
        guard let record = try store.sandbox(named: name) else {
            throw PaddockError(.notFound, "sandbox '\(name)' not found")
        }
        return record
    }

    func list() throws -> [SandboxRecord] {
        try store.listSandboxes()
    }

    func spec(of record: SandboxRecord) throws -> SandboxSpec {
        do {
            return try JSONDecoder().decode(SandboxSpec.self, from: Data(record.spec.utf8))
        } catch {
            throw PaddockError(.internal, "stored spec of sandbox '\(record.name)' is unreadable", cause: error)
        }
    }

    func policy(of record: SandboxRecord) throws -> SandboxPolicy {
        do {
            return try JSONDecoder().decode(SandboxPolicy.self, from: Data(record.policy.utf8))
        } catch {
            throw PaddockError(.internal, "stored policy of sandbox '\(record.name)' is unreadable", cause: error)
        }
    }

    /// The supervisor's control socket of a running sandbox, or a clear error when it is not running.
    func controlSocket(of name: String) throws -> String {
        let record = try record(named: name)
        guard record.phase == .running else {
            throw PaddockError(
                .failedPrecondition,
                "sandbox '\(name)' is \(record.phase.rawValue), not running; start it with `paddock sandbox start \(name)`")
        }
        return SandboxLayout(directory: directory(of: record)).controlSocket
    }
}
