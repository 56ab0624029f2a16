@preconcurrency import Glibc
import PaddockCore

/// One of the process's standard streams.
enum ConsoleStream: Sendable {
    case input, output, error
}

/// The result of waiting for standard input.
enum InputChunk: Sendable, Equatable {
    case data([UInt8])
    /// Nothing arrived before the timeout.
    case timedOut
    /// Standard input reached its end.
    case end
}

/// The process's standard streams, behind a protocol so that tests can capture output and script input.
protocol ConsoleIO: Sendable {
    /// Writes all of `bytes` to standard output or standard error.
    func write(_ bytes: [UInt8], to stream: ConsoleStream)
    /// Waits up to `timeoutMilliseconds` for standard input and reads at most `maxBytes`.
    func readInput(maxBytes: Int, timeoutMilliseconds: Int32) throws -> InputChunk
    /// Returns whether `stream` is a terminal.
    func isTerminal(_ stream: ConsoleStream) -> Bool
}

extension ConsoleIO {
    /// Writes `text` to standard output.
    func print(_ text: String) {
        write(Array(text.utf8), to: .output)
    }

    /// Writes `text` to standard error.
    func printError(_ text: String) {
        write(Array(text.utf8), to: .error)
    }
}

/// The real standard streams, file descriptors 0, 1 and 2, written without buffering so that
/// streamed command output appears as it arrives.
struct StandardConsoleIO: ConsoleIO {
    func write(_ bytes: [UInt8], to stream: ConsoleStream) {
        let fd: Int32 = stream == .error ? 2 : 1
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                // NOTE: a closed stream (EPIPE) drops the rest, because SIGPIPE has usually ended the process.
                return
            }
            offset += written
        }
    }

    func readInput(maxBytes: Int, timeoutMilliseconds: Int32) throws -> InputChunk {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        let ready = try systemCall("poll", subject: "standard input") { poll(&descriptor, 1, timeoutMilliseconds) }
        if ready == 0 {
            return .timedOut
        }
        var buffer = [UInt8](repeating: 0, count: maxBytes)
        let count = try systemCall("read", subject: "standard input") {
            buffer.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, maxBytes) }
        }
        if count == 0 {
            return .end
        }
        return .data(Array(buffer[0..<count]))
    }

    func isTerminal(_ stream: ConsoleStream) -> Bool {
        switch stream {
        case .input: return isatty(0) == 1
        case .output: return isatty(1) == 1
        case .error: return isatty(2) == 1
        }
    }
}
