import Foundation
import Glibc
import PaddockCore
import Synchronization

/// Runs host programs and captures their output, with a time limit after which the program is
/// killed.
///
/// It waits through `Process.terminationHandler`, because `waitUntilExit()` polls a run loop and
/// blocks a thread of the cooperative pool while it does.
enum ProcessRunner {
    /// How long output is still collected after the program exits, for a daemon it started that
    /// inherited its pipes.
    static let outputGrace: Double = 3

    /// Writes to a pipe whose reader has exited must fail with EPIPE instead of killing the runner.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    /// Runs `executable` with `arguments` and returns its exit status and output.
    ///
    /// - Parameters:
    ///   - environment: The complete environment; nil passes this process's environment on.
    ///   - input: Bytes for standard input, which is closed after them; nil connects /dev/null.
    ///   - timeout: Seconds after which the program is killed with SIGKILL.
    /// - Throws: `PaddockError` with code `internal` when the program cannot be started.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, input: Data? = nil,
        timeout: Double = 60
    ) async throws -> ProcessResult {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment {
            process.environment = environment
        }
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        let inputPipe = input.map { _ in Pipe() }
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = inputPipe ?? FileHandle.nullDevice

        let state = RunState()
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in
                state.markFinished()
                continuation.resume(returning: finished.terminationStatus)
            }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                let command = ([executable] + arguments).joined(separator: " ")
                continuation.resume(throwing: PaddockError(.internal, "cannot run \(command)", cause: error))
                return
            }
            state.start(
                pid: process.processIdentifier, output: PipeCollector(outputPipe.fileHandleForReading),
                errors: PipeCollector(errorPipe.fileHandleForReading))
            if let input, let inputPipe {
                feed(input, to: inputPipe.fileHandleForWriting)
            }
            state.killAfter(timeout)
        }
        let code = process.terminationReason == .uncaughtSignal ? 128 + status : status
        return await state.result(exitCode: code)
    }

    private static func feed(_ input: Data, to handle: FileHandle) {
        let thread = Thread {
            try? handle.write(contentsOf: input)
            try? handle.close()
        }
        thread.start()
    }
}

/// The state one run shares between its continuation, its timer and its output readers.
private final class RunState: Sendable {
    private struct Fields {
        var pid: Int32 = 0
        var finished = false
        var timedOut = false
        var output: PipeCollector?
        var errors: PipeCollector?
    }

    private let fields = Mutex(Fields())

    func start(pid: Int32, output: PipeCollector, errors: PipeCollector) {
        fields.withLock {
            $0.pid = pid
            $0.output = output
            $0.errors = errors
        }
    }

    func markFinished() {
        fields.withLock { $0.finished = true }
    }

    func killAfter(_ seconds: Double) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            fields.withLock {
                guard !$0.finished, $0.pid > 0 else { return }
                $0.timedOut = true
                kill($0.pid, SIGKILL)
            }
        }
    }

    func result(exitCode: Int32) async -> ProcessResult {
        let (output, errors, timedOut) = fields.withLock { ($0.output, $0.errors, $0.timedOut) }
        let standardOutput = await output?.collect(grace: ProcessRunner.outputGrace) ?? Data()
        let standardError = await errors?.collect(grace: ProcessRunner.outputGrace) ?? Data()
        return ProcessResult(
            exitCode: exitCode, standardOutput: standardOutput, standardError: standardError, timedOut: timedOut)
    }
}
