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
        let pages = BrowserPages(provider: browser, logger: context.logger)
        routes += BrowserProcessRoutes(supervisor: browser, pageViewport: { try? pages.pageViewport() }).routes
        routes += BrowserPageRoutes.all(pages).map { BrowserRestartHint.wrap($0, supervisor: browser) }
        let jupyter = JupyterService(context: context)
        let node = NodeService(context: context)
        routes += JupyterRoutes(service: jupyter).routes
        routes += NodeJSRoutes(service: node).routes
        routes += CodeRoutes(jupyter: jupyter, node: node).routes
        return MCPRoutes.appended(to: routes, context: context)
    }
}
