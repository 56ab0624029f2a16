import Foundation

/// An append-only byte stream captured from a process, addressed by absolute byte offsets.
///
/// Only a head of `headBytes` and the newest `retainedBytes` are kept, so a command that prints
/// gigabytes cannot exhaust memory. The head is the start of the stream, or the bytes from the last
/// `startHead()`. Offsets keep counting from the start of the stream, and a read below the oldest
/// kept byte starts at that byte. Readers can block until the stream grows or ends.
final class ByteLog: @unchecked Sendable {
    static let defaultRetainedBytes = 32 * 1024 * 1024
    /// The head kept by default for replies that show the head and the tail of long output.
    static let defaultHeadBytes = 1024 * 1024

    private let condition = NSCondition()
    private var storage: [UInt8] = []
    private var head: [UInt8] = []
    /// The absolute offset of `head[0]`.
    private var headStart = 0
    /// The absolute offset of `storage[0]`.
    private var base = 0
    private var closed = false
    private var lastChange = Date()
    let retainedBytes: Int
    let headBytes: Int

    init(retainedBytes: Int = ByteLog.defaultRetainedBytes, headBytes: Int = ByteLog.defaultHeadBytes) {
        self.retainedBytes = retainedBytes
        self.headBytes = headBytes
    }

    /// The total count of bytes appended so far.
    var length: Int {
        condition.lock()
        defer { condition.unlock() }
        return base + storage.count
    }

    /// The offset of the oldest byte kept of the newest ones: below it only the head is kept.
    var oldestRetainedOffset: Int {
        condition.lock()
        defer { condition.unlock() }
        return base
    }

    /// Starts keeping a new head at the current end of the stream and returns that offset, so the
    /// start of what follows survives after the newest bytes have moved past it.
    func startHead() -> Int {
        condition.lock()
        defer { condition.unlock() }
        headStart = base + storage.count
        head.removeAll(keepingCapacity: true)
        return headStart
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
        if head.count < headBytes { head.append(contentsOf: bytes.prefix(headBytes - head.count)) }
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

    /// Returns the kept bytes from `offset` up to `end`, and the offset where they start. Below the
    /// newest bytes they come from the head, up to its end, when the head contains `offset`.
    /// Otherwise they start at the first kept byte at or after `offset`.
    func read(from offset: Int, upTo end: Int) -> (bytes: [UInt8], start: Int) {
        condition.lock()
        defer { condition.unlock() }
        let headEnd = headStart + head.count
        if offset < base, offset >= headStart, offset < headEnd {
            let upper = max(offset, min(end, headEnd))
            return (Array(head[(offset - headStart)..<(upper - headStart)]), offset)
        }
        let start = min(max(offset, base), base + storage.count)
        let upper = max(start, min(end, base + storage.count))
        return (Array(storage[(start - base)..<(upper - base)]), start)
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
