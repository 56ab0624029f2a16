@preconcurrency import Glibc
import Foundation
import PaddockCore
import Testing

@testable import PaddockStore

/// Kills a separate writer process (the `sqlite3` command-line shell) with SIGKILL while it
/// writes, then checks that the store opens the file intact and keeps exactly what was committed.
struct StoreCrashTests {
    static let shell = ["/usr/bin/sqlite3", "/bin/sqlite3", "/usr/local/bin/sqlite3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(.enabled(if: shell != nil, "needs the sqlite3 shell (Debian package sqlite3)"))
    func killedWriterKeepsCommittedRows() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        try Store.open(path: directory.databasePath).close()

        let writer = try ShellProcess(executable: Self.shell ?? "", database: directory.databasePath)
        for index in 1...20 {
            writer.send("INSERT INTO events (time, kind, level, level_rank, message, data) "
                + "VALUES (\(index), 'k', 'info', 2, 'committed \(index)', '{}');")
        }
        writer.send("BEGIN; INSERT INTO events (time, kind, level, level_rank, message, data) "
            + "VALUES (99, 'k', 'info', 2, 'uncommitted', '{}');")
        writer.send(".print ready")
        try writer.waitForLine("ready")
        #expect(FileManager.default.fileExists(atPath: directory.databasePath + "-wal"))
        writer.kill()

        let store = try Store.open(path: directory.databasePath)
        defer { store.close() }
        let check = try store.withConnection("test") { try $0.scalarString("PRAGMA integrity_check") }
        #expect(check == "ok")
        let messages = try store.events().map(\.message)
        #expect(messages == (1...20).map { "committed \($0)" })
    }

    @Test(.enabled(if: shell != nil, "needs the sqlite3 shell (Debian package sqlite3)"))
    func killedMidTransactionIsAllOrNothing() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        try Store.open(path: directory.databasePath).close()

        let rows = 3_000_000
        let writer = try ShellProcess(executable: Self.shell ?? "", database: directory.databasePath)
        writer.send(".print started")
        writer.send("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(rows))
            INSERT INTO events (time, kind, level, level_rank, message, data)
            SELECT i, 'k', 'info', 2, 'bulk ' || i, '{}' FROM n;
            """)
        try writer.waitForLine("started")
        // Kill once the transaction has spilled uncommitted pages into the WAL, which recovery
        // must then ignore.
        let spilled = waitForFileSize(directory.databasePath + "-wal", atLeast: 4 << 20, timeout: 20)
        writer.kill()
        #expect(spilled)

        let store = try Store.open(path: directory.databasePath)
        defer { store.close() }
        let check = try store.withConnection("test") { try $0.scalarString("PRAGMA integrity_check") }
        #expect(check == "ok")
        let count = try store.withConnection("test") { try $0.scalarInt("SELECT COUNT(*) FROM events") }
        #expect(count == 0 || count == Int64(rows))
    }
}

/// Polls until the file at `path` is at least `bytes` long; returns false after `timeout` seconds.
func waitForFileSize(_ path: String, atLeast bytes: Int, timeout: Double) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        var info = stat()
        if stat(path, &info) == 0, info.st_size >= bytes { return true }
        usleep(10_000)
    }
    return false
}

/// A `sqlite3` shell reading SQL from a pipe, so a test can kill it at a chosen point.
final class ShellProcess {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    init(executable: String, database: String) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-batch", database]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { kill() }
    }

    func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// Reads the shell's output until a line equal to `expected` arrives.
    func waitForLine(_ expected: String) throws {
        var buffer = ""
        while !buffer.split(separator: "\n").contains(Substring(expected)) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else {
                throw PaddockError(.internal, "sqlite3 exited before printing '\(expected)'; output: \(buffer)")
            }
            buffer += String(decoding: chunk, as: UTF8.self)
        }
    }

    /// Sends SIGKILL and reaps the process.
    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
