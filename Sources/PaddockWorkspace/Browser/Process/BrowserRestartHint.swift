import PaddockHTTP

/// Adds the restart hint to the replies of page and input operations. They run on whichever
/// browser is current, so a call that found the browser dead or hung and started a new one reports
/// that in its envelope's hint, as `/v1/browser/info` does.
enum BrowserRestartHint {
    /// Returns `route` with a handler that compares the browser's generation before and after.
    static func wrap(_ route: Route, supervisor: BrowserSupervisor) -> Route {
        Route(route.method, route.pattern) { request in
            let before = supervisor.currentEndpoint?.generation
            /// Returns the hint when the generation changed during the call, else nil.
            func restartHint() -> String? {
                guard let before, let after = supervisor.currentEndpoint?.generation, after != before else { return nil }
                return "the browser was restarted during this call (generation \(before) to \(after)); "
                    + "pages, tabs and element indices of the old browser are gone"
            }
            let response: HTTPResponse
            do {
                response = try route.handler(request)
            } catch let failure as OperationFailure {
                guard let hint = restartHint() else { throw failure }
                return Envelope.json(Envelope.body(success: false, message: failure.message, data: failure.data, hint: hint))
            }
            guard let hint = restartHint() else { return response }
            return adding(hint, to: response)
        }
    }

    /// Sets `hint` in a JSON envelope whose hint is empty; any other response is returned as it is.
    static func adding(_ hint: String, to response: HTTPResponse) -> HTTPResponse {
        guard case .bytes(let bytes) = response.body,
            response.headers["Content-Type"]?.hasPrefix("application/json") == true,
            case .object(var members)? = try? JSONValue.parse(bytes), members["success"] != nil
        else { return response }
        if members["hint"] == nil || members["hint"] == .null {
            members["hint"] = .string(hint)
        }
        var changed = response
        changed.body = .bytes(JSONValue.object(members).serialized())
        return changed
    }
}
