import Foundation
import Glibc
import PaddockCore
import PaddockPolicy
import PaddockRuntime
import PaddockStore

extension SandboxManager {
    /// Creates and starts a sandbox. On any failure everything created so far is undone, so a
    /// failed create leaves no row, directory, cgroup or process behind.
    func create(_ request: CreateSandboxRequest) throws -> SandboxRecord {
        let (spec, policy) = try validate(request)
        let name = try request.name ?? generateName()
        if let name = request.name { try SandboxName.validate(name) }

        return try withLock(name) {
            let id = "sb-" + Self.randomHex(bytes: 6)
            let now = Date()
            var record = SandboxRecord(
                id: id, name: name, phase: .creating, image: request.image ?? "host", spec: try Self.json(spec),
                policy: try Self.json(policy), createdAt: now,
                expiresAt: spec.ttlSeconds.map { now.addingTimeInterval($0) })
            let reserved = try reserveForwards(request.forwards ?? [], sandboxID: id, sandboxName: name)
            record = try store.insertSandbox(record)
            audit.lifecycle(record, "sandbox created")
            do {
                try attachEgress(record, providers: request.providers ?? [], policySource: spec.policySource ?? "")
                let running = try launch(record, spec: spec, policy: policy, fresh: true)
                try activateForwards(reserved, of: running)
                startMainCommand(of: running, spec: spec)
                return running
            } catch {
                for forward in reserved { forward.stop() }
                forwards.stopAll(sandboxID: id)
                terminateSupervisor(of: (try? store.sandbox(id: id)) ?? record)
                logger.error("sandbox failed to start; undoing", ["sandbox.name": name, "sandbox.id": id, "error": "\(error)"])
                try? removeFiles(of: record)
                _ = try? store.deleteSandbox(id: id)
                audit.lifecycle(record, "sandbox creation failed", level: .error, ["error": "\(error)"])
                throw error
            }
        }
    }

    /// The pids limit of a sandbox created without one. Without any limit a fork bomb inside takes
    /// the host's process table; this leaves room for a browser, kernels and builds.
    static let defaultPidsLimit = 4096

    /// Checks every field of the request, so that nothing is created for a request with any error.
    func validate(_ request: CreateSandboxRequest) throws -> (SandboxSpec, SandboxPolicy) {
        let policy = try request.policy.map { try Self.parsePolicy($0, fileName: request.policyFile) } ?? .restrictiveDefault
        var limits = ResourceLimits()
        if let memory = request.memory { limits.memoryBytes = UInt64(try MemoryLimit.parse(memory).bytes) }
        if let cpus = request.cpus { limits.cpus = try CPUQuota.parse(cpus).cpus }
        if let pids = request.pids {
            guard pids >= 1 else {
                throw PaddockError(.invalidArgument, "invalid pids limit \(pids): expected a whole number of 1 or more")
            }
            limits.pids = pids
        } else {
            limits.pids = Self.defaultPidsLimit
        }
        var environment: [String: String] = [:]
        for (key, value) in request.env ?? [:] {
            try EnvironmentAssignment.validateKey(key)
            environment[key] = value
        }
        if let command = request.command, command.isEmpty {
            throw PaddockError(
                .invalidArgument, "field 'command' is an empty array; give the program and its arguments, or leave it out")
        }
        let ttl = try request.ttl.map { Double(try DurationParser.parseSeconds($0, quantity: "ttl")) }
        if request.removeOnExit == true, (request.command ?? []).isEmpty {
            throw PaddockError(.invalidArgument, "remove_on_exit needs a command: the sandbox is removed when that command exits")
        }
        if request.attach == true, request.command == nil {
            throw PaddockError(.invalidArgument, "attach needs a command: it says that the client runs that command itself")
        }
        try validateProviders(request.providers ?? [], environment: environment)
        let egressOptions = try request.egressOptions.map(Self.validateEgressOptions)
        let user = request.image == nil ? try PolicyTranslation.user(for: policy) : SandboxUser()
        let spec = SandboxSpec(
            limits: limits, environment: environment, command: request.command, removeOnExit: request.removeOnExit ?? false,
            attached: request.attach,
            ttlSeconds: ttl, user: user, workspace: "/sandbox", policySource: request.policy, policyFile: request.policyFile,
            egressOptions: egressOptions)
        if let image = request.image {
            return try applyImage(image, to: spec, policy: policy, request: request)
        }
        return (spec, policy)
    }

