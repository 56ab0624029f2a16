import Foundation
import Glibc

/// Debian's docker-registry (the CNCF distribution registry) on 127.0.0.1 with TLS from a test CA
/// made here and basic auth from an htpasswd file, holding the cached test images pushed by skopeo.
final class LocalRegistry {
    static let username = "tester"
    static let password = "correct-horse"

    let directory: String
    let port: Int
    private let process: Process

    var address: String { "127.0.0.1:\(port)" }
    var caFile: String { directory + "/ca.pem" }

    /// Starts a registry and pushes `tags` of the test layout to `<address>/debian:<tag>`; tags in
    /// `dockerFormat` are also pushed as Docker schema 2 manifests to `<address>/debian-docker:<tag>`.
    init(pushing tags: [String], dockerFormat: [String] = []) throws {
        directory = NSTemporaryDirectory() + "paddock-registry-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory + "/certs", withIntermediateDirectories: true)
        port = try Self.freePort()
        try Self.makeCertificates(in: directory)
        let htpasswd = try TestImages.run("/usr/bin/htpasswd", ["-Bbn", Self.username, Self.password])
        try htpasswd.write(toFile: directory + "/htpasswd", atomically: true, encoding: .utf8)
        let config = """
            version: 0.1
            log: {level: error}
            storage: {filesystem: {rootdirectory: \(directory)/data}}
            http:
              addr: 127.0.0.1:\(port)
              tls: {certificate: \(directory)/server.pem, key: \(directory)/server.key}
            auth:
              htpasswd: {realm: paddock-test, path: \(directory)/htpasswd}
            """
        try config.write(toFile: directory + "/config.yml", atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/docker-registry")
        process.arguments = ["serve", directory + "/config.yml"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        try waitUntilListening()
        try FileManager.default.copyItem(atPath: caFile, toPath: directory + "/certs/ca.crt")
        for tag in tags {
            try push(tag: tag, repository: "debian", format: nil)
        }
        for tag in dockerFormat {
            try push(tag: tag, repository: "debian-docker", format: "v2s2")
        }
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func push(tag: String, repository: String, format: String?) throws {
        var arguments = [
            "copy", "--quiet", "--dest-cert-dir", directory + "/certs", "--dest-creds",
            "\(Self.username):\(Self.password)",
        ]
        if let format { arguments += ["--format", format] }
        arguments += ["oci:\(try TestImages.layout()):\(tag)", "docker://\(address)/\(repository):\(tag)"]
        try TestImages.run("/usr/bin/skopeo", arguments, environment: ["HOME": directory, "TMPDIR": directory])
    }

    private func waitUntilListening() throws {
        for _ in 0..<200 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            close(fd)
            if connected == 0 { return }
            usleep(25_000)
        }
        throw TestImageError(message: "docker-registry did not listen on port \(port) within 5 s")
    }

    private static func makeCertificates(in directory: String) throws {
        let openssl = "/usr/bin/openssl"
        try TestImages.run(openssl, [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=paddock test CA",
            "-keyout", directory + "/ca.key", "-out", directory + "/ca.pem",
        ])
        try TestImages.run(openssl, [
            "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", directory + "/server.key",
            "-out", directory + "/server.csr",
        ])
        try "subjectAltName=IP:127.0.0.1\n".write(toFile: directory + "/san.ext", atomically: true, encoding: .utf8)
        try TestImages.run(openssl, [
            "x509", "-req", "-in", directory + "/server.csr", "-CA", directory + "/ca.pem", "-CAkey",
            directory + "/ca.key", "-CAcreateserial", "-days", "2", "-extfile", directory + "/san.ext", "-out",
            directory + "/server.pem",
        ])
    }

    /// A port that was free a moment ago; the registry takes a port number, not a listening socket.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                guard bind(fd, pointer, length) == 0 else { return -1 }
                return getsockname(fd, pointer, &length)
            }
        }
        guard result == 0 else { throw TestImageError(message: "cannot find a free port: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
