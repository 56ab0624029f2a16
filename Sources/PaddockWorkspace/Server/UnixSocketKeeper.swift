import Foundation
import Glibc
import PaddockCore
import PaddockHTTP

/// A server on one Unix socket that comes back when its socket file goes away.
///
/// Sandbox processes can write the directory of the workspace server's socket, so one may delete
/// or replace the file, which leaves the gateway unable to connect. A thread checks every
/// `interval` seconds that the path still names the socket this server bound, and otherwise
/// serves a new socket there, keeping the server's sessions. Connections made through the old
/// socket are closed.
final class UnixSocketKeeper: @unchecked Sendable {
    let path: String
    private let makeServer: @Sendable () -> HTTPServer
    private let logger: Logger
    private let interval: Double
    private let condition = NSCondition()
    private var server: HTTPServer?
    private var file: (device: UInt64, inode: UInt64)?
    private var stopped = false
    private var lastFailure: String?

    static let defaultInterval = 2.0

    /// Creates a keeper of `path`. `makeServer` returns a new, unstarted server listening on it.
    init(path: String, interval: Double = UnixSocketKeeper.defaultInterval, logger: Logger,
         makeServer: @escaping @Sendable () -> HTTPServer) {
        self.path = path
        self.interval = interval
        self.logger = logger
        self.makeServer = makeServer
    }

    /// Starts the server and the thread that checks its socket file.
    ///
    /// - Throws: the server's start error.
    func start() throws {
        try serve()
        let thread = Thread { [self] in watch() }
        thread.name = "workspace-socket-watch"
        thread.start()
    }

    /// Stops the checks and the server.
    func stop() {
        let current = condition.withLock { () -> HTTPServer? in
            stopped = true
            condition.broadcast()
            return server
        }
        current?.stop()
    }

    /// Whether `path` still names the socket file that the current server bound.
    var isInPlace: Bool {
        guard let file = condition.withLock({ file }) else { return false }
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        return UInt64(status.st_dev) == file.device && UInt64(status.st_ino) == file.inode
    }

    /// Checks the socket file once and serves a new socket when it is gone or replaced.
    func check() {
        guard !condition.withLock({ stopped }), !isInPlace else { return }
        if lastFailure == nil {
            logger.warning("workspace socket was removed or replaced; listening on a new one", ["path": path])
        }
        let old = condition.withLock { server }
        old?.stop()
        do {
            try serve()
            logger.info("workspace socket restored", ["path": path])
            lastFailure = nil
        } catch {
            let failure = "\(error)"
            // Logged once per kind of failure, because the check repeats every few seconds.
            if failure != lastFailure {
                logger.error("cannot listen on the workspace socket; retrying", ["path": path, "error": failure])
            }
            lastFailure = failure
        }
    }

    private func serve() throws {
        let next = makeServer()
        try next.start()
        var status = stat()
        let bound = lstat(path, &status) == 0 ? (UInt64(status.st_dev), UInt64(status.st_ino)) : nil
        condition.withLock {
            server = next
            file = bound.map { (device: $0.0, inode: $0.1) }
        }
    }

    private func watch() {
        while true {
            let done = condition.withLock { () -> Bool in
                if !stopped { _ = condition.wait(until: Date().addingTimeInterval(interval)) }
                return stopped
            }
            if done { return }
            check()
        }
    }
}
