import Glibc

/// A failed system call: the call's name, the errno it set and, where one applies, the path or
/// value it acted on.
public struct SystemCallError: Error, CustomStringConvertible, Sendable, Equatable {
    public let call: String
    public let errno: Int32
    public let subject: String?

    public init(_ call: String, errno: Int32, subject: String? = nil) {
        self.call = call
        self.errno = errno
        self.subject = subject
    }

    /// The symbolic name of `errno`, such as `EPERM`.
    public var errnoName: String { ErrnoName.of(errno) }

    public var description: String {
        let reason = String(cString: strerror(errno))
        if let subject {
            return "\(call)(\(subject)) failed: \(reason) (\(errnoName))"
        }
        return "\(call) failed: \(reason) (\(errnoName))"
    }
}

/// Runs a system call, retrying while it fails with EINTR, and throws `SystemCallError` when it
/// returns -1 for any other reason.
@inline(never)
@discardableResult
public func systemCall<T: BinaryInteger>(
    _ name: String, subject: String? = nil, _ body: () -> T
) throws(SystemCallError) -> T {
    while true {
        let result = body()
        if result != -1 { return result }
        let code = Glibc.errno
        if code == EINTR { continue }
        throw SystemCallError(name, errno: code, subject: subject)
    }
}

/// Symbolic errno names, which the C library offers no portable way to get.
public enum ErrnoName {
    private static let names: [Int32: String] = [
        EPERM: "EPERM", ENOENT: "ENOENT", ESRCH: "ESRCH", EINTR: "EINTR", EIO: "EIO", ENXIO: "ENXIO",
        E2BIG: "E2BIG", ENOEXEC: "ENOEXEC", EBADF: "EBADF", ECHILD: "ECHILD", EAGAIN: "EAGAIN",
        ENOMEM: "ENOMEM", EACCES: "EACCES", EFAULT: "EFAULT", EBUSY: "EBUSY", EEXIST: "EEXIST",
        EXDEV: "EXDEV", ENODEV: "ENODEV", ENOTDIR: "ENOTDIR", EISDIR: "EISDIR", EINVAL: "EINVAL",
        ENFILE: "ENFILE", EMFILE: "EMFILE", ENOTTY: "ENOTTY", ETXTBSY: "ETXTBSY", EFBIG: "EFBIG",
        ENOSPC: "ENOSPC", ESPIPE: "ESPIPE", EROFS: "EROFS", EMLINK: "EMLINK", EPIPE: "EPIPE",
        EDOM: "EDOM", ERANGE: "ERANGE", EDEADLK: "EDEADLK", ENAMETOOLONG: "ENAMETOOLONG",
        ENOLCK: "ENOLCK", ENOSYS: "ENOSYS", ENOTEMPTY: "ENOTEMPTY", ELOOP: "ELOOP",
        ENOTSOCK: "ENOTSOCK", EADDRINUSE: "EADDRINUSE", EADDRNOTAVAIL: "EADDRNOTAVAIL",
        ENETUNREACH: "ENETUNREACH", ECONNRESET: "ECONNRESET", ENOTCONN: "ENOTCONN",
        ETIMEDOUT: "ETIMEDOUT", ECONNREFUSED: "ECONNREFUSED", EHOSTUNREACH: "EHOSTUNREACH",
        EAFNOSUPPORT: "EAFNOSUPPORT", EPROTONOSUPPORT: "EPROTONOSUPPORT", EOPNOTSUPP: "EOPNOTSUPP",
        ENETDOWN: "ENETDOWN", EDQUOT: "EDQUOT", ECANCELED: "ECANCELED",
    ]

    public static func of(_ code: Int32) -> String {
        names[code] ?? "E\(code)"
    }
}
