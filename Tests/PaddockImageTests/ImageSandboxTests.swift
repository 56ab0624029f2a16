import Foundation
import Testing

/// End to end through the CLI and a real gateway: pull and import images, create sandboxes from
/// them, run commands after `--`, and reach a server inside through a forwarded port.
@Suite(.serialized)
struct ImageSandboxTests {
    @Test func pulledImageRunsCommandAsImageUser() throws {
        let registry = try LocalRegistry(pushing: ["sandbox"])
        defer { registry.stop() }
        let gateway = try LiveGateway()
        defer { gateway.stop() }
        let reference = "\(registry.address)/debian:sandbox"
        let pull = try gateway.cli(
            ["image", "pull", "--ca-file", registry.caFile, "--username", LocalRegistry.username, "--password-stdin", reference],
            input: LocalRegistry.password + "\n")
        #expect(pull.status == 0)
        #expect(pull.output.hasPrefix("sha256:"))
        #expect(pull.error.contains("layer"))
        #expect(!pull.error.contains(LocalRegistry.password))

        let output = try gateway.run([
            "sandbox", "create", "--rm", "--from", reference, "--",
            "sh", "-c", "id -un; id -u; pwd; echo $GREETING; test -e /usr/share/doc || echo no-doc",
        ])
        #expect(output == "sandbox\n1000\n/home/sandbox\nhello-from-image\nno-doc\n")
    }

    @Test func importedArchivesCreateSandboxes() throws {
        let gateway = try LiveGateway()
        defer { gateway.stop() }
        let directory = gateway.stateDirectory + "-archives"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try TestImages.copy(tag: "sandbox", to: "oci-archive:\(directory)/app.tar:v1")
        try TestImages.copy(tag: "sandbox", to: "docker-archive:\(directory)/saved.tar:localhost/saved:v1")

        #expect(try gateway.run(["image", "import", directory + "/app.tar"]).contains("app:v1"))
        #expect(try gateway.run(["image", "import", directory + "/saved.tar"]).contains("localhost/saved:v1"))
        #expect(try gateway.run(["sandbox", "create", "--rm", "--from", "app:v1", "--", "id", "-un"]) == "sandbox\n")
        #expect(
            try gateway.run(["sandbox", "create", "--rm", "--from", "localhost/saved:v1", "--", "cat", "/etc/debian_version"])
                .hasPrefix("12."))
        let listing = try gateway.run(["image", "list"])
        #expect(listing.contains("app:v1"))
        #expect(listing.contains("localhost/saved:v1"))
    }

    @Test func imageWithoutUserIsRejectedCleanly() throws {
        let gateway = try LiveGateway()
        defer { gateway.stop() }
        try gateway.run(["image", "import", "--repository", "debian", try TestImages.layout()])
        let result = try gateway.cli(["sandbox", "create", "--name", "rootonly", "--from", "debian:base", "--", "true"])
        #expect(result.status != 0)
        #expect(result.error.contains("no user 'sandbox'"))
        #expect(!(try gateway.run(["sandbox", "list"]).contains("rootonly")))
        let missing = try gateway.cli(["sandbox", "create", "--from", "debian:nope"])
        #expect(missing.error.contains("no image 'debian:nope'"))
        let malformed = try gateway.cli(["sandbox", "create", "--from", "bad ref!!"])
        #expect(malformed.status != 0)
        #expect(malformed.error.contains("image reference 'bad ref!!' is invalid"))
    }

    @Test func imageRootIsMountedNosuid() throws {
        let gateway = try LiveGateway()
        defer { gateway.stop() }
        try gateway.run(["image", "import", "--repository", "debian", try TestImages.layout()])
        let options = try gateway.run([
            "sandbox", "create", "--rm", "--from", "debian:sandbox", "--",
            "awk", "$2 == \"/\" { print $4 }", "/proc/self/mounts",
        ])
        let flags = options.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(flags.contains("nosuid"))
        #expect(flags.contains("nodev"))
    }

    @Test func forwardReachesServerUntilStop() throws {
        let gateway = try LiveGateway()
        defer { gateway.stop() }
        try gateway.run(["image", "import", "--repository", "debian", try TestImages.layout()])
        let port = try LocalRegistry.freePort()
        try gateway.run(["sandbox", "create", "--name", "web", "--from", "debian:server", "--forward", "\(port)"])
        let server = Process()
        server.executableURL = URL(fileURLWithPath: gateway.binary)
        server.arguments = ["sandbox", "exec", "web", "--", "serve", "\(port)"]
        server.environment = ProcessInfo.processInfo.environment.merging([
            "PADDOCK_STATE_DIR": gateway.stateDirectory, "PADDOCK_GATEWAY": "http://127.0.0.1:\(gateway.port)",
        ]) { _, new in new }
        server.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        server.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try server.run()
        defer { if server.isRunning { server.terminate() } }

        var body = ""
        for _ in 0..<100 {
            body = (try? TestImages.run("/usr/bin/curl", ["-sf", "-m", "2", "http://127.0.0.1:\(port)/index.html"])) ?? ""
            if !body.isEmpty { break }
            usleep(50_000)
        }
        #expect(body == "served from the image\n")
        #expect(try gateway.run(["forward", "list"]).contains("127.0.0.1:\(port)"))

        try gateway.run(["sandbox", "stop", "web"])
        #expect(throws: (any Error).self) {
            try TestImages.run("/usr/bin/curl", ["-sf", "-m", "2", "http://127.0.0.1:\(port)/index.html"])
        }
        #expect(!(try gateway.run(["forward", "list"]).contains("\(port)")))
        try gateway.run(["sandbox", "delete", "web"])
    }

    @Test func fileTransferWorksInImage() throws {
        let gateway = try LiveGateway()
        defer { gateway.stop() }
        try gateway.run(["image", "import", "--repository", "debian", try TestImages.layout()])
        try gateway.run(["sandbox", "create", "--name", "files", "--from", "debian:sandbox"])
        let local = gateway.stateDirectory + "-upload.txt"
        let back = gateway.stateDirectory + "-download.txt"
        try "through the host loader\n".write(toFile: local, atomically: true, encoding: .utf8)
        defer {
            try? FileManager.default.removeItem(atPath: local)
            try? FileManager.default.removeItem(atPath: back)
        }
        try gateway.run(["sandbox", "upload", "files", local, "/sandbox/in.txt"])
        #expect(try gateway.run(["sandbox", "exec", "files", "--", "stat", "-c", "%U", "/sandbox/in.txt"]) == "sandbox\n")
        try gateway.run(["sandbox", "download", "files", "/sandbox/in.txt", back])
        #expect(readText(back) == "through the host loader\n")
        try gateway.run(["sandbox", "delete", "files"])
    }

    @Test func invalidForwardIsRejectedBeforeCreate() throws {
        let gateway = try LiveGateway()
        defer { gateway.stop() }
        let result = try gateway.cli(["sandbox", "create", "--name", "badfwd", "--forward", "99999"])
        #expect(result.status != 0)
        #expect(result.error.contains("invalid forward '99999'"))
        #expect(!(try gateway.run(["sandbox", "list"]).contains("badfwd")))
    }
}
