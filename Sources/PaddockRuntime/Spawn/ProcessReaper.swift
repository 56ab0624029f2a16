import Foundation
import Glibc
import Synchronization

/// Collects the exit status of child processes on one dedicated thread and hands each to the code
/// waiting for it.
///
/// As PID 1 of a sandbox the supervisor inherits every orphan in the sandbox, so the reaper waits for
/// any child (`waitpid(-1)`). Statuses of processes nobody registered are dropped.
public final class ProcessReaper: Sendable {
    public static let shared = ProcessReaper()

    private struct State {
        var waiters: [Int32: @Sendable (ExitStatus) -> Void] = [:]
        var started = false
    }

    private let state = Mutex(State())
    private let wakeup = DispatchSemaphore(value: 0)

    /// Spawns with `spawn` and registers `onExit` for the new pid before any exit can be collected.
    ///
    /// The registration happens under the same lock that delivery takes, so a child that exits at
    /// once is still delivered to `onExit`.
    public func spawn(
        _ spawn: () throws -> Int32, onExit: @escaping @Sendable (ExitStatus) -> Void
    ) rethrows -> Int32 {
        let pid: Int32 = try state.withLock { state in
            let pid = try spawn()
            state.waiters[pid] = onExit
            if !state.started {
                state.started = true
                startThread()
            }
            return pid
        }
        wakeup.signal()
        return pid
    }

    /// Spawns and blocks until the process exits.
    public func spawnAndWait(_ spawn: () throws -> Int32) rethrows -> (pid: Int32, status: ExitStatus) {
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<ExitStatus?>(nil)
        let pid = try self.spawn(spawn) { status in
            result.withLock { $0 = status }
            done.signal()
        }
        done.wait()
        return (pid, result.withLock { $0 ?? .exited(-1) })
    }

    private func startThread() {
        let thread = Thread { [self] in self.loop() }
        thread.name = "paddock-reaper"
        thread.start()
    }

    private func loop() {
        while true {
            var status: Int32 = 0
            let pid = waitpid(-1, &status, 0)
            if pid > 0 {
                deliver(pid: pid, status: ExitStatus(waitStatus: status))
                continue
            }
            if errno == EINTR { continue }
            // ECHILD: nothing to wait for until the next spawn.
            _ = wakeup.wait(timeout: .now() + 1)
        }
    }

    private func deliver(pid: Int32, status: ExitStatus) {
        // Taking the lock waits out a spawn in progress, whose registration may be for this pid.
        let waiter = state.withLock { $0.waiters.removeValue(forKey: pid) }
        waiter?(status)
    }
}
