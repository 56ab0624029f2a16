@preconcurrency import Glibc
import PaddockCore

/// Sends and receives one file descriptor over a connected Unix-domain socket (SCM_RIGHTS).
///
/// Swift cannot import the CMSG_* macros, so the control message is laid out here by hand for
/// Linux: a `cmsghdr` (length, level, type) followed by the descriptor, padded to the alignment
/// of `size_t`. One data byte travels with it, since a message without data carries no rights.
public enum DescriptorPassing {
    private static let headerSize = MemoryLayout<Int>.size + 2 * MemoryLayout<Int32>.size
    private static let alignment = MemoryLayout<Int>.size
    private static var controlLength: Int { (headerSize + MemoryLayout<Int32>.size + alignment - 1) / alignment * alignment }

    public static func send(_ descriptor: Int32, over socket: Int32) throws {
        var byte: UInt8 = 1
        var control = [UInt8](repeating: 0, count: controlLength)
        control.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: headerSize + MemoryLayout<Int32>.size, toByteOffset: 0, as: Int.self)
            raw.storeBytes(of: SOL_SOCKET, toByteOffset: MemoryLayout<Int>.size, as: Int32.self)
            raw.storeBytes(of: Int32(SCM_RIGHTS), toByteOffset: MemoryLayout<Int>.size + 4, as: Int32.self)
            raw.storeBytes(of: descriptor, toByteOffset: headerSize, as: Int32.self)
        }
        _ = try withUnsafeMutablePointer(to: &byte) { bytePointer in
            try control.withUnsafeMutableBytes { controlBytes in
                var vector = iovec(iov_base: bytePointer, iov_len: 1)
                return try withUnsafeMutablePointer(to: &vector) { vectorPointer in
                    var message = msghdr()
                    message.msg_iov = vectorPointer
                    message.msg_iovlen = 1
                    message.msg_control = controlBytes.baseAddress
                    message.msg_controllen = controlBytes.count
                    return try systemCall("sendmsg", subject: "SCM_RIGHTS") { sendmsg(socket, &message, Int32(MSG_NOSIGNAL)) }
                }
            }
        }
    }

    /// Receives a descriptor, waiting at most `timeout` for it; the caller owns the result.
    public static func receive(over socket: Int32, timeout: Duration) throws -> Int32 {
        var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(timeout / .milliseconds(1))
        guard try systemCall("poll", { poll(&poller, 1, milliseconds) }) > 0 else {
            throw PaddockError(.timeout, "no descriptor arrived within \(timeout)")
        }
        var byte: UInt8 = 0
        var control = [UInt8](repeating: 0, count: controlLength)
        let received = try withUnsafeMutablePointer(to: &byte) { bytePointer in
            try control.withUnsafeMutableBytes { controlBytes in
                var vector = iovec(iov_base: bytePointer, iov_len: 1)
                return try withUnsafeMutablePointer(to: &vector) { vectorPointer in
                    var message = msghdr()
                    message.msg_iov = vectorPointer
                    message.msg_iovlen = 1
                    message.msg_control = controlBytes.baseAddress
                    message.msg_controllen = controlBytes.count
                    _ = try systemCall("recvmsg", subject: "SCM_RIGHTS") { recvmsg(socket, &message, Int32(MSG_CMSG_CLOEXEC)) }
                    return message.msg_controllen
                }
            }
        }
        let (length, level, type, descriptor) = control.withUnsafeBytes { raw in
            (
                raw.load(fromByteOffset: 0, as: Int.self), raw.load(fromByteOffset: MemoryLayout<Int>.size, as: Int32.self),
                raw.load(fromByteOffset: MemoryLayout<Int>.size + 4, as: Int32.self),
                raw.load(fromByteOffset: headerSize, as: Int32.self)
            )
        }
        guard received >= headerSize + 4, length == headerSize + 4, level == SOL_SOCKET, type == Int32(SCM_RIGHTS) else {
            throw PaddockError(.unavailable, "the peer sent no descriptor")
        }
        return descriptor
    }
}
