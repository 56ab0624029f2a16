import PaddockCore
import Testing

@testable import PaddockWorkspace

struct DevToolsActivePortTests {
    @Test func portAndPathAreParsed() {
        let parsed = DevToolsActivePort.parse("38211\n/devtools/browser/7c1e-44\n")
        #expect(parsed == DevToolsActivePort(port: 38211, browserWebSocketPath: "/devtools/browser/7c1e-44"))
    }

    @Test func missingTrailingNewlineIsAccepted() {
        #expect(DevToolsActivePort.parse("9222\n/devtools/browser/x")?.port == 9222)
    }

    @Test(arguments: ["", "38211", "38211\n", "abc\n/devtools/browser/x", "0\n/devtools/browser/x",
        "70000\n/devtools/browser/x", "9222\n/devtools/page/x", "9222\n/devtools/browser/"])
    func incompleteOrMalformedIsRejected(text: String) {
        #expect(DevToolsActivePort.parse(text) == nil)
    }
}

struct ChromiumLocatorTests {
    @Test func firstExistingCandidateWins() throws {
        let found = try ChromiumLocator.locate(environment: ["PATH": "/usr/bin"]) { $0 == "/usr/bin/chromium" }
        #expect(found == "/usr/bin/chromium")
    }

    @Test func namesAreSearchedInPath() throws {
        let found = try ChromiumLocator.locate(environment: ["PATH": "/a:/b"]) { $0 == "/b/google-chrome" }
        #expect(found == "/b/google-chrome")
    }

    @Test func overrideWinsOverSearch() throws {
        let found = try ChromiumLocator.locate(environment: ["PADDOCK_BROWSER": "/opt/x/chrome"]) { _ in true }
        #expect(found == "/opt/x/chrome")
    }

    @Test func nonExecutableOverrideIsRejected() {
        let error = #expect(throws: PaddockError.self) {
            try ChromiumLocator.locate(environment: ["PADDOCK_BROWSER": "/nope"]) { $0 == "/usr/bin/chromium" }
        }
        #expect(error?.message.contains("PADDOCK_BROWSER=/nope") == true)
    }

    @Test func absentBrowserNamesPathsTried() {
        let error = #expect(throws: PaddockError.self) {
            try ChromiumLocator.locate(environment: ["PATH": "/a"]) { _ in false }
        }
        let message = error?.message ?? ""
        #expect(message.contains("/usr/lib/chromium/chromium"))
        #expect(message.contains("/a/chromium-browser"))
        #expect(message.contains("/opt/google/chrome/chrome"))
        #expect(message.contains("chromium package"))
    }
}

struct ChromiumArgumentsTests {
    private func launch(proxy: String?, locale: String? = nil) -> ChromiumArguments {
        ChromiumArguments(
            executable: "/usr/bin/chromium", directories: BrowserDirectories(root: "/tmp/b"),
            windowSize: BrowserWindowSize(width: 800, height: 600), locale: locale, proxy: proxy)
    }

    @Test func commandLineHasRequiredFlags() {
        let arguments = launch(proxy: nil).arguments
        for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=/tmp/b/profile",
            "--window-size=800,600"]
        {
            #expect(arguments.contains(flag), "missing \(flag)")
        }
        #expect(arguments.last == "about:blank")
        #expect(!arguments.contains { $0.hasPrefix("--proxy-server") })
    }

    @Test func proxyAndLocaleBecomeFlags() {
        let arguments = launch(proxy: "http://127.0.0.1:3128", locale: "de-DE").arguments
        #expect(arguments.contains("--proxy-server=http://127.0.0.1:3128"))
        #expect(arguments.contains("--lang=de-DE"))
    }

    @Test func proxyComesFromEnvironment() {
        #expect(ChromiumArguments.proxy(in: ["http_proxy": "http://h:1"]) == "http://h:1")
        #expect(ChromiumArguments.proxy(in: ["HTTP_PROXY": "http://h:1", "HTTPS_PROXY": "http://s:2"]) == "http://s:2")
        #expect(ChromiumArguments.proxy(in: ["HTTPS_PROXY": ""]) == nil)
    }

    @Test func environmentMovesHomeIntoPrivateDirectory() {
        let environment = launch(proxy: nil).environment(base: ["HOME": "/sandbox", "PATH": "/usr/bin"])
        #expect(environment["HOME"] == "/tmp/b/home")
        #expect(environment["TMPDIR"] == "/tmp/b/tmp")
        #expect(environment["XDG_CONFIG_HOME"] == "/tmp/b/home/.config")
        #expect(environment["XDG_CACHE_HOME"] == "/tmp/b/home/.cache")
        #expect(environment["XDG_DATA_HOME"] == "/tmp/b/home/.local/share")
        #expect(environment["PATH"] == "/usr/bin")
    }

    @Test func sandboxCertificateIsFoundBesideBundle() {
        let environment = ["SSL_CERT_FILE": "/.paddock/tls/ca-bundle.pem"]
        #expect(BrowserTrustStore.certificate(in: environment) { _ in true } == "/.paddock/tls/ca.pem")
        #expect(BrowserTrustStore.certificate(in: environment) { _ in false } == nil)
        #expect(BrowserTrustStore.certificate(in: ["SSL_CERT_FILE": "/etc/ssl/certs/ca.pem"]) { _ in true } == nil)
    }
}

struct BrowserRestartOptionsTests {
    private func parse(_ text: String) throws -> BrowserRestartOptions {
        try BrowserRestartOptions.parse(Array(text.utf8))
    }

    @Test func emptyAndNullBodiesTakeDefaults() throws {
        #expect(try parse("") == BrowserRestartOptions())
        #expect(try parse("null") == BrowserRestartOptions())
        #expect(try parse("{}").mode == "hard")
    }

    @Test func modeAndLocaleAreRead() throws {
        let options = try parse(#"{"mode":"soft","locale":"fr-CA","url_blocklist":[],"allow_file_selection_dialogs":false}"#)
        #expect(options.mode == "soft")
        #expect(options.locale == "fr-CA")
    }

    @Test func unknownModeIs422() {
        #expect(throws: ValidationFailure.self) { try parse(#"{"mode":"warm"}"#) }
    }

    @Test func urlListsAreRejectedWithReason() {
        let error = #expect(throws: OperationFailure.self) { try parse(#"{"url_blocklist":["*.example.com"]}"#) }
        #expect(error?.message.contains("url_blocklist is not supported") == true)
        #expect(error?.message.contains("egress policy") == true)
        #expect(throws: OperationFailure.self) { try parse(#"{"url_allowlist":["a.test"]}"#) }
    }

    @Test func fileDialogsTrueIsRejected() {
        #expect(throws: OperationFailure.self) { try parse(#"{"allow_file_selection_dialogs":true}"#) }
    }

    @Test func invalidLocaleIsRejected() {
        let error = #expect(throws: OperationFailure.self) { try parse(#"{"locale":"en US; rm"}"#) }
        #expect(error?.message.contains("'en US; rm'") == true)
    }
}
