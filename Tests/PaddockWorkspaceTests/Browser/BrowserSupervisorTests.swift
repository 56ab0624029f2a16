import Foundation
import Glibc
import PaddockCore
import PaddockHTTP
import Testing

@testable import PaddockWorkspace

/// Runs the host's Chromium, which the set-up script installs; the supervisor runs it with
/// `--no-sandbox`, so these tests also work as root.
@Suite(.serialized) struct BrowserSupervisorTests {
    private func makeSupervisor() -> BrowserSupervisor {
        BrowserSupervisor(context: WorkspaceContext(workspace: "/tmp", logger: Logger(label: "test"), version: "test"))
    }

    private func versionStatus(port: Int) throws -> Int {
        let client = HTTPClient(address: .tcp(host: "127.0.0.1", port: port), readTimeout: .seconds(10))
        defer { client.close() }
        let response = try client.request("GET", "/json/version")
        _ = try response.body.readAll()
        return response.status
    }

    @Test func launchReturnsWorkingEndpoint() throws {
        let supervisor = makeSupervisor()
        defer { supervisor.stop() }
        let endpoint = try supervisor.endpoint()
        #expect(endpoint.generation == 1)
        #expect(endpoint.browserWebSocketPath.hasPrefix("/devtools/browser/"))
        #expect(endpoint.userAgent.contains("Chrome/"))
        #expect(try versionStatus(port: endpoint.port) == 200)
        #expect(try supervisor.endpoint() == endpoint)
    }

    @Test func killedBrowserIsRestarted() throws {
        let supervisor = makeSupervisor()
        defer { supervisor.stop() }
        let first = try supervisor.endpoint()
        let pid = try #require(supervisor.currentPID)
        let firstDirectory = try #require(supervisor.currentDirectory)
        kill(pid, SIGKILL)
        while kill(pid, 0) == 0 || errno != ESRCH { usleep(20_000) }
        let check = try supervisor.check()
        #expect(check.endpoint.generation == 2)
        #expect(check.restartReason?.contains("killed by signal 9") == true)
        #expect(check.endpoint.browserID != first.browserID)
        #expect(processes(naming: firstDirectory).isEmpty)
        #expect(try versionStatus(port: check.endpoint.port) == 200)
    }

    @Test func stoppedBrowserCountsAsHung() throws {
        let supervisor = makeSupervisor()
        defer { supervisor.stop() }
        _ = try supervisor.endpoint()
        let pid = try #require(supervisor.currentPID)
        kill(pid, SIGSTOP)
        let check = try supervisor.check()
        #expect(check.endpoint.generation == 2)
        #expect(check.restartReason?.contains("hung") == true)
        #expect(kill(pid, 0) == -1)
    }

    @Test func explicitRestartStartsNewGeneration() throws {
        let supervisor = makeSupervisor()
        defer { supervisor.stop() }
        let first = try supervisor.endpoint()
        let second = try supervisor.restart(reason: "test")
        #expect(second.generation == first.generation + 1)
        #expect(try versionStatus(port: second.port) == 200)
    }

    @Test func stopEndsProcessGroupAndRemovesDirectory() throws {
        let supervisor = makeSupervisor()
        _ = try supervisor.endpoint()
        let pid = try #require(supervisor.currentPID)
        let directory = try #require(supervisor.currentDirectory)
        supervisor.stop()
        #expect(kill(-pid, 0) == -1)
        #expect(errno == ESRCH)
        #expect(!FileManager.default.fileExists(atPath: directory))
        #expect(processes(naming: directory).isEmpty)
    }

    @Test func missingBrowserFailsWithClearMessage() throws {
        setenv("PADDOCK_BROWSER", "/nonexistent/chrome", 1)
        let supervisor = makeSupervisor()
        unsetenv("PADDOCK_BROWSER")
        let error = #expect(throws: PaddockError.self) { try supervisor.endpoint() }
        #expect(error?.message.contains("PADDOCK_BROWSER=/nonexistent/chrome") == true)

        let routes = BrowserProcessRoutes(supervisor: supervisor)
        let infoRequest = try request("GET", "/v1/browser/info")
        let infoFailure = #expect(throws: OperationFailure.self) { try routes.info(infoRequest) }
        #expect(infoFailure?.message.contains("/nonexistent/chrome") == true)

        let restartRequest = try request("POST", "/v1/browser/restart", body: #"{"locale":"de-DE"}"#)
        #expect(throws: OperationFailure.self) { try routes.restart(restartRequest) }
        #expect(supervisor.locale == nil)
    }

    private func request(_ method: String, _ target: String, body: String = "") throws -> RouteRequest {
        let head = try HTTPRequestHead(method: method, target: target, headers: ["Host": "127.0.0.1:8091"])
        let context = HTTPRequestContext(peer: .unix(nil), requestID: "test", logger: Logger(label: "test"))
        return RouteRequest(
            http: HTTPRequest(head: head, body: HTTPBody(bytes: Array(body.utf8))), context: context, parameters: [:])
    }

    /// Returns the pids of the processes whose command line contains `text`. Zombies have an empty
    /// command line, so they do not count.
    private func processes(naming text: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> Int32? in
            guard let pid = Int32(entry), let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else {
                return nil
            }
            return String(decoding: data, as: UTF8.self).contains(text) ? pid : nil
        }
    }
}
