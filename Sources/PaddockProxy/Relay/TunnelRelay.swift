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
        makeBlocking(client)
        makeBlocking(upstream)
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
    ///
    /// The relay threads wait inside splice(2) on blocking descriptors, which costs fewer system
    /// calls than polling; `shutdown` from another thread still wakes them.
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
            let moved = csh_splice_blocking(source.descriptor, pipe[1], Int(pipeSize))
            if moved > 0 {
                guard drain(pipe[0], count: moved, to: destination) else { return fail(source, destination) }
            } else if moved == 0 {
                destination.shutdown(.write)
                return
            } else if errno != EINTR {
                return fail(source, destination)
            }
        }
    }

    /// Moves `count` bytes from the pipe to `destination`; false on error.
    private static func drain(_ pipe: Int32, count: Int, to destination: Socket) -> Bool {
        var remaining = count
        while remaining > 0 {
            let moved = csh_splice_blocking(pipe, destination.descriptor, remaining)
            if moved > 0 {
                remaining -= moved
            } else if !(moved < 0 && errno == EINTR) {
                return false
            }
        }
        return true
    }

    /// Switches `socket` to blocking mode for the relay threads.
    private static func makeBlocking(_ socket: Socket) {
        let flags = fcntl(socket.descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(socket.descriptor, F_SETFL, flags & ~O_NONBLOCK) }
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
