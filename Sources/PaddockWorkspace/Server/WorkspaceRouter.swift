import PaddockCore
import PaddockHTTP

/// Dispatches requests to the workspace's routes and turns thrown errors into the responses AIO
/// clients expect: 422 for validation, 200 with `success: false` for handled failures, 501 for the
/// operations listed in `UnimplementedOperations`, and FastAPI's `{"detail": ...}` otherwise.
///
/// Paths are matched as the server receives them; whoever exposes the server (the gateway under
/// `/sandboxes/NAME`, or a forwarded port) strips its own prefix first.
public struct WorkspaceRouter: Sendable {
    let routes: [Route]
    let unimplemented: [(method: String, segments: [Substring], reason: String)]

    public init(routes: [Route]) {
        self.routes = routes
        unimplemented = UnimplementedOperations.all.map { ($0.method, $0.pattern.split(separator: "/"), $0.reason) }
    }

    /// Handles one request; never throws.
    public func handle(_ request: HTTPRequest, _ context: HTTPRequestContext) -> HTTPResponse {
        let path = Self.segments(of: request.head.target.rawPath)
        var methodMismatch = false
        for route in routes {
            guard let parameters = route.match(path) else { continue }
            guard route.method == request.method || (route.method == "GET" && request.method == "HEAD") else {
                methodMismatch = true
                continue
            }
            return run(route, RouteRequest(http: request, context: context, parameters: parameters))
        }
        for operation in unimplemented where operation.method == request.method {
            if Route.match(operation.segments, path) != nil {
                return Envelope.error(
                    "\(request.method) \(request.path) is not implemented by Paddock yet: \(operation.reason)", status: 501)
            }
        }
        return methodMismatch
            ? Envelope.error("Method Not Allowed", status: 405) : Envelope.error("Not Found", status: 404)
    }

    /// Splits the still-encoded path at `/` and then decodes each segment, so that `%2F` inside a
    /// segment (an id such as `a/b`) stays one segment instead of changing which route matches.
    static func segments(of rawPath: String) -> [Substring] {
        rawPath.split(separator: "/").map { segment in
            Substring(PercentDecoding.decode(String(segment), plusAsSpace: false) ?? String(segment))
        }
    }

    private func run(_ route: Route, _ request: RouteRequest) -> HTTPResponse {
        do {
            return try route.handler(request)
        } catch let failure as ValidationFailure {
            return Envelope.json(failure.body, status: 422)
        } catch let failure as OperationFailure {
            return Envelope.failure(failure.message, data: failure.data)
        } catch let error as PaddockError {
            return Envelope.error(error.message, status: error.code.httpStatus)
        } catch let error as HTTPParseError {
            return Envelope.error("cannot read the request body: \(error)", status: 400)
        } catch {
            request.context.logger.error(
                "request failed", ["route": route.pattern, "error": String(describing: error)])
            return Envelope.error("Internal Server Error: \(error)", status: 500)
        }
    }
}
