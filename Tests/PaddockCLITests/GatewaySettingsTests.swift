@preconcurrency import Glibc
import Foundation
import Testing

@testable import PaddockCLI
@testable import PaddockCore

struct GatewaySettingsTests {
    func environment(_ variables: [String: String], userID: UInt32 = 1000) -> CLIEnvironment {
        var harness = CLIHarness()
        harness.variables = variables
        harness.userID = userID
        return harness.environment
    }

    @Test func flagBeatsEnvironment() {
        let globals = GlobalOptions(stateDirectory: "/flag")
        #expect(GatewaySettings.stateDirectory(globals, environment(["PADDOCK_STATE_DIR": "/env"])) == "/flag")
    }

    @Test func relativeFlagMadeAbsolute() {
        let globals = GlobalOptions(stateDirectory: "relative-dir")
        let directory = GatewaySettings.stateDirectory(globals, environment([:]), currentDirectory: "/work/here")
        #expect(directory == "/work/here/relative-dir")
    }

    @Test func relativeEnvironmentMadeAbsolute() {
        let directory = GatewaySettings.stateDirectory(
            GlobalOptions(), environment(["PADDOCK_STATE_DIR": "../state"]), currentDirectory: "/work/here")
        #expect(directory == "/work/state")
    }

    @Test func environmentBeatsDefault() {
        #expect(GatewaySettings.stateDirectory(GlobalOptions(), environment(["PADDOCK_STATE_DIR": "/env"])) == "/env")
    }

    @Test func rootDefault() {
        #expect(GatewaySettings.stateDirectory(GlobalOptions(), environment([:], userID: 0)) == "/var/lib/paddock")
    }

    @Test func userDefaultUsesXDG() {
        let directory = GatewaySettings.stateDirectory(GlobalOptions(), environment(["XDG_STATE_HOME": "/x/state"]))
        #expect(directory == "/x/state/paddock")
    }

    @Test func relativeXDGIsIgnored() {
        let directory = GatewaySettings.stateDirectory(
            GlobalOptions(), environment(["XDG_STATE_HOME": "state", "HOME": "/home/u"]))
        #expect(directory == "/home/u/.local/state/paddock")
    }

    @Test func userDefaultUsesHome() {
        let directory = GatewaySettings.stateDirectory(GlobalOptions(), environment(["HOME": "/home/u"]))
        #expect(directory == "/home/u/.local/state/paddock")
    }

    @Test func defaultURLWithoutSocket() throws {
        let url = try GatewaySettings.gatewayURL(GlobalOptions(), environment([:]), stateDirectory: "/nonexistent")
        #expect(url == "http://127.0.0.1:7760")
    }

    @Test func environmentURL() throws {
        let url = try GatewaySettings.gatewayURL(
            GlobalOptions(), environment(["PADDOCK_GATEWAY": "http://[::1]:7000"]), stateDirectory: "/nonexistent")
        #expect(url == "http://[::1]:7000")
    }

    @Test func socketInStateDirectory() throws {
        let directory = "/tmp/pd-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let socket = try UnixSocketFile(path: directory + "/gateway.sock")
        defer { socket.close() }
        let url = try GatewaySettings.gatewayURL(GlobalOptions(), environment([:]), stateDirectory: directory)
        #expect(url == "unix://\(directory)/gateway.sock")
    }

    @Test(arguments: ["http://127.0.0.1:7760", "http://localhost:80/", "unix:///run/paddock.sock", "http://[::1]:1"])
    func acceptsURLs(url: String) {
        #expect(throws: Never.self) { try GatewaySettings.validate(url, source: "--gateway") }
    }

    @Test(arguments: [
        "127.0.0.1:7760", "https://x:1", "http://x", "http://x:0", "unix://relative.sock", "unix://", "ftp://x:1",
    ])
    func rejectsURLs(url: String) {
        #expect(throws: UsageError.self) { try GatewaySettings.validate(url, source: "--gateway") }
    }

    @Test func badURLExitsWithUsage() {
        let result = CLIHarness().run("sandbox list --gateway localhost:7760")
        #expect(result.status == 64)
        #expect(
            result.error.hasPrefix(
                "error: --gateway: invalid gateway URL 'localhost:7760': expected http://HOST:PORT or "
                    + "unix:///PATH/gateway.sock\n"))
    }

    @Test func badEnvironmentURLNamesVariable() {
        var harness = CLIHarness()
        harness.variables["PADDOCK_GATEWAY"] = "nope"
        let result = harness.run("sandbox list")
        #expect(result.error.hasPrefix("error: PADDOCK_GATEWAY: invalid gateway URL 'nope'"))
    }

    @Test func tokenFromEnvironment() throws {
        let token = try GatewaySettings.token(environment(["PADDOCK_TOKEN": " abc\n"]), stateDirectory: "/x")
        #expect(token.token == "abc")
        #expect(token.source == "PADDOCK_TOKEN")
    }

    @Test func tokenFromFile() throws {
        let directory = "/tmp/pd-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "filetoken\n".write(toFile: directory + "/token", atomically: true, encoding: .utf8)
        let token = try GatewaySettings.token(environment([:]), stateDirectory: directory)
        #expect(token.token == "filetoken")
        #expect(token.source == directory + "/token")
    }

    @Test func missingTokenMessage() {
        var harness = CLIHarness()
        harness.variables = ["PADDOCK_STATE_DIR": "/nonexistent/pd"]
        let result = harness.run("sandbox list")
        #expect(result.status == 1)
        #expect(
            result.error
                == "error: no gateway token: set PADDOCK_TOKEN or run as a user that can read /nonexistent/pd/token "
                + "(start the gateway with `paddock gateway start`)\n")
        #expect(harness.transport.requests.isEmpty)
    }
}

/// A listening Unix socket file, so that the socket check in `GatewaySettings` finds one.
struct UnixSocketFile {
    let descriptor: Int32

    init(path: String) throws {
        descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() {
                buffer[index] = byte
            }
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(result == 0)
    }

    func close() {
        _ = Glibc.close(descriptor)
    }
}
