/// The operations of the AIO contract that the workspace server does not implement yet, in one
/// place. Each returns HTTP 501 with its reason, so a client learns at once what is missing rather
/// than meeting a 404.
enum UnimplementedOperations {
    /// Method, path pattern and the reason, in the order of the contract.
    static let all: [(method: String, pattern: String, reason: String)] = [
        ("POST", "/v1/sandbox/hooks", "shutdown hooks are not supported yet"),
        ("GET", "/v1/sandbox/hooks", "shutdown hooks are not supported yet"),
        ("DELETE", "/v1/sandbox/hooks/{name}", "shutdown hooks are not supported yet"),
        (
            "GET", "/v1/sandbox/observe/status",
            "resource observation is not supported yet; the gateway reports sandbox usage"),
        (
            "GET", "/v1/sandbox/observe/live",
            "resource observation is not supported yet; the gateway reports sandbox usage"),
        (
            "POST", "/v1/sandbox/observe/start",
            "resource observation is not supported yet; the gateway reports sandbox usage"),
        (
            "POST", "/v1/sandbox/observe/stop",
            "resource observation is not supported yet; the gateway reports sandbox usage"),
        (
            "POST", "/v1/sandbox/observe/export",
            "resource observation is not supported yet; the gateway reports sandbox usage"),
        (
            "GET", "/v1/sandbox/observe/reports",
            "resource observation is not supported yet; the gateway reports sandbox usage"),
        (
            "GET", "/v1/sandbox/observe/reports/{report_id}",
            "resource observation is not supported yet; the gateway reports sandbox usage"),
        (
            "DELETE", "/v1/sandbox/observe/reports/{report_id}",
            "resource observation is not supported yet; the gateway reports sandbox usage"),
        ("GET", "/v1/shell/terminal-url", "the /terminal web page is not served; connect to WS /v1/shell/ws instead"),
        (
            "POST", "/v1/browser/page/upload_file",
            "this browser operation is not supported yet; the page and input operations and CDP are"),
        (
            "POST", "/v1/browser/page/fill_form",
            "this browser operation is not supported yet; the page and input operations and CDP are"),
        ("POST", "/v1/browser/page/record", "this browser operation is not supported yet; the page and input operations and CDP are"),
        ("GET", "/v1/browser/page/console", "this browser operation is not supported yet; the page and input operations and CDP are"),
        (
            "POST", "/v1/browser/page/console/export",
            "this browser operation is not supported yet; the page and input operations and CDP are"),
        ("GET", "/v1/browser/cookies", "this browser operation is not supported yet; the page and input operations and CDP are"),
        ("POST", "/v1/browser/cookies", "this browser operation is not supported yet; the page and input operations and CDP are"),
        ("DELETE", "/v1/browser/cookies", "this browser operation is not supported yet; the page and input operations and CDP are"),
        ("POST", "/v1/browser/state/save", "this browser operation is not supported yet; the page and input operations and CDP are"),
        ("POST", "/v1/browser/state/load", "this browser operation is not supported yet; the page and input operations and CDP are"),
        (
            "POST", "/v1/browser/network/headers",
            "this browser operation is not supported yet; the page and input operations and CDP are"),
        (
            "POST", "/v1/browser/network/scoped_headers",
            "this browser operation is not supported yet; the page and input operations and CDP are"),
        (
            "POST", "/v1/browser/network/route",
            "this browser operation is not supported yet; the page and input operations and CDP are"),
        (
            "DELETE", "/v1/browser/network/route",
            "this browser operation is not supported yet; the page and input operations and CDP are"),
        (
            "GET", "/v1/browser/network/requests",
            "this browser operation is not supported yet; the page and input operations and CDP are"),
        (
            "POST", "/v1/browser/network/export_har",
            "this browser operation is not supported yet; the page and input operations and CDP are"),
        (
            "GET", "/v1/browser/captcha/detect",
            "this browser operation is not supported yet; the page and input operations and CDP are"),
        ("POST", "/v1/browser/captcha/wait", "this browser operation is not supported yet; the page and input operations and CDP are"),
        ("GET", "/v1/browser/proxy.pac", "this browser operation is not supported yet; the page and input operations and CDP are"),
        ("POST", "/v1/util/convert_to_markdown", "document conversion is not supported yet"),
        ("POST", "/v1/skills/register", "skills are not supported yet"),
        ("GET", "/v1/skills/metadatas", "skills are not supported yet"),
        ("DELETE", "/v1/skills", "skills are not supported yet"),
        ("DELETE", "/v1/skills/{name}", "skills are not supported yet"),
        ("GET", "/v1/skills/{name}/content", "skills are not supported yet"),
        ("GET", "/v1/proxy/mappings", "the preview proxy settings are not supported yet"),
        ("POST", "/v1/proxy/mappings", "the preview proxy settings are not supported yet"),
        ("DELETE", "/v1/proxy/mappings/{source}", "the preview proxy settings are not supported yet"),
        ("GET", "/v1/proxy/excludes", "the preview proxy settings are not supported yet"),
        ("POST", "/v1/proxy/excludes", "the preview proxy settings are not supported yet"),
        ("DELETE", "/v1/proxy/excludes", "the preview proxy settings are not supported yet"),
        ("GET", "/v1/proxy/diagnose", "the preview proxy settings are not supported yet"),
        ("GET", "/v1/proxy/health", "the preview proxy settings are not supported yet"),
        ("GET", "/v1/proxy/upstream", "the preview proxy settings are not supported yet"),
        ("PUT", "/v1/proxy/upstream", "the preview proxy settings are not supported yet"),
        ("DELETE", "/v1/proxy/upstream", "the preview proxy settings are not supported yet"),
        ("POST", "/v1/display/record", "display recording needs an X display, which sandboxes do not have yet"),
        ("POST", "/tickets", "Paddock authenticates at the gateway; AIO tickets are not supported"),
        ("GET", "/auth", "Paddock authenticates at the gateway; AIO tickets are not supported"),
    ]
}
