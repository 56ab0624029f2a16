import PaddockCore
import Foundation

/// Finds the Chromium executable of the sandbox's image.
enum ChromiumLocator {
    /// The environment variable that names an executable to use instead of the search.
    static let overrideVariable = "PADDOCK_BROWSER"

    /// The candidates, in search order: absolute paths first, then names looked up in `PATH`.
    static let candidates = [
        "/usr/lib/chromium/chromium", "/usr/bin/chromium", "chromium-browser", "/opt/google/chrome/chrome",
        "google-chrome",
    ]

    /// Returns the executable to start.
    ///
    /// - Throws: `PaddockError` (`unavailable`) naming every path tried and the package to install,
    ///   or naming the override when `PADDOCK_BROWSER` points at something that is not executable.
    static func locate(
        environment: [String: String], isExecutable: (String) -> Bool = FileManager.default.isExecutableFile(atPath:)
    ) throws -> String {
        if let override = environment[overrideVariable], !override.isEmpty {
            guard isExecutable(override) else {
                throw PaddockError(
                    .unavailable,
                    "\(overrideVariable)=\(override) is not an executable file; point it at a Chromium binary or unset it")
            }
            return override
        }
        var tried: [String] = []
        for candidate in candidates {
            let paths = candidate.hasPrefix("/") ? [candidate] : searchPath(environment).map { $0 + "/" + candidate }
            tried += paths
            if let found = paths.first(where: isExecutable) { return found }
        }
        throw PaddockError(
            .unavailable,
            "no Chromium found in the sandbox image (tried \(tried.joined(separator: ", "))); install Debian's "
                + "chromium package in the image, or set \(overrideVariable) to the browser's path")
    }

    private static func searchPath(_ environment: [String: String]) -> [String] {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }
}
