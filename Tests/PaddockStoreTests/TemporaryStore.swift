import Foundation

@testable import PaddockStore

/// A fresh directory under the system temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "paddock-store-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            preconditionFailure("cannot create the test directory \(path): \(error)")
        }
    }

    /// The database path inside a not-yet-created `state` subdirectory.
    var databasePath: String { path + "/state/paddock.db" }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Runs `body` with a store opened in a fresh directory, then closes and removes it.
func withTemporaryStore(_ body: (Store, TemporaryDirectory) throws -> Void) throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try Store.open(path: directory.databasePath)
    defer { store.close() }
    try body(store, directory)
}

/// Makes a sandbox record with the given name and id and fixed values elsewhere.
func makeSandbox(
    _ name: String, id: String? = nil, phase: SandboxPhase = .creating, createdAt: Date = Date(),
    expiresAt: Date? = nil
) -> SandboxRecord {
    SandboxRecord(
        id: id ?? "sb-\(name)", name: name, phase: phase, image: "host", spec: #"{"command":["true"]}"#,
        policy: #"{"version":1}"#, createdAt: createdAt, expiresAt: expiresAt)
}

/// Runs `body` on `count` threads at once and waits for all of them.
func runOnThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        let thread = Thread {
            body(index)
            group.leave()
        }
        thread.start()
    }
    group.wait()
}