    static func parsePolicy(_ source: String, fileName: String?) throws -> SandboxPolicy {
        let result = Result { () throws(PolicyError) -> SandboxPolicy in
            try PolicyLoader.parse(yaml: source, fileName: fileName ?? "policy.yaml")
        }
        switch result {
        case .success(let policy): return policy
        case .failure(let error): throw PaddockError(.invalidArgument, "invalid policy: \(error)")
        }
    }

    /// Starts the supervisor of a created or stopped sandbox and records it as running.
    func launch(_ record: SandboxRecord, spec: SandboxSpec, policy: SandboxPolicy, fresh: Bool) throws -> SandboxRecord {
        let directory = directory(of: record)
        if fresh {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o711])
        }
        let revision = try currentRevision(of: record)?.version ?? 0
        try writeEgress(record, policy: policy, revision: revision, spec: spec)
        let environment = spec.environment.merging(try placeholderEnvironment(of: record)) { _, placeholder in placeholder }
        let placement = cgroupVersion.map { CgroupPlacement(version: $0, path: "paddock/\(record.id)") }
        let hostImage = spec.image == nil
        if hostImage, policy.filesystemPolicy == SandboxPolicy.restrictiveDefault.filesystemPolicy {
            let missing = PolicyTranslation.missingDefaultPaths()
            if !missing.isEmpty {
                logger.debug(
                    "default policy paths missing on the host image; left out",
                    ["sandbox.id": record.id, "paths": missing.joined(separator: ",")])
            }
        }
        var configuration = SandboxConfiguration(
            id: record.id, name: record.name, directory: directory, user: spec.user, workspace: spec.workspace,
            environment: environment, limits: spec.limits,
            filesystem: PolicyTranslation.filesystemRules(for: policy, workspace: spec.workspace, hostImage: hostImage),
            maskedHostPaths: [stateDirectory], executablePath: executablePath, cgroup: placement)
        try configureImage(&configuration, spec: spec)
        if let placement {
            try CgroupManager(placement: placement).create(limits: spec.limits)
        }
        let started: SupervisorLauncher.Started
        do {
            started = try SupervisorLauncher.launch(configuration: configuration, executable: executablePath) { [self] status in
                // The reaper thread must not wait for a sandbox's lock, which a stop may hold.
                DispatchQueue.global().async { self.supervisorExited(id: record.id, status: status) }
            }
            try SupervisorLauncher.awaitReady(started, timeout: Self.readyTimeout)
        } catch {
            if let placement { try? CgroupManager(placement: placement).remove() }
            throw PaddockError(.internal, "sandbox '\(record.name)' failed to start: \((error as? PaddockError)?.message ?? "\(error)")", cause: nil)
        }
        var running = record
        running.phase = .running
        running.supervisorPID = started.pid
        running.supervisorStartTime = ProcessStartTime.of(started.pid)
        running.lastError = nil
        running = try store.updateSandbox(running)
        audit.lifecycle(running, "sandbox running", ["pid": String(started.pid)])
        confirmStartupEgress(running)
        return running
    }

    /// Removes the sandbox's directory and cgroup. Its mounts live only in the supervisor's mount
    /// namespace, which ends with the supervisor, so plain file removal is enough.
    func removeFiles(of record: SandboxRecord) throws {
        if let version = cgroupVersion {
            try? CgroupManager(placement: CgroupPlacement(version: version, path: "paddock/\(record.id)")).remove()
        }
        let directory = directory(of: record)
        if FileManager.default.fileExists(atPath: directory) {
            try FileManager.default.removeItem(atPath: directory)
        }
    }

    func generateName() throws -> String {
        let taken = Set(try store.listSandboxes().map(\.name))
        return try SandboxName.generate { taken.contains($0) }
    }

    static func randomHex(bytes count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
