@preconcurrency import Glibc
import PaddockCore

/// Copies bytes both ways between two connections until both directions have ended, on the calling
/// thread.
///
/// When one side reaches end of stream, the other side's writing direction is shut down, so a
/// half-closed conversation (a request followed by shutdown, then the reply) passes through intact.
/// A reset or other error on either side ends both directions. Buffered bytes of each connection
/// (leftovers from the HTTP layer) are forwarded first. Neither connection is closed here.
public func splice(_ a: RawConnection, _ b: RawConnection) {
    var forward = SpliceDirection(from: a, to: b)
    var backward = SpliceDirection(from: b, to: a)
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

    init(from: RawConnection, to: RawConnection) {
        self.from = from
        self.to = to
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
