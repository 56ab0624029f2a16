import Testing

@testable import PaddockPolicy

struct IPNetworkTests {
    @Test func parsesCIDRAndBareAddress() throws {
        let network = try IPNetwork("10.20.0.0/16")
        let single = try IPNetwork("10.20.1.2")
        let v6 = try IPNetwork("fd00::/8")
        #expect(network.prefixLength == 16)
        #expect(single.prefixLength == 32)
        #expect(v6.address.count == 16)
        #expect(v6.description == "fd00::/8")
    }

    static let invalidInputs = ["10.0.0.0/33", "10.0.0/8", "fd00::/129", "10.0.0.0/", "10.0.0.0/-1", "host", ""]

    @Test(arguments: invalidInputs) func invalidInputRejected(_ text: String) {
        #expect(throws: PatternError.self) { try IPNetwork(text) }
    }

    @Test func containsChecksPrefix() throws {
        let network = try IPNetwork("192.168.10.0/24")
        #expect(network.contains(address: "192.168.10.77"))
        #expect(!network.contains(address: "192.168.11.1"))
        #expect(!network.contains(address: "::1"))
    }

    @Test func overlapNeedsSameFamily() throws {
        #expect(try IPNetwork("10.0.0.0/8").overlaps(IPNetwork("10.1.2.0/24")))
        #expect(try IPNetwork("10.1.2.0/24").overlaps(IPNetwork("10.0.0.0/8")))
        #expect(try !IPNetwork("10.0.0.0/8").overlaps(IPNetwork("11.0.0.0/8")))
        #expect(try !IPNetwork("0.0.0.0/0").overlaps(IPNetwork("::/0")))
    }

    static let blockedInputs = [
        "127.0.0.1", "127.255.0.0/16", "169.254.169.254", "0.0.0.0", "0.0.0.0/0", "::1", "fe80::1", "::",
        "::ffff:127.0.0.1", "::ffff:169.254.169.254",
    ]

    @Test(arguments: blockedInputs) func alwaysBlockedCovers(_ text: String) throws {
        let network = try IPNetwork(text)
        #expect(IPNetwork.alwaysBlocked.contains { $0.overlaps(network) })
    }

    static let internalInputs = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fd00::/8"]

    @Test(arguments: internalInputs) func internalRangesNotBlocked(_ text: String) throws {
        let network = try IPNetwork(text)
        #expect(!IPNetwork.alwaysBlocked.contains { $0.overlaps(network) })
    }
}
