/// The source of the running browser: `BrowserSupervisor` in the server, a browser launched by the
/// test in unit tests.
protocol BrowserEndpointProvider: AnyObject, Sendable {
    /// Returns the endpoint of a running browser, starting or restarting it when needed.
    func endpoint() throws -> BrowserEndpoint
    /// Restarts the browser and returns the new endpoint.
    func restart(reason: String) throws -> BrowserEndpoint
    /// The window size of new pages in CSS pixels.
    var windowSize: (width: Int, height: Int) { get set }
}

extension BrowserSupervisor: BrowserEndpointProvider {}
