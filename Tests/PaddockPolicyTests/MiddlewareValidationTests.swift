import Testing

@testable import PaddockPolicy

struct MiddlewareValidationTests {
    private func policy(_ middlewares: String) -> String {
        "version: 1\nnetwork_middlewares:\n" + middlewares
    }

    private func middleware(_ key: String, order: Int, extra: String = "") -> String {
        "  \(key):\n    middleware: openshell/regex\n    order: \(order)\n    endpoints: {include: [api.example.com]}\n"
            + extra
    }

    @Test func middlewareLoads() throws {
        let yaml = policy(
            middleware("redactor", order: 5, extra: "    on_error: fail_open\n    config: {mode: redact}\n"))
        let loaded = try #require(try PolicyLoader.parse(yaml: yaml).networkMiddlewares.first)
        #expect(loaded.key == "redactor")
        #expect(loaded.name == "redactor")
        #expect(loaded.order == 5)
        #expect(loaded.onError == .failOpen)
        #expect(loaded.config == ["mode": .string("redact")])
        #expect(loaded.endpoints.include == ["api.example.com"])
    }

    @Test func configConvertsToJSON() throws {
        let extra = "    config:\n      list: [1, 2.5, true, null, text]\n      nested: {a: {b: c}}\n"
        let loaded = try PolicyLoader.parse(yaml: policy(middleware("m", order: 1, extra: extra)))
        let config = loaded.networkMiddlewares.first?.config
        #expect(config?["list"] == .array([.int(1), .double(2.5), .bool(true), .null, .string("text")]))
        #expect(config?["nested"] == .object(["a": .object(["b": .string("c")])]))
    }

    @Test func configMustBeMapping() {
        let yaml = policy(middleware("m", order: 1, extra: "    config: [a]\n"))
        #expect(PolicyFixture.rejects(yaml, with: "network_middlewares.m.config: expected a mapping, got a sequence"))
    }

    @Test func duplicateOrderRejected() {
        let yaml = policy(middleware("a", order: 3) + middleware("b", order: 3))
        #expect(
            PolicyFixture.rejects(
                yaml, with: "network_middlewares.b.order: order 3 is already used by middleware \"a\""))
    }

    @Test func countLimited() {
        let yaml = policy((0...NetworkMiddleware.maxCount).map { middleware("m\($0)", order: $0) }.joined())
        #expect(PolicyFixture.rejects(yaml, with: "too many middlewares: 11; at most 10 are allowed"))
    }

    @Test func countAtLimitAccepted() {
        let yaml = policy((1...NetworkMiddleware.maxCount).map { middleware("m\($0)", order: $0) }.joined())
        #expect(PolicyFixture.messages(yaml).isEmpty)
    }

    @Test func selectorNeedsInclude() {
        let yaml = policy("  m:\n    middleware: x\n    endpoints: {exclude: [a.example.com]}\n")
        #expect(PolicyFixture.rejects(yaml, with: "endpoints.include: include lists no host patterns"))
    }

    @Test func selectorPatternsChecked() {
        let yaml = policy("  m:\n    middleware: x\n    endpoints: {include: [\"*.com\"]}\n")
        #expect(PolicyFixture.rejects(yaml, with: "include[0]: invalid host pattern \"*.com\""))
    }

    @Test func onErrorChecked() {
        let yaml = policy(middleware("m", order: 1, extra: "    on_error: ignore\n"))
        #expect(
            PolicyFixture.rejects(yaml, with: "invalid on_error \"ignore\"; expected one of fail_closed, fail_open"))
    }

    @Test func implementationRequired() {
        let yaml = policy("  m:\n    endpoints: {include: [a.example.com]}\n")
        #expect(PolicyFixture.rejects(yaml, with: "network_middlewares.m.middleware: missing required field"))
    }
}
