import Testing

@testable import PaddockCore

struct ListenAddressTests {
    @Test func parsesHostAndPort() throws {
        #expect(try ListenAddress.parse("127.0.0.1:7760") == ListenAddress(host: "127.0.0.1", port: 7760))
    }

    @Test func parsesBracketedIPv6() throws {
        #expect(try ListenAddress.parse("[::1]:8080") == ListenAddress(host: "::1", port: 8080))
        #expect(try ListenAddress.parse("127.0.0.1:0") == ListenAddress(host: "127.0.0.1", port: 0))
    }

    @Test(arguments: ["127.0.0.1", ":7760", "127.0.0.1:", "127.0.0.1:65536", "host:http", "::1:80"])
    func rejectsMalformed(text: String) {
        #expect(throws: PaddockError.self) { try ListenAddress.parse(text) }
    }

    @Test func portMessage() {
        let error = #expect(throws: PaddockError.self) { try ListenAddress.parse("localhost:99999") }
        #expect(error?.message == "invalid listen address 'localhost:99999': the port must be a number from 0 to 65535")
    }

    @Test(arguments: ["127.0.0.1", "127.1.2.3", "localhost", "::1"])
    func loopbackHosts(host: String) {
        #expect(ListenAddress(host: host, port: 1).isLoopback)
    }

    @Test(arguments: ["0.0.0.0", "10.0.0.1", "example.com", "::"])
    func nonLoopbackHosts(host: String) {
        #expect(!ListenAddress(host: host, port: 1).isLoopback)
    }

    @Test func describesIPv6WithBrackets() {
        #expect(ListenAddress(host: "::1", port: 80).description == "[::1]:80")
    }
}
