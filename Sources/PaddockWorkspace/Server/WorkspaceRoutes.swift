import PaddockHTTP

/// Every implemented operation of the workspace server, by API group.
enum WorkspaceRoutes {
    static func all(_ context: WorkspaceContext) -> [Route] {
        var routes: [Route] = [
            Route("GET", "/v1/openapi.json", { _ in
                HTTPResponse(headers: ["Content-Type": "application/json"], body: .bytes(Array(OpenAPIDocument.json.utf8)))
            })
        ]
        routes += SandboxRoutes(context: context).routes
        routes += BashRoutes(runner: BashRunner(context: context)).routes
        routes += FileRoutes(context: context).routes
        routes += FileWatchRoutes(context: context).routes
        routes += ShellRoutes(sessions: ShellSessions(context: context)).routes
        let browser = BrowserSupervisor(context: context)
        routes += BrowserProcessRoutes(supervisor: browser).routes
        routes += BrowserPageRoutes.all(BrowserPages(provider: browser, logger: context.logger))
        return MCPRoutes.appended(to: routes, context: context)
    }
}
