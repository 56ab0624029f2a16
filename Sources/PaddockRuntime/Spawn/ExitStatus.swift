import CShim

/// How a process ended, decoded from a `waitpid` status.
public enum ExitStatus: Sendable, Equatable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    public init(waitStatus: Int32) {
        if csh_wifsignaled(waitStatus) != 0 {
            self = .signaled(csh_wtermsig(waitStatus))
        } else {
            self = .exited(csh_wexitstatus(waitStatus))
        }
    }

    /// The exit code a shell would report: the code itself, or 128 plus the signal number.
    public var shellCode: Int32 {
        switch self {
        case .exited(let code): return code
        case .signaled(let signal): return 128 + signal
        }
    }

    public var description: String {
        switch self {
        case .exited(let code): return "exited with code \(code)"
        case .signaled(let signal): return "killed by signal \(signal)"
        }
    }
}
