import Foundation
import PaddockCore
import PaddockHTTP

/// `GET /v1/browser/info` and `POST /v1/browser/restart`, plus the CDP relay, which share one
/// supervisor.
struct BrowserProcessRoutes {
    let supervisor: BrowserSupervisor
    /// Reads the active page's inner size for `page_viewport`, or nil when no page responds.
    var pageViewport: @Sendable () -> (width: Int, height: Int)? = { nil }

    var routes: [Route] {
        [
            Route("GET", "/v1/browser/info", info),
            Route("POST", "/v1/browser/restart", restart),
        ] + CDPRelayRoutes(supervisor: supervisor).routes
    }

    func info(_ request: RouteRequest) throws -> HTTPResponse {
        let check = try checkedEndpoint()
        let address = CDPAddress(headers: request.http.headers)
        let size = supervisor.windowSize
        let data: JSONValue = [
            "user_agent": .string(check.endpoint.userAgent),
            "cdp_url": .string(address.webSocketURL(check.endpoint.browserWebSocketPath)),
            // Paddock has no VNC display. The field is a required string in the SDK's model, so it
            // is empty rather than null.
            "vnc_url": "",
            "cdp_ui_url": .null,
            "viewport": ["width": .int(size.width), "height": .int(size.height)],
            "page_viewport": pageViewport().map { ["width": .int($0.width), "height": .int($0.height)] } ?? .null,
        ]
        return Envelope.success(data, message: "Browser info retrieved", hint: check.hint)
    }

    func restart(_ request: RouteRequest) throws -> HTTPResponse {
        let options = try BrowserRestartOptions.parse(try request.http.body.readAll(limit: 64 * 1024))
        let previousLocale = supervisor.locale
        if let locale = options.locale { supervisor.locale = locale }
        let reason = "POST /v1/browser/restart (mode \(options.mode))"
        let endpoint: BrowserEndpoint
        do {
            endpoint = try supervisor.restart(reason: reason)
        } catch let error as PaddockError {
            // A locale that the browser failed to start with does not stay for later launches.
            supervisor.locale = previousLocale
            throw OperationFailure(error.message)
        }
        let data: JSONValue = [
            "mode": .string(options.mode), "generation": .int(endpoint.generation),
            "user_agent": .string(endpoint.userAgent), "locale": .from(supervisor.locale),
        ]
        return Envelope.success(data, message: "Browser restarted")
    }

    /// Returns the health-checked endpoint, reporting a start failure as a handled failure of the operation.
    private func checkedEndpoint() throws -> BrowserCheck {
        do {
            return try supervisor.check()
        } catch let error as PaddockError {
            throw OperationFailure(error.message)
        }
    }
}

/// The body of `POST /v1/browser/restart`.
struct BrowserRestartOptions: Equatable {
    /// `soft` or `hard`. Both restart the Chromium process: Paddock keeps no Playwright session
    /// that a soft restart could reconnect alone.
    var mode = "hard"
    var locale: String?

    /// Parses an optional body: empty and `null` take the defaults.
    ///
    /// - Throws: `ValidationFailure` for a malformed body, `OperationFailure` for options that
    ///   Chromium's command line cannot apply.
    static func parse(_ body: [UInt8]) throws -> BrowserRestartOptions {
        let text = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        var options = BrowserRestartOptions()
        guard !text.isEmpty, text != "null" else { return options }
        let fields = try RequestFields.parse(body: body)
        let mode = fields.choice("mode", ["soft", "hard"])
        let blocklist = fields.strings("url_blocklist")
        let allowlist = fields.strings("url_allowlist")
        let fileDialogs = fields.bool("allow_file_selection_dialogs")
        let locale = fields.string("locale")
        try fields.validate()
        if let mode { options.mode = mode }
        for (name, list) in [("url_blocklist", blocklist), ("url_allowlist", allowlist)] {
            if let list, !list.isEmpty {
                throw OperationFailure(
                    "\(name) is not supported: Chromium applies URL lists only as managed policy, which a "
                        + "sandbox cannot install; restrict hosts with the sandbox's egress policy instead")
            }
        }
        if fileDialogs == true {
            throw OperationFailure(
                "allow_file_selection_dialogs=true is not supported: headless Chromium shows no file dialogs; "
                    + "set files on an input with the upload_file page operation instead")
        }
        if let locale {
            guard isLocale(locale) else {
                throw OperationFailure(
                    "invalid locale '\(locale)': expected a language tag such as en-US or de")
            }
            options.locale = locale
        }
        return options
    }

    /// Tests for a BCP 47 style tag: letters, digits, `-` and `_`, starting with a letter.
    static func isLocale(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.count <= 35, CharacterSet.letters.contains(first) else {
            return false
        }
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        return text.unicodeScalars.allSatisfy { allowed.contains($0) }
    }
}
