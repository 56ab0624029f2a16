import CShim
import Foundation
import Glibc
import Synchronization

/// Collects the exit status of child processes on one dedicated thread and hands each to the code
/// waiting for it.
///
/// As PID 1 of a sandbox the supervisor inherits every orphan in the sandbox, so there the reaper
/// waits for any child (`waitpid(-1)`) and drops the statuses of unregistered processes. Any
/// other process (the gateway, the workspace server, a test runner) may also start children some
/// other way, such as Foundation's `Process`, whose statuses a `waitpid(-1)` would steal. There the
/// reaper polls a pidfd of each child it started and reaps only those.
public final class ProcessReaper: Sendable {
    public static let shared = ProcessReaper()

    private struct Waiter {
        let onExit: @Sendable (ExitStatus) -> Void
        /// The child's pidfd, or -1 in PID 1, which needs none.
        let descriptor: Int32
    }

    private struct State {
        var waiters: [Int32: Waiter] = [:]
        var started = false
    }

    private let state = Mutex(State())
    private let reapsEveryChild: Bool
    /// Wakes the pidfd loop when a child is added. Its read end is the first polled descriptor.
    private let wakeup: (read: Int32, write: Int32)
    /// Wakes the PID 1 loop, which sleeps while it has no child.
    private let childAdded = DispatchSemaphore(value: 0)

    init(reapsEveryChild: Bool = getpid() == 1) {
        self.reapsEveryChild = reapsEveryChild
        var ends: [Int32] = [-1, -1]
        if !reapsEveryChild {
            guard pipe(&ends) == 0 else {
                fatalError("cannot create the process reaper's wake-up pipe: \(String(cString: strerror(errno)))")
            }
            for end in ends {
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            }
        }
        wakeup = (ends[0], ends[1])
    }

    /// Spawns with `spawn` and registers `onExit` for the new pid before any exit can be collected.
    ///
    /// The registration happens under the same lock that delivery takes, so a child that exits at
    /// once is still delivered to `onExit`.
    public func spawn(
        _ spawn: () throws -> Int32, onExit: @escaping @Sendable (ExitStatus) -> Void
    ) rethrows -> Int32 {
        let pid: Int32 = try state.withLock { state in
            let pid = try spawn()
            let descriptor = reapsEveryChild ? -1 : csh_pidfd_open(pid)
            if !reapsEveryChild && descriptor < 0 {
                // No pidfd (a kernel before 5.3): a thread of its own waits for this one child.
                waitOnThread(pid, onExit)
                return pid
            }
            state.waiters[pid] = Waiter(onExit: onExit, descriptor: descriptor)
            if !state.started {
                state.started = true
                startThread()
            }
            return pid
        }
        if reapsEveryChild {
            childAdded.signal()
        } else {
            var byte: UInt8 = 1
            _ = write(wakeup.write, &byte, 1)
        }
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
        let thread = Thread { [self] in
            if reapsEveryChild { reapEveryChild() } else { reapRegisteredChildren() }
        }
        thread.name = "paddock-reaper"
        thread.start()
    }

    private func reapEveryChild() {
        while true {
            var status: Int32 = 0
            let pid = waitpid(-1, &status, 0)
            if pid > 0 {
                deliver(pid: pid, status: ExitStatus(waitStatus: status))
                continue
            }
            if errno == EINTR { continue }
            // ECHILD: nothing to wait for until the next spawn.
            _ = childAdded.wait(timeout: .now() + 1)
        }
    }

    private func reapRegisteredChildren() {
        while true {
            let children = state.withLock { $0.waiters.map { (pid: $0.key, descriptor: $0.value.descriptor) } }
            var descriptors = [pollfd(fd: wakeup.read, events: Int16(POLLIN), revents: 0)]
            descriptors += children.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
            if poll(&descriptors, nfds_t(descriptors.count), -1) < 0 {
                if errno != EINTR { usleep(10_000) }
                continue
            }
            if descriptors[0].revents != 0 { drainWakeup() }
            for (index, child) in children.enumerated() where descriptors[index + 1].revents != 0 {
                var status: Int32 = 0
                let reaped = waitpid(child.pid, &status, WNOHANG)
                if reaped == child.pid {
                    deliver(pid: child.pid, status: ExitStatus(waitStatus: status))
                } else if reaped < 0 && errno == ECHILD {
                    // Other code in this process reaped it first, so its status is lost.
                    deliver(pid: child.pid, status: .exited(-1))
                }
            }
        }
    }

    private func drainWakeup() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeup.read, &buffer, buffer.count) > 0 {}
    }

    private func waitOnThread(_ pid: Int32, _ onExit: @escaping @Sendable (ExitStatus) -> Void) {
        let thread = Thread {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 {
                if errno != EINTR {
                    onExit(.exited(-1))
                    return
                }
            }
            onExit(ExitStatus(waitStatus: status))
        }
        thread.name = "paddock-reaper-\(pid)"
        thread.start()
    }

    private func deliver(pid: Int32, status: ExitStatus) {
        // Taking the lock waits out a spawn in progress, whose registration may be for this pid.
        let waiter = state.withLock { $0.waiters.removeValue(forKey: pid) }
        if let waiter, waiter.descriptor >= 0 { close(waiter.descriptor) }
        waiter?.onExit(status)
    }
}
