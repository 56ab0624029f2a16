import Testing

@testable import PaddockProxy

struct ParsingTests {
    @Test func authoritySplitsHostAndPort() throws {
        let plain = try #require(Authority.split("API.example.com:443", defaultPort: nil))
        #expect(plain.host == "api.example.com")
        #expect(plain.port == 443)
        let v6 = try #require(Authority.split("[::1]:8443", defaultPort: nil))
        #expect(v6.host == "::1")
        #expect(v6.port == 8443)
        #expect(Authority.split("example.com", defaultPort: 80)?.port == 80)
    }

    @Test func authorityRejectsBadInput() {
        #expect(Authority.split("example.com", defaultPort: nil) == nil)
        #expect(Authority.split("example.com:0", defaultPort: nil) == nil)
        #expect(Authority.split("example.com:99999", defaultPort: nil) == nil)
        #expect(Authority.split("user@example.com:443", defaultPort: nil) == nil)
        #expect(Authority.split(":443", defaultPort: nil) == nil)
    }

    @Test func pathCanonicalisesDotSegments() {
        #expect(RequestPath.canonical("/a/./b//c/../d") == "/a/b/d")
        #expect(RequestPath.canonical("/a/b/") == "/a/b/")
        #expect(RequestPath.canonical("/../etc") == nil)
    }

    @Test func addressClassesCoverSpecialRanges() {
        #expect(AddressClass(address: "127.0.0.2") == .loopback)
        #expect(AddressClass(address: "::1") == .loopback)
        #expect(AddressClass(address: "169.254.169.254") == .linkLocal)
        #expect(AddressClass(address: "fe80::1") == .linkLocal)
        #expect(AddressClass(address: "0.0.0.0") == .unspecified)
        #expect(AddressClass(address: "224.0.0.1") == .multicast)
        #expect(AddressClass(address: "10.0.0.1") == .private)
        #expect(AddressClass(address: "172.20.1.1") == .private)
        #expect(AddressClass(address: "192.168.1.1") == .private)
        #expect(AddressClass(address: "100.64.0.1") == .private)
        #expect(AddressClass(address: "fd12::1") == .private)
        #expect(AddressClass(address: "::ffff:10.1.1.1") == .private)
        #expect(AddressClass(address: "8.8.8.8") == .global)
    }
}
