import Foundation
import Synchronization

/// A move of the calling process into its cgroup that runs on a thread of its own.
///
/// On cgroup v1 the first write to `cgroup.procs` after a quiet spell waits for an RCU grace
/// period (the kernel switches its thread-group lock to writer mode), while the CPU stays idle:
/// 11 ms median on a 2-core Debian 12 host with kernel 6.18 (bench/runtime_bench/profile.py).
/// The supervisor builds the sandbox's root filesystem meanwhile and calls `wait()` before
/// anything that needs the cgroup: the cgroup namespace and the first sandbox process. Writing "0" moves every thread of the process, so the helper thread may do it.
public final class CgroupJoin: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Result<Void, any Error>?>(nil)

    /// Starts moving the calling process into `manager`'s cgroup.
    public init(manager: CgroupManager) {
        let thread = Thread { [self] in
            let result = Result { try manager.joinSelf() }
            outcome.withLock { $0 = result }
            finished.signal()
        }
        thread.name = "paddock-cgroup-join"
        thread.start()
    }

    /// Blocks until the process is in the cgroup, and throws the error of the move if it failed.
    public func wait() throws {
        finished.wait()
        // Later calls must not block, so the semaphore stays signalled.
        finished.signal()
        try outcome.withLock { $0 }?.get()
    }
}
