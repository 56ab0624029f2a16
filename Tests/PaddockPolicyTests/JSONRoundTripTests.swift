import Foundation
import Testing

@testable import PaddockPolicy

struct JSONRoundTripTests {
    private func roundTrip(_ policy: SandboxPolicy) throws -> SandboxPolicy {
        let data = try JSONEncoder().encode(policy)
        return try JSONDecoder().decode(SandboxPolicy.self, from: data)
    }

    private func json(_ policy: SandboxPolicy) throws -> [String: Any] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let object = try JSONSerialization.jsonObject(with: encoder.encode(policy))
        return try #require(object as? [String: Any])
    }

    @Test(arguments: CorpusTests.validFiles) func corpusPolicySurvivesJSON(_ name: String) throws {
        let path = try PolicyFixture.corpusURL.appendingPathComponent("valid/\(name)").path
        let policy = try PolicyLoader.load(path: path)
        #expect(try roundTrip(policy) == policy)
    }

    @Test func restrictiveDefaultSurvivesJSON() throws {
        #expect(try roundTrip(.restrictiveDefault) == .restrictiveDefault)
    }

    @Test func jsonUsesSchemaNames() throws {
        let object = try json(.restrictiveDefault)
        let filesystem = object["filesystem_policy"] as? [String: Any]
        let process = object["process"] as? [String: Any]
        #expect(object["version"] as? Int == 1)
        #expect(filesystem?["include_workdir"] as? Bool == true)
        #expect(filesystem?["read_write"] as? [String] == ["/sandbox", "/tmp", "/dev/null"])
        #expect((object["landlock"] as? [String: Any])?["compatibility"] as? String == "best_effort")
        #expect(process?["run_as_user"] as? String == "sandbox")
    }

    @Test func endpointJSONUsesSchemaNames() throws {
        let yaml = """
            version: 1
            network_policies:
              x:
                endpoints:
                  - {host: a.example.com, port: 443, protocol: json-rpc, json_rpc: {max_body_bytes: 10},
                     rules: [{allow: {method: "eth_*"}}], deny_rules: [{method: eth_sign}]}
            """
        let policy = try PolicyLoader.parse(yaml: yaml)
        let policies = try json(policy)["network_policies"] as? [[String: Any]]
        let endpoint = (policies?.first?["endpoints"] as? [[String: Any]])?.first
        #expect(policies?.first?["key"] as? String == "x")
        #expect(endpoint?["ports"] as? [Int] == [443])
        #expect(endpoint?["protocol"] as? String == "json-rpc")
        #expect((endpoint?["json_rpc"] as? [String: Any])?["max_body_bytes"] as? Int == 10)
        #expect((endpoint?["deny_rules"] as? [[String: Any]])?.first?["method"] as? String == "eth_sign")
        #expect(endpoint?["allow_encoded_slash"] as? Bool == false)
    }

    @Test func numericIdentityEncodesAsNumber() throws {
        let policy = SandboxPolicy(filesystemPolicy: nil, process: ProcessPolicy(runAsUser: .id(1000)))
        let process = try json(policy)["process"] as? [String: Any]
        #expect(process?["run_as_user"] as? Int == 1000)
        #expect(process?["run_as_group"] == nil)
        #expect(try roundTrip(policy).process.runAsUser == .id(1000))
    }

    @Test func queryMatcherShapes() throws {
        let data = try JSONEncoder().encode(["a": QueryMatcher.glob("x*"), "b": QueryMatcher.any(["y", "z"])])
        let text = String(decoding: data, as: UTF8.self)
        let decoded = try JSONDecoder().decode([String: QueryMatcher].self, from: data)
        #expect(text.contains("\"a\":\"x*\""))
        #expect(text.contains("\"b\":{\"any\":[\"y\",\"z\"]}"))
        #expect(decoded == ["a": .glob("x*"), "b": .any(["y", "z"])])
    }

    @Test func jsonValueRoundTrips() throws {
        let value = JSONValue.object([
            "list": .array([.int(1), .double(2.5), .bool(false), .null, .string("s")]), "nested": .object([:]),
        ])
        let decoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
        #expect(decoded == value)
    }
}
