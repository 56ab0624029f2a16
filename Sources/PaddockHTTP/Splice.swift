import Foundation
@preconcurrency import Glibc
import PaddockCore

/// Copies bytes both ways between two connections until both directions have ended, on the calling
/// thread and one more.
///
/// Each direction has its own thread with blocking writes, so a destination that stops reading
/// stalls only its own direction. A relay that served both directions from one thread would
/// deadlock on a peer like `cat`, which reads its input only while its output is being read.
/// When one side reaches end of stream, the other side's writing direction is shut down, so a
/// half-closed conversation (a request followed by shutdown, then the reply) passes through intact.
/// A reset or other error on either side ends both directions. Buffered bytes of each connection
/// (leftovers from the HTTP layer) are forwarded first. Neither connection is closed here.
///
/// `beforeEndingA` runs once, when `b` reaches end of stream or either side fails, before `a`'s
/// writing side is shut down, so that the caller can send `a` a last message such as a close frame.
public func splice(_ a: RawConnection, _ b: RawConnection, beforeEndingA: (() -> Void)? = nil) {
    let endHook = SpliceEndHook(beforeEndingA)
    let backwardDone = DispatchSemaphore(value: 0)
    let backwardThread = Thread {
        SpliceDirection(from: b, to: a, endHook: endHook, runsHookAtEnd: true).run()
        backwardDone.signal()
    }
    backwardThread.name = "paddock-splice"
    backwardThread.start()
    SpliceDirection(from: a, to: b, endHook: endHook, runsHookAtEnd: false).run()
    backwardDone.wait()
}

/// The caller's last-message hook, shared by both directions and run at most once.
private final class SpliceEndHook: @unchecked Sendable {
    private let lock = NSLock()
    private var hook: (() -> Void)?

    init(_ hook: (() -> Void)?) {
        self.hook = hook
    }

    func run() {
        lock.lock()
        let pending = hook
        hook = nil
        lock.unlock()
        pending?()
    }
}

/// One direction of a splice.
private struct SpliceDirection {
    let from: RawConnection
    let to: RawConnection
    let endHook: SpliceEndHook
    /// True for the direction towards `a`, whose end of stream runs the hook before the shutdown.
    let runsHookAtEnd: Bool

    /// Copies until `from` ends or either side fails. At end of stream it shuts down the writing
    /// side of `to`. On an error it runs the end hook and shuts down both connections, which wakes
    /// the other direction.
    func run() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        do {
            let leftover = from.takeLeftover()
            if !leftover.isEmpty { try to.writeAll(leftover) }
            while true {
                let count = try buffer.withUnsafeMutableBytes { try from.socket.read(into: $0) }
                guard count > 0 else {
                    if runsHookAtEnd { endHook.run() }
                    to.shutdown(.write)
                    return
                }
                try buffer.withUnsafeBytes { try to.writeAll(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            }
        } catch {
            endHook.run()
            from.shutdown()
            to.shutdown()
        }
    }
}
