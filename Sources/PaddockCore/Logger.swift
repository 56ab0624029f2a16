@preconcurrency import Glibc
import Foundation
import Synchronization

/// A structured logger that writes one logfmt line per event to standard error.
///
/// Metadata keys are dotted (`sandbox.name`, `sandbox.id`, `request.id`). Never pass a secret as a
/// message or a metadata value: nothing here can tell a secret from any other string.
public struct Logger: Sendable {
    public enum Level: Int, Comparable, Sendable, CaseIterable {
        case trace, debug, info, notice, warning, error, critical

        public var name: String {
            switch self {
            case .trace: return "trace"
            case .debug: return "debug"
            case .info: return "info"
            case .notice: return "notice"
            case .warning: return "warning"
            case .error: return "error"
            case .critical: return "critical"
            }
        }

        public init?(name: String) {
            guard let level = Level.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
            self = level
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let label: String
    public var metadata: [String: String]
    public var minimumLevel: Level

    public init(label: String, metadata: [String: String] = [:], minimumLevel: Level? = nil) {
        self.label = label
        self.metadata = metadata
        self.minimumLevel = minimumLevel ?? Logger.defaultLevel
    }

    /// The level read from `PADDOCK_LOG_LEVEL`, `info` when it is unset or invalid.
    public static var defaultLevel: Level {
        ProcessInfo.processInfo.environment["PADDOCK_LOG_LEVEL"].flatMap(Level.init(name:)) ?? .info
    }

    /// A copy of this logger that adds `extra` to every event.
    public func with(_ extra: [String: String]) -> Logger {
        var copy = self
        copy.metadata.merge(extra) { _, new in new }
        return copy
    }

    public func log(_ level: Level, _ message: String, _ extra: [String: String] = [:]) {
        guard level >= minimumLevel else { return }
        var line = "time=\(Logger.timestamp()) level=\(level.name) logger=\(label) msg=\(Logger.quote(message))"
        let fields = metadata.merging(extra) { _, new in new }
        for key in fields.keys.sorted() {
            line += " \(key)=\(Logger.quote(fields[key] ?? ""))"
        }
        line += "\n"
        LogSink.shared.write(line)
    }

    public func trace(_ message: String, _ extra: [String: String] = [:]) { log(.trace, message, extra) }
    public func debug(_ message: String, _ extra: [String: String] = [:]) { log(.debug, message, extra) }
    public func info(_ message: String, _ extra: [String: String] = [:]) { log(.info, message, extra) }
    public func notice(_ message: String, _ extra: [String: String] = [:]) { log(.notice, message, extra) }
    public func warning(_ message: String, _ extra: [String: String] = [:]) { log(.warning, message, extra) }
    public func error(_ message: String, _ extra: [String: String] = [:]) { log(.error, message, extra) }
    public func critical(_ message: String, _ extra: [String: String] = [:]) { log(.critical, message, extra) }

    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = time_t(now.tv_sec)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let millis = Int(now.tv_nsec / 1_000_000)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
            Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), millis)
    }

    /// Quotes a logfmt value when it contains spaces, quotes, `=` or control characters.
    static func quote(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.contains { $0 == " " || $0 == "\"" || $0 == "=" || $0.isNewline }
        guard needsQuotes else { return value }
        var escaped = "\""
        for character in value {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            default: escaped.append(character)
            }
        }
        return escaped + "\""
    }
}

/// Serialises log lines from every thread onto one file descriptor, standard error by default.
public final class LogSink: Sendable {
    public static let shared = LogSink()
    private let descriptor = Mutex<Int32>(2)

    /// Sends subsequent lines to `fd` instead of standard error.
    public func redirect(to fd: Int32) {
        descriptor.withLock { $0 = fd }
    }

    func write(_ line: String) {
        descriptor.withLock { fd in
            var bytes = Array(line.utf8)
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeMutableBytes { buffer in
                    Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
            bytes.removeAll()
        }
    }
}
