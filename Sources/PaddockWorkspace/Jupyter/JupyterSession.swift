import Foundation

/// A named session: one kernel whose state lasts across execute requests.
///
/// `runLock` serializes the session's executions and the replacement of a dead kernel.
final class JupyterSession: @unchecked Sendable {
    let id: String
    let kernelName: String
    let createdAt = Date()
    let runLock = NSLock()
    private let stateLock = NSLock()
    private var usedAt = Date()
    private var running = false
    private var currentKernel: KernelClient
    /// The reason to replace the kernel before the next execution, or nil.
    private var replacementReason: String?

    init(id: String, kernelName: String, kernel: KernelClient) {
        self.id = id
        self.kernelName = kernelName
        self.currentKernel = kernel
    }

    var kernel: KernelClient {
        get { stateLock.withLock { currentKernel } }
        set { stateLock.withLock { currentKernel = newValue } }
    }

    var lastUsed: Date { stateLock.withLock { usedAt } }
    var isRunning: Bool { stateLock.withLock { running } }

    func begin() { stateLock.withLock { running = true; usedAt = Date() } }
    func end() { stateLock.withLock { running = false; usedAt = Date() } }

    /// Marks the kernel for replacement, for one that ignored an interrupt and was stopped.
    func requireReplacement(_ reason: String) { stateLock.withLock { replacementReason = reason } }

    /// Returns why the kernel must be replaced: it exited, or was marked; nil while it is usable.
    func takeReplacementReason() -> String? {
        stateLock.withLock {
            if let reason = replacementReason {
                replacementReason = nil
                return reason
            }
            if let exit = currentKernel.exitStatus { return "its previous kernel process ended (\(exit))" }
            return nil
        }
    }

    /// The session as `GET /v1/jupyter/sessions` lists it.
    var info: JSONValue {
        [
            "kernel_name": .string(kernelName), "last_used": .double(lastUsed.timeIntervalSince1970),
            "age_seconds": .int(Int(Date().timeIntervalSince(createdAt))), "pid": .int(Int(kernel.pid)),
        ]
    }
}
