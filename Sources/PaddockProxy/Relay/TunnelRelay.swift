@preconcurrency import Glibc
import CShim
import Foundation
import PaddockHTTP

/// Copies bytes both ways between the client and the upstream of an L4 tunnel with splice(2), so
/// the payload moves through a kernel pipe without being copied into the proxy's memory.
///
/// Each direction runs on its own thread. End of stream on one side shuts down the other side's
/// writing direction, so half-closed conversations pass intact. An error on either direction
/// shuts down both sockets, which also ends the other direction.
enum TunnelRelay {
    /// The pipe buffer requested per direction; the kernel caps it at fs.pipe-max-size.
    static let pipeSize: Int32 = 1 << 20

    /// Relays until both directions end. `leftover` contains client bytes already read past the
    /// CONNECT head, which go to the upstream first.
    static func run(client: Socket, upstream: Socket, leftover: [UInt8]) {
        if !leftover.isEmpty {
            guard (try? upstream.writeAll(leftover, timeout: .seconds(30))) != nil else { return }
        }
        let done = DispatchSemaphore(value: 0)
        let finished = Thread {
            pump(from: upstream, to: client)
            done.signal()
        }
        finished.stackSize = 256 * 1024
        finished.start()
        pump(from: client, to: upstream)
        done.wait()
    }

    /// Moves bytes from `source` to `destination` until end of stream or an error.
    private static func pump(from source: Socket, to destination: Socket) {
        var pipe: [Int32] = [-1, -1]
        guard csh_pipe_sized(&pipe, pipeSize) == 0 else {
            copy(from: source, to: destination)
            return
        }
        defer {
            close(pipe[0])
            close(pipe[1])
        }
        while true {
            let moved = csh_splice(source.descriptor, pipe[1], Int(pipeSize))
            if moved > 0 {
                guard drain(pipe[0], count: moved, to: destination) else { return fail(source, destination) }
                continue
            }
            if moved == 0 {
                destination.shutdown(.write)
                return
            }
            switch errno {
            case EINTR: continue
            case EAGAIN:
                guard wait(source.descriptor, for: POLLIN) else { return fail(source, destination) }
            default: return fail(source, destination)
            }
        }
    }

    /// Moves `count` bytes from the pipe to `destination`; false on error.
    private static func drain(_ pipe: Int32, count: Int, to destination: Socket) -> Bool {
        var remaining = count
        while remaining > 0 {
            let moved = csh_splice(pipe, destination.descriptor, remaining)
            if moved > 0 {
                remaining -= moved
            } else if moved < 0 && errno == EAGAIN {
                guard wait(destination.descriptor, for: POLLOUT) else { return false }
            } else if !(moved < 0 && errno == EINTR) {
                return false
            }
        }
        return true
    }

    /// Waits until `descriptor` is ready; false when it reports an error or hang-up only.
    private static func wait(_ descriptor: Int32, for event: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(event), revents: 0)
        while poll(&entry, 1, -1) < 0 {
            guard errno == EINTR else { return false }
        }
        return entry.revents & Int16(event) != 0 || entry.revents & Int16(POLLHUP) != 0
    }

    /// Copies with read and write, for when no pipe can be made (descriptors exhausted).
    private static func copy(from source: Socket, to destination: Socket) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            guard let count = try? buffer.withUnsafeMutableBytes({ try source.read(into: $0) }) else {
                return fail(source, destination)
            }
            if count == 0 {
                destination.shutdown(.write)
                return
            }
            guard (try? buffer.withUnsafeBytes({ try destination.writeAll(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }))
                != nil
            else { return fail(source, destination) }
        }
    }

    private static func fail(_ source: Socket, _ destination: Socket) {
        source.shutdown()
        destination.shutdown()
    }
}
