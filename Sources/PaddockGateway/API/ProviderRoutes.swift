import PaddockCore
import PaddockHTTP

/// The REST routes under `/v1/providers`. No response carries a credential value.
struct ProviderRoutes: Sendable {
    let registry: ProviderRegistry

    /// Handles `route`, the path segments after `/v1/providers`.
    func handle(_ request: HTTPRequest, route: [String]) throws -> HTTPResponse {
        switch (request.method, route.count) {
        case ("GET", 0):
            return try .json(ProviderList(providers: try registry.list()))
        case ("POST", 0):
            let body = try JSONRequestBody.decode(CreateProviderRequest.self, from: request)
            return try .json(try registry.create(body), status: 201)
        case ("GET", 1):
            return try .json(try registry.get(route[0]))
        case ("PATCH", 1):
            let body = try JSONRequestBody.decode(UpdateProviderRequest.self, from: request)
            return try .json(try registry.update(route[0], body))
        case ("DELETE", 1):
            try registry.delete(route[0])
            return try .json(["deleted": route[0]])
        default:
            throw PaddockError(.notFound, "no route for \(request.method) \(request.path)")
        }
    }
}
