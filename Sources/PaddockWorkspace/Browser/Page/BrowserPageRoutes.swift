/// Every route of the page, input and tab operations, sharing one `BrowserPages`.
enum BrowserPageRoutes {
    static func all(_ pages: BrowserPages) -> [Route] {
        PageRoutes(pages: pages).routes + FormRoutes(pages: pages).routes + TabRoutes(pages: pages).routes
            + InputRoutes(pages: pages).routes
    }
}
