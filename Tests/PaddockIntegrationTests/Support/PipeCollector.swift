import Foundation
import Glibc
import Synchronization

/// Reads one pipe to its end on a thread of its own and keeps every byte, so that a child that
/// writes more than the pipe buffer holds never blocks.
final class PipeCollector: Sendable {
    // The handle owns the descriptor and closes it when released, so it lives as long as the reader.
    private let handle: FileHandle
    private let bytes = Mutex(Data())
    private let finished = DispatchSemaphore(value: 0)

    /// Starts reading `handle`, the read end of a pipe whose write end the child holds.
    init(_ handle: FileHandle) {
        self.handle = handle
        let thread = Thread { [self] in
            readToEnd()
        }
        thread.start()
    }

    /// Returns what was read once the pipe reaches its end, or after `grace` seconds when a
    /// grandchild still holds the write end open.
    func collect(grace: Double) async -> Data {
        await BlockingCall.run { [self] in
            _ = finished.wait(timeout: .now() + grace)
            return bytes.withLock { $0 }
        }
    }

    private func readToEnd() {
        let descriptor = handle.fileDescriptor
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 && errno == EINTR {
                continue
            }
            guard count > 0 else { break }
            bytes.withLock { $0.append(contentsOf: buffer[0..<count]) }
        }
        finished.signal()
    }
}
