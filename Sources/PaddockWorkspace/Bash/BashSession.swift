import Foundation

/// A bash session: a default working directory and the commands run in it. Each command is its own
/// process, so `cd` and `export` in one command do not reach the next.
final class BashSession: @unchecked Sendable {
    let id: String
    let createdAt = Date()
    private let lock = NSLock()
    private var workingDirectoryValue: String
    private var lastUsed = Date()
    private var commands: [String: BashCommand] = [:]
    private var latest: BashCommand?
    private var commandCount = 0
    private(set) var isClosed = false
    /// Commands kept per session; the oldest finished ones are dropped beyond this.
    static let retainedCommands = 64

    init(id: String, workingDirectory: String) {
        self.id = id
        self.workingDirectoryValue = workingDirectory
    }

    var workingDirectory: String {
        get { lock.withLock { workingDirectoryValue } }
        set { lock.withLock { workingDirectoryValue = newValue } }
    }

    var lastUsedAt: Date { lock.withLock { lastUsed } }

    /// Whether the session's most recent command is still running.
    var isRunning: Bool { lock.withLock { latest?.status == .running } }

    func touch() {
        lock.withLock { lastUsed = Date() }
    }

    /// Adds a started command and makes it the session's current one.
    func add(_ command: BashCommand) {
        lock.withLock {
            commands[command.id] = command
            latest = command
            commandCount += 1
            lastUsed = Date()
            if commands.count > Self.retainedCommands {
                let finished = commands.values.filter { $0.status != .running && $0 !== latest }
                if let oldest = finished.min(by: { $0.id < $1.id }) { commands[oldest.id] = nil }
            }
        }
    }

    /// The command `id`, or the most recent command when `id` is nil.
    func command(_ id: String?) -> BashCommand? {
        lock.withLock { id.map { commands[$0] } ?? latest }
    }

    /// Kills every running command and marks the session closed.
    func close() {
        let running = lock.withLock { () -> [BashCommand] in
            isClosed = true
            return Array(commands.values)
        }
        for command in running where command.status == .running { command.stop(.killed) }
    }

    /// The contract's `BashSessionInfo`.
    var info: JSONValue {
        lock.withLock {
            let current = latest.flatMap { $0.status == .running ? $0.command : nil }
            return [
                "session_id": .string(id), "status": .string(isClosed ? "closed" : "ready"),
                "working_dir": .string(workingDirectoryValue), "created_at": .string(Timestamp.iso(createdAt)),
                "last_used_at": .string(Timestamp.iso(lastUsed)), "current_command": .from(current),
                "command_count": .int(commandCount),
            ]
        }
    }
}

/// Times as the contract's responses carry them.
enum Timestamp {
    /// Formats `date` as ISO 8601 with fractional seconds in UTC, as Python's `isoformat` does.
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
