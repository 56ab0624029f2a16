@preconcurrency import Glibc
import Foundation

/// The parts of its process that a command may use: environment variables, user, standard streams,
/// terminal, signals, clock and exit. Tests replace each part with a fake.
struct CLIEnvironment: Sendable {
    /// The environment variables, such as `PADDOCK_GATEWAY`.
    var variables: [String: String]
    /// The real user ID, which picks the default state directory.
    var userID: UInt32
    var console: any ConsoleIO
    var terminal: any TerminalControl
    var signals: any SignalSource
    /// Returns the current time, for ages and expiry times in tables.
    var now: @Sendable () -> Date
    /// Ends the process at once with a status, after the cleanup that a signal started.
    var terminate: @Sendable (Int32) -> Void

    /// Returns the environment of the running process.
    static func live() -> CLIEnvironment {
        CLIEnvironment(
            variables: ProcessInfo.processInfo.environment,
            userID: getuid(),
            console: StandardConsoleIO(),
            terminal: SystemTerminal(),
            signals: SignalRelay.shared,
            now: { Date() },
            terminate: { status in _exit(status) })
    }
}
