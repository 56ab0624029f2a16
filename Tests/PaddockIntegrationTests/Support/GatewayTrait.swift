import Testing

/// A suite trait that starts one `TestGateway` for the whole suite, makes it `TestGateway.current`
/// for every test in it, and tears it down afterwards, whether the tests passed or not.
struct GatewayTrait: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let gateway = try await TestGateway.launch()
        do {
            try await TestGateway.$current.withValue(gateway) {
                try await function()
            }
        } catch {
            await gateway.tearDown()
            throw error
        }
        await gateway.tearDown()
    }
}

extension Trait where Self == GatewayTrait {
    /// One gateway for the suite, in a temporary state directory; see `GatewayTrait`.
    static var gateway: Self { GatewayTrait() }
}
