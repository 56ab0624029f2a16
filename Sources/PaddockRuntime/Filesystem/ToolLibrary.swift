import Foundation
import PaddockCore

/// One shared library of the host that the `paddock` executable loads, by its soname.
///
/// The release build links the Swift runtime statically but libseccomp, libyaml, OpenSSL, SQLite,
/// libarchive and glibc dynamically, and Debian 12 ships no static archives of several of
/// libarchive's dependencies (libzstd, liblz4, libacl). So a sandbox from an OCI image gets the
/// host's copies bound read-only under `SandboxPaths.toolLibraryDirectory`, and runs Paddock's
/// tools through the host's dynamic loader, which works whatever glibc version the image has.
public struct ToolLibrary: Codable, Sendable, Equatable {
    /// The name the loader looks for, such as `libssl.so.3`.
    public var soname: String
    public var hostPath: String

    public init(soname: String, hostPath: String) {
        self.soname = soname
        self.hostPath = hostPath
    }

    /// The loader's own soname inside the tool library directory.
    public static let loaderName = "ld-linux.so"

    /// Lists the libraries that `executable` loads, and the loader itself (named `loaderName`), by
    /// asking the host's dynamic loader (`ld.so --list`).
    public static func resolve(executable: String, loader: String = "/lib64/ld-linux-x86-64.so.2") throws -> [ToolLibrary] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: loader)
        process.arguments = ["--list", executable]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        do {
            try process.run()
        } catch {
            throw PaddockError(.unavailable, "cannot run the dynamic loader \(loader) to list \(executable)'s libraries", cause: error)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PaddockError(
                .unavailable, "\(loader) --list \(executable) exited with \(process.terminationStatus); is it a dynamic executable?")
        }
        var libraries = [ToolLibrary(soname: loaderName, hostPath: Self.realPath(loader))]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count >= 3, parts[1] == "=>", parts[2].hasPrefix("/") else { continue }
            libraries.append(ToolLibrary(soname: parts[0].trimmingCharacters(in: .whitespaces), hostPath: realPath(parts[2])))
        }
        return libraries
    }

    private static func realPath(_ path: String) -> String {
        guard let resolved = Glibc.realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

extension SandboxPaths {
    /// Host libraries for Paddock's tools in sandboxes from OCI images; inside the tools directory,
    /// so the baseline Landlock rule for that directory covers them.
    public static let toolLibraryDirectory = "/.paddock/bin/lib"
}

extension SandboxConfiguration {
    /// The command prefix that runs Paddock's own executable inside the sandbox: the executable
    /// itself for the `host` image, or the host's loader with the bound libraries for an OCI image.
    public var toolCommand: [String] {
        guard let libraries = toolLibraries, !libraries.isEmpty else { return [SandboxPaths.executable] }
        let directory = SandboxPaths.toolLibraryDirectory
        return [directory + "/" + ToolLibrary.loaderName, "--library-path", directory, SandboxPaths.executable]
    }
}
