@preconcurrency import Glibc
import PaddockCore

/// Copies bytes both ways between two connections until both directions have ended, on the calling
/// thread.
///
/// When one side reaches end of stream, the other side's writing direction is shut down, so a
/// half-closed conversation (a request followed by shutdown, then the reply) passes through intact.
/// A reset or other error on either side ends both directions. Buffered bytes of each connection
/// (leftovers from the HTTP layer) are forwarded first. Neither connection is closed here.
///
/// `beforeEndingA` runs once, when `b` reaches end of stream or either side fails, before `a`'s
/// writing side is shut down, so that the caller can send `a` a last message such as a close frame.
public func splice(_ a: RawConnection, _ b: RawConnection, beforeEndingA: (() -> Void)? = nil) {
    var forward = SpliceDirection(from: a, to: b)
    var backward = SpliceDirection(from: b, to: a, beforeEnd: beforeEndingA)
    forward.flushLeftover()
    backward.flushLeftover()

    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while forward.isOpen || backward.isOpen {
        var descriptors = [
            pollfd(fd: forward.isOpen ? a.socket.descriptor : -1, events: Int16(POLLIN), revents: 0),
            pollfd(fd: backward.isOpen ? b.socket.descriptor : -1, events: Int16(POLLIN), revents: 0),
        ]
        guard (try? systemCall("poll", { poll(&descriptors, 2, -1) })) != nil else { break }
        if descriptors[0].revents != 0 { forward.pump(&buffer) }
        if descriptors[1].revents != 0 { backward.pump(&buffer) }
        if forward.failed || backward.failed {
            backward.runBeforeEnd()
            a.shutdown()
            b.shutdown()
            return
        }
    }
}

/// One direction of a splice.
private struct SpliceDirection {
    let from: RawConnection
    let to: RawConnection
    private(set) var isOpen = true
    private(set) var failed = false
    private var beforeEnd: (() -> Void)?

    init(from: RawConnection, to: RawConnection, beforeEnd: (() -> Void)? = nil) {
        self.from = from
        self.to = to
        self.beforeEnd = beforeEnd
    }

    /// Runs the end hook of this direction, at most once.
    mutating func runBeforeEnd() {
        let hook = beforeEnd
        beforeEnd = nil
        hook?()
    }

    mutating func flushLeftover() {
        let leftover = from.takeLeftover()
        guard !leftover.isEmpty else { return }
        do {
            try to.writeAll(leftover)
        } catch {
            failed = true
            isOpen = false
        }
    }

    /// Moves one read's worth of bytes; on end of stream shuts down the destination's writing side.
    mutating func pump(_ buffer: inout [UInt8]) {
        do {
            let count = try buffer.withUnsafeMutableBytes { try from.socket.read(into: $0, timeout: .zero) }
            guard count > 0 else {
                isOpen = false
                runBeforeEnd()
                to.shutdown(.write)
                return
            }
            try buffer.withUnsafeBytes { try to.writeAll(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        } catch is SocketTimeoutError {
            return
        } catch {
            failed = true
            isOpen = false
        }
    }
}
