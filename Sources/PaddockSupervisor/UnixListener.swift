import Foundation
import Glibc
import PaddockCore

/// Creates a listening Unix-domain socket.
enum UnixListener {
    static func listen(path: String, mode: mode_t) throws -> Int32 {
        unlink(path)
        let fd = try systemCall("socket") { socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | 0o2000000, 0) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(fd)
            throw PaddockError(.invalidArgument, "socket path too long: \(path)")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: bytes)
        }
        let length = socklen_t(MemoryLayout<sockaddr_un>.size)
        try withUnsafePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                try systemCall("bind", subject: path) { bind(fd, socketAddress, length) }
            }
        }
        chmod(path, mode)
        try systemCall("listen", subject: path) { Glibc.listen(fd, 128) }
        return fd
    }
}
