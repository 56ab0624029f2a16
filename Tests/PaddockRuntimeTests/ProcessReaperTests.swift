import Foundation
import Testing

@testable import PaddockRuntime

/// Checks that the reaper outside PID 1 collects only the children it started, so other code in
/// the same process (here Foundation's `Process`) keeps the exit statuses of its own children.
@Suite struct ProcessReaperTests {
    private func spawn(_ reaper: ProcessReaper, _ script: String, onExit: @escaping @Sendable (PaddockRuntime.ExitStatus) -> Void) throws
        -> Int32
    {
        let request = SpawnRequest(executable: "/bin/sh", arguments: ["sh", "-c", script], environment: [:])
        return try reaper.spawn({ try ProcessSpawner.spawn(request) }, onExit: onExit)
    }

    @Test func deliversTheStatusOfItsOwnChildren() throws {
        let reaper = ProcessReaper(reapsEveryChild: false)
        for code in [0, 3, 42] {
            let request = SpawnRequest(executable: "/bin/sh", arguments: ["sh", "-c", "exit \(code)"], environment: [:])
            let result = try reaper.spawnAndWait { try ProcessSpawner.spawn(request) }
            #expect(result.status == .exited(Int32(code)))
        }
        let killed = try reaper.spawnAndWait {
            try ProcessSpawner.spawn(
                SpawnRequest(executable: "/bin/sh", arguments: ["sh", "-c", "kill -9 $$"], environment: [:]))
        }
        #expect(killed.status == .signaled(SIGKILL))
    }

    @Test func leavesOtherChildrenToTheirOwners() throws {
        let reaper = ProcessReaper(reapsEveryChild: false)
        // A child of the reaper's that outlives the loop below keeps its thread polling.
        let finished = DispatchSemaphore(value: 0)
        let sleeper = try spawn(reaper, "sleep 30") { _ in finished.signal() }
        defer {
            kill(sleeper, SIGKILL)
            finished.wait()
        }
        for round in 0..<20 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "exit \(round % 7 + 1)"]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == Int32(round % 7 + 1), "round \(round)")
        }
    }
}
