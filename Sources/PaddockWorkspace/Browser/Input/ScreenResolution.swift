/// The screen sizes `POST /v1/browser/config` accepts, as the contract lists them.
enum ScreenResolution {
    static let allowed: [(width: Int, height: Int)] = [
        (1920, 1080), (640, 480), (1360, 768), (1280, 720), (800, 600), (1024, 768), (1280, 800), (1920, 1200),
        (1280, 960), (1400, 1050), (1680, 1050), (1280, 1024), (1600, 1200),
    ]

    static func isAllowed(width: Int, height: Int) -> Bool {
        allowed.contains { $0.width == width && $0.height == height }
    }

    /// The allowed sizes as `1920x1080, 640x480, ...`, for error messages.
    static var list: String {
        allowed.map { "\($0.width)x\($0.height)" }.joined(separator: ", ")
    }
}
