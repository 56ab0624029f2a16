import CShim
import Glibc
import PaddockCore

/// Why a child process could not reach `execve`.
public struct SpawnError: Error, CustomStringConvertible, Sendable {
    public let executable: String
    public let step: String
    public let errno: Int32
    /// True when `execve` itself failed because the program does not exist.
    public var isNotFound: Bool { step == "execve" && (errno == ENOENT || errno == ENOTDIR) }
    /// True when the program exists but may not be executed.
    public var isNotExecutable: Bool { step == "execve" && (errno == EACCES || errno == ENOEXEC) }

    public var description: String {
        let reason = String(cString: strerror(errno))
        return "cannot start '\(executable)': \(step) failed: \(reason) (\(ErrnoName.of(errno)))"
    }
}

/// Starts processes through `csh_spawn`.
public enum ProcessSpawner {
    /// Starts the process and returns its pid.
    public static func spawn(_ request: SpawnRequest) throws(SpawnError) -> Int32 {
        let arguments = CStringArray(request.arguments)
        let environment = CStringArray(request.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        let groups = request.identity?.groups ?? []
        var failure = csh_spawn_failure()

        let pid: pid_t = request.executable.withCString { path in
            withOptionalCString(request.workingDirectory) { cwd in
                groups.withUnsafeBufferPointer { groupBuffer in
                    request.cgroupProcsDescriptors.withUnsafeBufferPointer { cgroupBuffer in
                        withSeccomp(request.seccomp) { program in
                            var raw = csh_spawn_request()
                            raw.path = path
                            raw.argv = UnsafePointer(arguments.pointer)
                            raw.envp = UnsafePointer(environment.pointer)
                            raw.cwd = cwd
                            raw.stdin_fd = request.stdin
                            raw.stdout_fd = request.stdout
                            raw.stderr_fd = request.stderr
                            raw.extra_fd = request.extraDescriptor
                            raw.clone_flags = request.namespaces.rawValue
                            raw.new_session = request.newSession ? 1 : 0
                            raw.controlling_tty = request.controllingTerminal ? 1 : 0
                            raw.netns_fd = request.networkNamespace
                            if let identity = request.identity {
                                raw.set_identity = 1
                                raw.uid = identity.uid
                                raw.gid = identity.gid
                                raw.groups = groupBuffer.baseAddress
                                raw.group_count = Int32(groupBuffer.count)
                            }
                            raw.drop_capabilities = request.dropCapabilities ? 1 : 0
                            raw.no_new_privs = request.noNewPrivileges ? 1 : 0
                            raw.landlock_ruleset_fd = request.landlockRuleset
                            raw.seccomp = program
                            raw.die_with_parent = request.dieWithParent ? 1 : 0
                            if let score = request.oomScoreAdjustment {
                                raw.oom_score_adj_set = 1
                                raw.oom_score_adj = score
                            }
                            raw.cgroup_procs_fds = cgroupBuffer.baseAddress
                            raw.cgroup_procs_fd_count = Int32(cgroupBuffer.count)
                            return csh_spawn(&raw, &failure)
                        }
                    }
                }
            }
        }
        withExtendedLifetime((arguments, environment)) {}
        guard pid > 0 else {
            throw SpawnError(
                executable: request.executable, step: String(cString: csh_spawn_step_name(failure.step)),
                errno: failure.error)
        }
        return pid
    }

    private static func withOptionalCString<R>(_ value: String?, _ body: (UnsafePointer<CChar>?) -> R) -> R {
        guard let value else { return body(nil) }
        return value.withCString { body($0) }
    }

    private static func withSeccomp<R>(_ program: SeccompProgram?, _ body: (UnsafePointer<sock_fprog>?) -> R) -> R {
        guard let program else { return body(nil) }
        return program.withProgram { body($0) }
    }
}

/// A NULL-terminated array of C strings that lives as long as this object.
final class CStringArray {
    let pointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointer = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() {
            pointer[index] = strdup(string)
        }
        pointer[strings.count] = nil
    }

    deinit {
        for index in 0..<count {
            free(pointer[index])
        }
        pointer.deallocate()
    }
}
