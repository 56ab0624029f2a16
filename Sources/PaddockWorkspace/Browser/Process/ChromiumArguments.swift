/// The command line and environment of one Chromium launch.
struct ChromiumArguments: Equatable {
    let executable: String
    let directories: BrowserDirectories
    let windowSize: BrowserWindowSize
    /// The value of `--lang`, or nil for the image's default locale.
    let locale: String?
    /// The egress proxy (`http://HOST:PORT`), or nil when the sandbox has none.
    let proxy: String?

    /// The proxy Chromium should use: `HTTPS_PROXY`, then `HTTP_PROXY`, in either case.
    static func proxy(in environment: [String: String]) -> String? {
        for name in ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return nil
    }

    var arguments: [String] {
        var arguments = [
            executable,
            "--headless=new",
            // Chromium's own sandbox needs user namespaces, which Paddock's seccomp filter denies
            // inside a sandbox. The Paddock sandbox around the browser is the security boundary.
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            // Keep the browser from calling Google's services on its own (updates, sync, metrics).
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-domain-reliability",
            "--disable-client-side-phishing-detection",
            "--disable-breakpad",
            "--no-pings",
            "--disable-features=OptimizationHints,MediaRouter,DialMediaRouteProvider,Translate,"
                + "AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying",
            "--allow-browser-signin=false",
            // The component updater and the account services call home even with the switches
            // above. Aimed at a closed port of the sandbox's own loopback, they fail at once.
            "--component-updater=url-source=http://127.0.0.1:1/",
            "--gaia-url=http://127.0.0.1:1",
            "--google-apis-url=http://127.0.0.1:1",
            "--lso-url=http://127.0.0.1:1",
            "--remote-debugging-address=127.0.0.1",
            // Port 0 lets the kernel choose; Chromium writes the port into DevToolsActivePort.
            "--remote-debugging-port=0",
            "--user-data-dir=" + directories.profile,
            "--window-size=\(windowSize.width),\(windowSize.height)",
        ]
        if let proxy {
            // Chromium bypasses the proxy for loopback addresses itself, so pages served inside
            // the sandbox are reached directly.
            arguments.append("--proxy-server=" + proxy)
        }
        if let locale { arguments.append("--lang=" + locale) }
        arguments.append("about:blank")
        return arguments
    }

    /// Returns the browser's environment: the server's, with HOME, TMPDIR and the XDG directories
    /// moved into the private directory, because Chromium writes to ~/.config, ~/.cache,
    /// ~/.local/share/pki/nssdb and /tmp besides its user-data-dir.
    func environment(base: [String: String]) -> [String: String] {
        var environment = base
        environment["HOME"] = directories.home
        environment["TMPDIR"] = directories.temporary
        environment["XDG_CONFIG_HOME"] = directories.home + "/.config"
        environment["XDG_CACHE_HOME"] = directories.home + "/.cache"
        environment["XDG_DATA_HOME"] = directories.home + "/.local/share"
        environment["XDG_RUNTIME_DIR"] = directories.temporary
        environment[ChromiumLocator.overrideVariable] = nil
        return environment
    }
}

/// The width and height of the browser window, in CSS pixels.
struct BrowserWindowSize: Equatable, Sendable {
    var width: Int
    var height: Int

    /// AIO Sandbox's default display size.
    static let standard = BrowserWindowSize(width: 1280, height: 1024)
}
