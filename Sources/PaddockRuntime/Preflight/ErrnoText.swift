@preconcurrency import Glibc
import PaddockCore

/// Formats an errno for a preflight detail.
enum ErrnoText {
    /// Returns the symbolic name and the C library's text, such as `EPERM (Operation not permitted)`.
    static func describe(_ code: Int32) -> String {
        "\(ErrnoName.of(code)) (\(String(cString: strerror(code))))"
    }
}
