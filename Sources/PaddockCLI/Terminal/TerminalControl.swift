@preconcurrency import Glibc
import PaddockCore

/// The size of a terminal in character cells.
struct TerminalSize: Sendable, Equatable {
    var rows: Int
    var columns: Int
}

/// Control of the terminal on standard input: its size and raw mode.
protocol TerminalControl: Sendable {
    /// Returns the terminal's size, or nil when standard input and output are no terminal.
    func windowSize() -> TerminalSize?
    /// Switches the terminal to raw mode and returns an action that restores the previous mode.
    /// The action may run more than once, from any thread, but restores only the first time.
    func enterRawMode() throws -> @Sendable () -> Void
}

/// The real terminal, through termios and `TIOCGWINSZ`.
struct SystemTerminal: TerminalControl {
    func windowSize() -> TerminalSize? {
        for fd: Int32 in [0, 1, 2] {
            var size = winsize()
            if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 {
                return TerminalSize(rows: Int(size.ws_row), columns: Int(size.ws_col))
            }
        }
        return nil
    }

    func enterRawMode() throws -> @Sendable () -> Void {
        var original = termios()
        try systemCall("tcgetattr", subject: "standard input") { tcgetattr(0, &original) }
        var raw = original
        cfmakeraw(&raw)
        try systemCall("tcsetattr", subject: "standard input") { tcsetattr(0, TCSANOW, &raw) }

        let saved = original
        let once = OnceGuard()
        return {
            guard once.claim() else { return }
            var previous = saved
            _ = tcsetattr(0, TCSANOW, &previous)
        }
    }
}
