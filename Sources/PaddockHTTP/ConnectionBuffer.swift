/// The read buffer of one connection: bytes received but not yet consumed by a parser.
struct ConnectionBuffer {
    private(set) var storage: [UInt8]
    private(set) var start = 0
    private(set) var end = 0

    init(capacity: Int = 64 * 1024) {
        storage = [UInt8](repeating: 0, count: capacity)
    }

    var isEmpty: Bool { start == end }
    var count: Int { end - start }

    /// Marks `count` bytes as consumed.
    mutating func consume(_ count: Int) {
        start += count
        if start == end {
            start = 0
            end = 0
        }
    }

    /// Calls `body` with the unconsumed bytes, at most `limit` of them.
    func withUnconsumed<T>(limit: Int = .max, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try storage.withUnsafeBytes { raw in
            try body(UnsafeRawBufferPointer(rebasing: raw[start..<(start + min(limit, end - start))]))
        }
    }

    /// Returns the unconsumed bytes and empties the buffer.
    mutating func takeAll() -> [UInt8] {
        defer { consume(count) }
        return Array(storage[start..<end])
    }

    /// Reads from `socket` into the free space; returns false at end of stream.
    mutating func fill(from socket: Socket, timeout: Duration?) throws -> Bool {
        if end == storage.count && start > 0 {
            storage.withUnsafeMutableBytes { raw in
                raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[start..<end]))
            }
            end -= start
            start = 0
        }
        // The parsers consume what they are given, so a full buffer is not expected. Grow it anyway,
        // because a zero-length read would look like the end of the stream.
        if end == storage.count { storage.append(contentsOf: [UInt8](repeating: 0, count: storage.count)) }
        let received = try storage.withUnsafeMutableBytes { raw in
            try socket.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[end...]), timeout: timeout)
        }
        end += received
        return received > 0
    }
}
