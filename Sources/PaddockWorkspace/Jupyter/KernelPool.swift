import Foundation
import Glibc
import PaddockCore

/// Starts kernels for the Jupyter service and keeps one started kernel of the default spec
/// (`python3`) as a spare, so that a new session or a one-off call skips the one to two seconds of kernel start-up.
///
/// The spare is started after the first kernel is taken, not when the server starts, so a sandbox
/// that never runs Python pays nothing. It is shut down after `idleTimeout` seconds without a take.
final class KernelPool: @unchecked Sendable {
    private let context: WorkspaceContext
    /// The spec that spares are started from.
    private let spareSpec: KernelSpec
    private let keepsSpare: Bool
    private let idleTimeout: Double
    private let lock = NSLock()
    private var spare: KernelClient?
    private var spareStarting = false
    private var lastTake = Date()
    private var baseDirectory: String?

    init(context: WorkspaceContext, spareSpec: KernelSpec, keepsSpare: Bool, idleTimeout: Double) {
        self.context = context
        self.spareSpec = spareSpec
        self.keepsSpare = keepsSpare
        self.idleTimeout = idleTimeout
    }

    /// Returns a ready kernel of `spec` in the workspace directory: the spare when it fits, otherwise a new one.
    func take(_ spec: KernelSpec, for label: String) throws -> KernelClient {
        let claimed = lock.withLock { () -> KernelClient? in
            lastTake = Date()
            guard let kernel = spare, kernel.spec == spec, kernel.exitStatus == nil else { return nil }
            spare = nil
            return kernel
        }
        defer { replenish() }
        if let claimed {
            context.logger.info(
                "jupyter kernel taken from the spare", ["session": label, "pid": String(claimed.pid), "kernel": spec.name])
            return claimed
        }
        return try start(spec, for: label)
    }

    /// Starts a kernel of `spec` and logs its pid and start-up time.
    func start(_ spec: KernelSpec, for label: String) throws -> KernelClient {
        let begin = Date()
        let kernel = try KernelClient.start(
            spec: spec, base: try base(), environment: context.baseEnvironment, workingDirectory: context.workspace,
            logger: context.logger)
        context.logger.info(
            "jupyter kernel started",
            [
                "session": label, "pid": String(kernel.pid), "kernel": spec.name,
                "ms": String(Int(Date().timeIntervalSince(begin) * 1000)),
            ])
        return kernel
    }

    /// Stops `kernel` on a background thread, so the reply that used it need not wait.
    func retire(_ kernel: KernelClient) {
        Thread.detachNewThread { kernel.terminate() }
    }

    /// Stops the spare when no kernel was taken for `idleTimeout` seconds.
    func expireSpare(now: Date = Date()) {
        let idle = lock.withLock { () -> KernelClient? in
            guard now.timeIntervalSince(lastTake) > idleTimeout, let kernel = spare else { return nil }
            spare = nil
            return kernel
        }
        if let idle {
            context.logger.info("jupyter spare kernel expired", ["pid": String(idle.pid)])
            idle.terminate()
        }
    }

    /// Stops the spare now and removes the private directory; for server shutdown, after every
    /// session's kernel has stopped.
    func stop() {
        let (kernel, directory) = lock.withLock { () -> (KernelClient?, String?) in
            defer { spare = nil }
            return (spare, baseDirectory)
        }
        kernel?.terminate()
        if let directory { try? FileManager.default.removeItem(atPath: directory) }
    }

    /// Kills the spare and removes the private directory without waiting, for process exit.
    func killAtExit() {
        let (kernel, directory) = lock.withLock { (spare, baseDirectory) }
        kernel?.killGroup()
        if let directory { try? FileManager.default.removeItem(atPath: directory) }
    }

    /// The spare's pid, for tests and logs.
    var sparePID: Int32? { lock.withLock { spare?.pid } }

    private func replenish() {
        guard keepsSpare else { return }
        let shouldStart = lock.withLock { () -> Bool in
            guard spare == nil, !spareStarting else { return false }
            spareStarting = true
            return true
        }
        guard shouldStart else { return }
        Thread.detachNewThread { [self] in
            var kernel: KernelClient?
            do {
                kernel = try start(spareSpec, for: "spare")
            } catch {
                context.logger.warning(
                    "jupyter spare kernel failed to start", ["kernel": spareSpec.name, "error": "\(error)"])
            }
            lock.withLock {
                spare = kernel
                spareStarting = false
            }
        }
    }

    /// Returns the private directory (mode 0700) for all kernels of this server, created under the
    /// temporary directory on first use.
    private func base() throws -> String {
        try lock.withLock {
            if let baseDirectory { return baseDirectory }
            let parent = context.baseEnvironment["TMPDIR"] ?? "/tmp"
            var template = Array((parent + "/paddock-jupyter-XXXXXX").utf8CString)
            guard let made = mkdtemp(&template) else {
                throw OperationFailure(
                    "cannot create the Jupyter runtime directory under \(parent): \(String(cString: strerror(errno)))")
            }
            let path = String(cString: made)
            try writeStartupFile(under: path)
            baseDirectory = path
            return path
        }
    }

    /// An IPython start-up file that registers a PNG formatter for matplotlib figures by type name,
    /// so `display(fig)` returns `image/png` under any backend (Agg included) without importing
    /// matplotlib at kernel start.
    static let figureFormatter = """
        def _paddock_register_figure_png():
            ip = get_ipython()
            if ip is None:
                return
            def png(figure):
                from IPython.core.pylabtools import print_figure
                return print_figure(figure, "png", bbox_inches="tight")
            ip.display_formatter.formatters["image/png"].for_type_by_name("matplotlib.figure", "Figure", png)
        _paddock_register_figure_png()
        del _paddock_register_figure_png

        """

    /// The kernels' IPython configuration. History stays in memory: IPython otherwise writes every
    /// cell to an SQLite file, which costs about 2 ms per execution (measured with ipykernel 6.17).
    static let kernelConfiguration = """
        c.HistoryManager.hist_file = ":memory:"

        """

    private func writeStartupFile(under base: String) throws {
        let profile = base + "/ipython/profile_default"
        let directory = profile + "/startup"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Self.figureFormatter.write(toFile: directory + "/00-paddock-figures.py", atomically: true, encoding: .utf8)
            try Self.kernelConfiguration.write(
                toFile: profile + "/ipython_kernel_config.py", atomically: true, encoding: .utf8)
        } catch {
            throw OperationFailure("cannot write the IPython start-up file under \(directory): \(error)")
        }
    }
}
