import Foundation
import Testing

extension IntegrationSuite {
    /// The sandbox's network namespace: loopback only and no routes. Nothing here sends a packet
    /// anywhere; the tables themselves show that no address outside the sandbox is reachable.
    @Suite(.gateway)
    struct NetworkIsolationTests {
        static let sandbox = "net"

        func run(_ command: [String]) async throws -> ExecOutput {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)
            let result = try await gateway.exec(Self.sandbox, command)
            #expect(result.exitCode == 0, "\(result)")
            return result
        }

        @Test func procNetDevLoopbackOnly() async throws {
            let result = try await run(["cat", "/proc/net/dev"])
            // Two header lines, then one line per interface, named before the colon.
            let interfaces = result.lines.dropFirst(2).compactMap { $0.split(separator: ":").first }
                .map { $0.trimmingCharacters(in: .whitespaces) }

            #expect(interfaces == ["lo"])
        }

        @Test func ipLinkLoopbackOnly() async throws {
            let result = try await run(["ip", "-o", "link", "show"])
            // Each line reads `INDEX: NAME: <FLAGS> ...`.
            let names = result.lines.map { line in
                line.split(separator: ":").dropFirst().first.map { $0.trimmingCharacters(in: .whitespaces) }
            }

            #expect(names == ["lo"], "\(result)")
        }

        // The default policy keeps /sys out of reach, so this sandbox has a policy without Landlock rules.
        @Test func sysfsLoopbackOnly() async throws {
            let gateway = try TestGateway.require()
            let policy = try gateway.writeFile("no-landlock.yaml", "version: 1\n")
            _ = try await gateway.sharedSandbox("net-sysfs", ["--policy", policy])

            let result = try await gateway.exec("net-sysfs", ["ls", "/sys/class/net"])

            #expect(result.exitCode == 0, "\(result)")
            #expect(result.lines == ["lo"])
        }

        @Test func procNetRouteEmpty() async throws {
            let result = try await run(["cat", "/proc/net/route"])

            #expect(result.lines.count == 1, "\(result)")
            #expect(result.lines.first?.hasPrefix("Iface") == true)
        }

        @Test func ipv6RouteTableEmpty() async throws {
            let result = try await run(["cat", "/proc/net/ipv6_route"])
            // Only the local table's loopback entries may appear; nothing leads off the machine.
            let routes = result.lines.filter { !$0.hasSuffix(" lo") }

            #expect(routes.isEmpty, "\(result)")
        }

        @Test func ipRouteEmpty() async throws {
            let result = try await run(["ip", "route", "show"])

            #expect(result.output.isEmpty, "\(result)")
        }

        @Test func ipv6IpRouteEmpty() async throws {
            let result = try await run(["ip", "-6", "route", "show"])

            #expect(result.output.isEmpty, "\(result)")
        }

        // 127.0.0.1 inside is the sandbox's own loopback, so the gateway's port on the host's
        // loopback is out of reach and nothing listens on the same port inside.
        @Test func gatewayPortUnreachable() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)
            let port = try #require(URL(string: try gateway.url())?.port)
            let connect = "import socket; socket.create_connection(('127.0.0.1', \(port)), timeout=10)"

            let result = try await gateway.python(Self.sandbox, PythonSnippets.errno(of: connect))

            #expect(result.output == "ECONNREFUSED", "\(result)")
        }

        @Test func allRoutingTablesEmpty() async throws {
            let result = try await run(["ip", "route", "show", "table", "all"])
            // The kernel adds local and broadcast routes for 127.0.0.0/8 on lo; every other route
            // would be a way out.
            let routes = result.lines.filter { !$0.contains(" dev lo ") && !$0.hasSuffix(" dev lo") }

            #expect(routes.isEmpty, "\(result)")
        }
    }
}
