import CZMQ
import Glibc

/// A failed libzmq call, with the errno that libzmq reported.
struct ZMQError: Error, CustomStringConvertible {
    let call: String
    let errno: Int32

    static func last(_ call: String) -> ZMQError { ZMQError(call: call, errno: zmq_errno()) }

    var description: String { "\(call) failed: \(String(cString: zmq_strerror(errno)))" }
}

/// The process's one ZeroMQ context. A context owns libzmq's I/O thread, which all sockets share.
enum ZMQContext {
    nonisolated(unsafe) static let shared: UnsafeMutableRawPointer = {
        guard let context = zmq_ctx_new() else { fatalError("zmq_ctx_new failed: \(ZMQError.last("zmq_ctx_new"))") }
        return context
    }()
}

/// One ZeroMQ socket. libzmq sockets are not thread-safe, so the owner serializes every call,
/// which `KernelClient` does by using its sockets only under its lock.
final class ZMQSocket: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer
    private var closed = false

    /// Creates a socket of `type` (`ZMQ_DEALER`, `ZMQ_SUB`, ...) whose close drops unsent messages.
    init(type: Int32) throws {
        guard let socket = zmq_socket(ZMQContext.shared, type) else { throw ZMQError.last("zmq_socket") }
        handle = socket
        try setOption(ZMQ_LINGER, 0)
    }

    deinit { close() }

    func setOption(_ option: Int32, _ value: Int32) throws {
        var number = value
        guard zmq_setsockopt(handle, option, &number, MemoryLayout<Int32>.size) == 0 else {
            throw ZMQError.last("zmq_setsockopt")
        }
    }

    func setOption(_ option: Int32, bytes: [UInt8]) throws {
        let result = bytes.withUnsafeBytes { zmq_setsockopt(handle, option, $0.baseAddress, $0.count) }
        guard result == 0 else { throw ZMQError.last("zmq_setsockopt") }
    }

    func connect(_ endpoint: String) throws {
        guard zmq_connect(handle, endpoint) == 0 else { throw ZMQError.last("zmq_connect \(endpoint)") }
    }

    /// Sends `frames` as one multipart message.
    func send(_ frames: [[UInt8]]) throws {
        for (index, frame) in frames.enumerated() {
            let flags = index < frames.count - 1 ? ZMQ_SNDMORE : 0
            while true {
                let sent = frame.withUnsafeBytes { zmq_send(handle, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1), $0.count, flags) }
                if sent >= 0 { break }
                if zmq_errno() != EINTR { throw ZMQError.last("zmq_send") }
            }
        }
    }

    /// Receives one multipart message without blocking; returns nil when none is waiting.
    ///
    /// `observe` sees each frame's whole bytes, with its index, before the frame is copied; frames
    /// longer than `maxFrameBytes` are copied only up to that length.
    func receive(
        maxFrameBytes: Int = .max, observe: ((Int, UnsafeRawBufferPointer) -> Void)? = nil
    ) throws -> [[UInt8]]? {
        var frames: [[UInt8]] = []
        var message = zmq_msg_t()
        zmq_msg_init(&message)
        defer { zmq_msg_close(&message) }
        while true {
            let flags = frames.isEmpty ? ZMQ_DONTWAIT : 0
            if zmq_msg_recv(&message, handle, flags) < 0 {
                let error = zmq_errno()
                if error == EINTR { continue }
                if error == EAGAIN && frames.isEmpty { return nil }
                throw ZMQError.last("zmq_msg_recv")
            }
            let count = zmq_msg_size(&message)
            if let data = zmq_msg_data(&message), count > 0 {
                let whole = UnsafeRawBufferPointer(start: data, count: count)
                observe?(frames.count, whole)
                frames.append(Array(whole.prefix(maxFrameBytes)))
            } else {
                observe?(frames.count, UnsafeRawBufferPointer(start: nil, count: 0))
                frames.append([])
            }
            if zmq_msg_more(&message) == 0 { return frames }
        }
    }

    func close() {
        guard !closed else { return }
        closed = true
        zmq_close(handle)
    }

    /// Waits up to `milliseconds` until one of `sockets` has a message to read; returns which ones do.
    static func poll(_ sockets: [ZMQSocket], milliseconds: Int) throws -> [Bool] {
        var items = sockets.map { zmq_pollitem_t(socket: $0.handle, fd: -1, events: Int16(ZMQ_POLLIN), revents: 0) }
        while true {
            let count = zmq_poll(&items, Int32(items.count), milliseconds)
            if count >= 0 { break }
            if zmq_errno() != EINTR { throw ZMQError.last("zmq_poll") }
        }
        return items.map { $0.revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
