import Foundation

/// An append-only byte stream captured from a process, addressed by absolute byte offsets.
///
/// Only the first `headBytes` and the newest `retainedBytes` are kept, so a command that prints
/// gigabytes cannot exhaust memory. Offsets keep counting from the start of the stream, and a read
/// below the oldest kept byte starts at that byte. Readers can block until the stream grows or ends.
final class ByteLog: @unchecked Sendable {
    static let defaultRetainedBytes = 32 * 1024 * 1024
    /// The start of the stream kept for replies that show the head and the tail of long output.
    static let headBytes = 1024 * 1024

    private let condition = NSCondition()
    private var storage: [UInt8] = []
    private var head: [UInt8] = []
    /// The absolute offset of `storage[0]`.
    private var base = 0
    private var closed = false
    private var lastChange = Date()
    let retainedBytes: Int

    init(retainedBytes: Int = ByteLog.defaultRetainedBytes) {
        self.retainedBytes = retainedBytes
    }

    /// The total count of bytes appended so far.
    var length: Int {
        condition.lock()
        defer { condition.unlock() }
        return base + storage.count
    }

    /// When bytes were last appended, or the log was created.
    var lastChangeDate: Date {
        condition.lock()
        defer { condition.unlock() }
        return lastChange
    }

    var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        condition.lock()
        if head.count < Self.headBytes { head.append(contentsOf: bytes.prefix(Self.headBytes - head.count)) }
        storage.append(contentsOf: bytes)
        if storage.count > retainedBytes + retainedBytes / 4 {
            let drop = storage.count - retainedBytes
            storage.removeFirst(drop)
            base += drop
        }
        lastChange = Date()
        condition.broadcast()
        condition.unlock()
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }

    /// Marks the end of the stream and wakes every waiting reader.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Returns the bytes from `offset` to the end, and the offset where they start.
    func read(from offset: Int) -> (bytes: [UInt8], start: Int) {
        condition.lock()
        defer { condition.unlock() }
        return slice(from: offset)
    }

    private func slice(from offset: Int) -> (bytes: [UInt8], start: Int) {
        let start = min(max(offset, base), base + storage.count)
        return (Array(storage[(start - base)...]), start)
    }

    /// Returns at most `maxBytes` from the start of the stream and at most `maxBytes` from its end,
    /// and the stream's length. The two overlap when the stream is short.
    func edges(maxBytes: Int) -> (head: [UInt8], tail: [UInt8], length: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (Array(head.prefix(maxBytes)), Array(storage.suffix(maxBytes)), base + storage.count)
    }

    /// Blocks until the log holds bytes past `offset`, is closed, or `deadline` passes.
    ///
    /// - Returns: whether bytes past `offset` exist.
    @discardableResult
    func wait(beyond offset: Int, until deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while base + storage.count <= offset && !closed {
            if !condition.wait(until: deadline) { break }
        }
        return base + storage.count > offset
    }

    /// Blocks until the log is closed or `deadline` passes; returns whether it is closed.
    func waitForClose(until deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !closed {
            if !condition.wait(until: deadline) { break }
        }
        return closed
    }
}
