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
        ("POST", "/v1/jupyter/execute", "Jupyter kernels are not part of the workspace server yet"),
        ("GET", "/v1/jupyter/info", "Jupyter kernels are not part of the workspace server yet"),
        ("GET", "/v1/jupyter/sessions", "Jupyter kernels are not part of the workspace server yet"),
        ("DELETE", "/v1/jupyter/sessions", "Jupyter kernels are not part of the workspace server yet"),
        ("DELETE", "/v1/jupyter/sessions/{session_id}", "Jupyter kernels are not part of the workspace server yet"),
        ("POST", "/v1/jupyter/sessions/create", "Jupyter kernels are not part of the workspace server yet"),
        (
            "POST", "/v1/browser/page/upload_file",
            "the browser (Chromium over CDP) is not part of the workspace server yet"),
        (
            "POST", "/v1/browser/page/fill_form",
            "the browser (Chromium over CDP) is not part of the workspace server yet"),
        ("POST", "/v1/browser/page/record", "the browser (Chromium over CDP) is not part of the workspace server yet"),
        ("GET", "/v1/browser/page/console", "the browser (Chromium over CDP) is not part of the workspace server yet"),
        (
            "POST", "/v1/browser/page/console/export",
            "the browser (Chromium over CDP) is not part of the workspace server yet"),
        ("GET", "/v1/browser/cookies", "the browser (Chromium over CDP) is not part of the workspace server yet"),
        ("POST", "/v1/browser/cookies", "the browser (Chromium over CDP) is not part of the workspace server yet"),
        ("DELETE", "/v1/browser/cookies", "the browser (Chromium over CDP) is not part of the workspace server yet"),
        ("POST", "/v1/browser/state/save", "the browser (Chromium over CDP) is not part of the workspace server yet"),
        ("POST", "/v1/browser/state/load", "the browser (Chromium over CDP) is not part of the workspace server yet"),
        (
            "POST", "/v1/browser/network/headers",
            "the browser (Chromium over CDP) is not part of the workspace server yet"),
        (
            "POST", "/v1/browser/network/scoped_headers",
            "the browser (Chromium over CDP) is not part of the workspace server yet"),
        (
            "POST", "/v1/browser/network/route",
            "the browser (Chromium over CDP) is not part of the workspace server yet"),
        (
            "DELETE", "/v1/browser/network/route",
            "the browser (Chromium over CDP) is not part of the workspace server yet"),
        (
            "GET", "/v1/browser/network/requests",
            "the browser (Chromium over CDP) is not part of the workspace server yet"),
        (
            "POST", "/v1/browser/network/export_har",
            "the browser (Chromium over CDP) is not part of the workspace server yet"),
        (
            "GET", "/v1/browser/captcha/detect",
            "the browser (Chromium over CDP) is not part of the workspace server yet"),
        ("POST", "/v1/browser/captcha/wait", "the browser (Chromium over CDP) is not part of the workspace server yet"),
        ("GET", "/v1/browser/proxy.pac", "the browser (Chromium over CDP) is not part of the workspace server yet"),
        (
            "POST", "/v1/code/execute",
            "unified code execution needs the Jupyter and Node.js runners, which are not built yet"),
        (
            "GET", "/v1/code/info",
            "unified code execution needs the Jupyter and Node.js runners, which are not built yet"),
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
