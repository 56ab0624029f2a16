@preconcurrency import Glibc
import Foundation
import PaddockCore
import PaddockRuntime
import Synchronization

/// Appends `AuditRecord`s as JSON lines to the sandbox's `audit.jsonl`.
///
/// One `write` per record on an `O_APPEND` descriptor, so lines never interleave.
public final class AuditLog: Sendable {
    private let descriptor: Int32
    private let sandbox: String
    private let logger: Logger
    private let failures = Mutex(0)

    /// Takes ownership of `descriptor`, opened for appending.
    public init(descriptor: Int32, sandbox: String, logger: Logger) {
        self.descriptor = descriptor
        self.sandbox = sandbox
        self.logger = logger
    }

    /// Opens (creating with mode 0600) the file at `path` for appending.
    public static func open(path: String, sandbox: String, logger: Logger) throws -> AuditLog {
        let descriptor = try systemCall("open", subject: path) {
            Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        }
        return AuditLog(descriptor: descriptor, sandbox: sandbox, logger: logger)
    }

    deinit {
        close(descriptor)
    }

    /// Writes `record` with the time and sandbox filled in.
    public func write(_ record: AuditRecord) {
        var record = record
        record.sandbox = sandbox
        if record.time.isEmpty { record.time = Self.timestamp() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(record) else { return }
        line.append(0x0A)
        let written = line.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        if written != line.count {
            // Repeats are counted, so a full disk does not flood the operator's log.
            let count = failures.withLock { count -> Int in
                count += 1
                return count
            }
            if count == 1 || count % 1000 == 0 {
                logger.error("cannot write audit record", ["errno": String(errno), "failures": String(count)])
            }
        }
    }

    /// Returns the current time as RFC 3339 in UTC with milliseconds.
    public static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
            parts.tm_hour, parts.tm_min, parts.tm_sec, Int(now.tv_nsec / 1_000_000))
    }
}
