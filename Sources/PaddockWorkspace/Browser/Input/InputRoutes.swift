import Foundation
import PaddockHTTP

/// `POST /v1/browser/actions`, `GET /v1/browser/screenshot` and `POST /v1/browser/config`: input
/// and screenshots at the level of the screen. In headless Chromium the screen is the active
/// page's viewport, so screen coordinates are viewport coordinates in CSS pixels.
struct InputRoutes {
    let pages: BrowserPages

    var routes: [Route] {
        [
            Route("POST", "/v1/browser/actions", actions),
            Route("GET", "/v1/browser/screenshot", screenshot),
            Route("POST", "/v1/browser/config", config),
        ]
    }

    private func actions(_ request: RouteRequest) throws -> HTTPResponse {
        let bytes = try request.http.body.readAll(limit: 1024 * 1024)
        guard !bytes.isEmpty else {
            throw ValidationFailure([.init(location: ["body"], message: "Field required", type: "missing")])
        }
        guard let body = try? JSONValue.parse(bytes) else {
            throw ValidationFailure([.init(location: ["body", 0], message: "JSON decode error", type: "json_invalid")])
        }
        let action = try BrowserAction.parse(body)
        let performed = try pages.withActivePage("action") { page in
            let input = pages.input(page)
            try ActionRunner(input: input).run(action)
            let here = input.pointer.snapshot
            return action.summary(at: (here.x, here.y))
        }
        let data: JSONValue = ["status": "success", "action_performed": .string(performed)]
        return Envelope.json(
            Envelope.body(
                success: true, message: "Action performed: \(performed)", data: data,
                extra: ["status": "success", "action_performed": .string(performed)]))
    }

    private func screenshot(_ request: RouteRequest) throws -> HTTPResponse {
        let query = request.query()
        let format = query.choice("format", ["png", "jpg", "jpeg"]) ?? "png"
        let quality = query.int("quality")
        try query.validate()
        try PageRoutes.checkQuality(quality)
        let imageFormat = format == "png" ? "png" : "jpeg"
        let bytes = try pages.withActivePage("screenshot") { page in
            try page.screenshot(format: imageFormat, quality: quality, fullPage: false)
        }
        let screen = pages.browser.provider.windowSize
        let image = ImageSize.of(bytes) ?? screen
        let headers: HTTPHeaders = [
            "Content-Type": "image/\(imageFormat)", "x-screen-width": String(screen.width),
            "x-screen-height": String(screen.height), "x-image-width": String(image.width),
            "x-image-height": String(image.height),
        ]
        return HTTPResponse(headers: headers, body: .bytes(bytes))
    }

    private func config(_ request: RouteRequest) throws -> HTTPResponse {
        let bytes = try request.http.body.readAll(limit: 1024 * 1024)
        let fields = try RequestFields.parse(body: bytes)
        try fields.validate()
        let body = try JSONValue.parse(bytes)
        guard let resolution = body["resolution"], resolution != .null else {
            return Envelope.success(.null, message: "No settings changed")
        }
        let size = try Self.parseResolution(resolution)
        guard ScreenResolution.isAllowed(width: size.width, height: size.height) else {
            throw OperationFailure(
                "resolution \(size.width)x\(size.height) is not supported; use one of \(ScreenResolution.list)")
        }
        pages.browser.provider.windowSize = size
        try pages.translatingErrors("applying the resolution") {
            for page in try pages.targets.attachedPages() {
                try pages.targets.applyWindowSize(width: size.width, height: size.height, to: page)
            }
        }
        return Envelope.success(
            ["resolution": ["width": .int(size.width), "height": .int(size.height)]],
            message: "Resolution set to \(size.width)x\(size.height)")
    }

    /// Reads `{width, height}`, both positive integers.
    static func parseResolution(_ value: JSONValue) throws -> (width: Int, height: Int) {
        guard case .object(let members) = value else {
            throw ValidationFailure([
                .init(
                    location: ["body", "resolution"], message: "Input should be a valid dictionary or object",
                    type: "model_type", input: value)
            ])
        }
        let fields = RequestFields(members, place: "body")
        var issues: [ValidationFailure.Issue] = []
        var size = (width: 0, height: 0)
        for name in ["width", "height"] {
            guard members[name] != nil, members[name] != .null else {
                issues.append(
                    .init(location: ["body", "resolution", .string(name)], message: "Field required", type: "missing"))
                continue
            }
            let number = fields.int(name) ?? 0
            if number <= 0 {
                issues.append(
                    .init(
                        location: ["body", "resolution", .string(name)], message: "Input should be greater than 0",
                        type: "greater_than", input: members[name]))
            }
            if name == "width" { size.width = number } else { size.height = number }
        }
        do {
            try fields.validate()
        } catch let failure as ValidationFailure {
            issues = failure.issues.map { issue in
                var nested = issue
                nested.location.insert("resolution", at: 1)
                return nested
            }
        }
        if !issues.isEmpty { throw ValidationFailure(issues) }
        return size
    }
}
