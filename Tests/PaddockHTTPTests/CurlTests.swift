import Foundation
import Synchronization
import Testing

@testable import PaddockHTTP

/// Checks against a real client: curl, run as a child process against the live server.
struct CurlTests {
    /// Runs curl with `arguments` and returns its exit status, standard output and standard error.
    private func curl(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["--silent", "--show-error", "--max-time", "20"] + arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let exited = Signal()
        process.terminationHandler = { _ in exited.fire() }
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        exited.wait(seconds: 30)
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    private static let curlAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/curl")

    @Test(.enabled(if: curlAvailable, "curl is not installed"))
    func chunkedUpload() throws {
        let live = try LiveServer { request, _ in
            let body = try request.body.readAll()
            let coding = request.headers["Transfer-Encoding"] ?? "none"
            return .text("\(coding) \(body.count) \(body.reduce(0) { $0 &+ Int($1) })")
        }
        defer { live.stop() }
        let file = live.directory + "/upload.bin"
        let payload = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 13) })
        try payload.write(to: URL(fileURLWithPath: file))

        let result = try curl([
            "--http1.1", "-H", "Transfer-Encoding: chunked", "--data-binary", "@\(file)", "\(live.url)/upload",
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "chunked \(payload.count) \(payload.reduce(0) { $0 &+ Int($1) })")
    }

    @Test(.enabled(if: curlAvailable, "curl is not installed"))
    func keepAliveAcrossTwoURLs() throws {
        let ports = Mutex<[Int]>([])
        let live = try LiveServer { request, context in
            if case .tcp(_, let port) = context.peer { ports.withLock { $0.append(port) } }
            return .text("\(request.path)\n")
        }
        defer { live.stop() }

        let result = try curl(["--http1.1", "-v", "\(live.url)/first", "\(live.url)/second"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "/first\n/second\n")
        let seen = ports.withLock { $0 }
        #expect(seen.count == 2)
        #expect(Set(seen).count == 1, "curl opened \(Set(seen).count) connections")
        #expect(result.error.contains("Re-using existing connection"))
    }

    @Test(.enabled(if: curlAvailable, "curl is not installed"))
    func unixSocketAndStreaming() throws {
        let live = try LiveServer(unix: true) { _, _ in
            HTTPResponse(
                body: .stream { writer in
                    for index in 0..<3 { try writer.write("line \(index)\n") }
                })
        }
        defer { live.stop() }
        let result = try curl(["--http1.1", "--unix-socket", live.unixPath, "http://localhost/logs"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "line 0\nline 1\nline 2\n")
    }

    @Test(.enabled(if: curlAvailable, "curl is not installed"))
    func headAndErrorStatus() throws {
        let live = try LiveServer { request, _ in
            guard request.path == "/ok" else { return .text("missing\n", status: 404) }
            return .text("present\n")
        }
        defer { live.stop() }
        let head = try curl(["--http1.1", "--head", "\(live.url)/ok"])
        #expect(head.output.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(head.output.contains("Content-Length: 8\r\n"))
        let missing = try curl(["--http1.1", "--fail", "\(live.url)/nope"])
        #expect(missing.status == 22)
    }
}
