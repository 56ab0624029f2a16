import Foundation

/// The result of a program run by a test.
struct ProgramOutput {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs external programs for tests, with a bounded time.
enum Programs {
    /// Runs `executable` with `arguments` and `environment` added to a minimal one, and waits.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> ProgramOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/tmp"].merging(environment) { _, new in new }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProgramOutput(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs curl through `proxy` and returns the HTTP status and body (`-w` puts the status last).
    static func curl(_ arguments: [String], proxy: String, caFile: String? = nil) throws -> (status: Int, body: String) {
        var full = ["-sS", "--max-time", "20", "--proxy", proxy, "-w", "\n%{http_code} %{http_connect}"]
        if let caFile { full += ["--cacert", caFile] }
        let output = try run("/usr/bin/curl", full + arguments)
        var lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        // A refused CONNECT leaves http_code at 000 and puts the proxy's status in http_connect.
        let codes = (lines.popLast() ?? "").split(separator: " ").compactMap { Int($0) }
        let status = codes.first == 0 ? (codes.last ?? -1) : (codes.first ?? -1)
        return (status, lines.joined(separator: "\n"))
    }

    static var curlPath: String { URL(fileURLWithPath: "/usr/bin/curl").resolvingSymlinksInPath().path }
}

/// An echo server (HTTP, or HTTPS with a certificate) in a python3 child process.
final class EchoServer: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    let port: Int

    init(certificate: (cert: String, key: String)? = nil) throws {
        guard let script = Bundle.module.path(forResource: "echo_server", ofType: "py", inDirectory: "Resources") else {
            throw CocoaError(.fileNoSuchFile)
        }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script] + (certificate.map { ["--cert", $0.cert, "--key", $0.key] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        var line = Data()
        while !line.contains(0x0A) {
            let piece = output.fileHandleForReading.availableData
            if piece.isEmpty { break }
            line.append(piece)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("port "), let port = Int(text.dropFirst(5)) else { throw CocoaError(.fileReadCorruptFile) }
        self.port = port
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}

/// A CA and a server certificate for `upstream.test`, made with the openssl command.
struct TestCertificates {
    let directory: String
    var caFile: String { directory + "/upstream-ca.pem" }
    var certFile: String { directory + "/upstream.pem" }
    var keyFile: String { directory + "/upstream.key" }

    init(directory: String) throws {
        self.directory = directory
        let steps: [[String]] = [
            ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
             "-subj", "/CN=Paddock test upstream CA", "-keyout", directory + "/upstream-ca.key", "-out", caFile],
            ["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=upstream.test",
             "-keyout", keyFile, "-out", directory + "/upstream.csr"],
            ["x509", "-req", "-in", directory + "/upstream.csr", "-CA", caFile, "-CAkey", directory + "/upstream-ca.key",
             "-CAcreateserial", "-days", "2", "-out", certFile, "-extfile", directory + "/san.cnf"],
        ]
        try "subjectAltName=DNS:upstream.test,DNS:other.test,IP:127.0.0.1\n".write(
            toFile: directory + "/san.cnf", atomically: true, encoding: .utf8)
        for step in steps {
            let output = try Programs.run("/usr/bin/openssl", step)
            guard output.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: ["stderr": output.stderr]) }
        }
    }

    var caPEM: String { (try? String(contentsOfFile: caFile, encoding: .utf8)) ?? "" }
}
