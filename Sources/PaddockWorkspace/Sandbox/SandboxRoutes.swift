import Foundation
import Glibc
import PaddockHTTP

/// The `/v1/sandbox*` operations: what the sandbox is and which packages it has.
struct SandboxRoutes {
    let context: WorkspaceContext

    var routes: [Route] {
        [
            Route("GET", "/v1/sandbox", { _ in Envelope.json(SandboxDescription(context: context).response) }),
            Route("GET", "/v1/sandbox/packages/python", { _ in Envelope.success(PackageLister.python(context)) }),
            Route("GET", "/v1/sandbox/packages/nodejs", { _ in Envelope.success(PackageLister.nodejs(context)) }),
        ]
    }
}

/// The body of `GET /v1/sandbox`: the envelope with `home_dir`, `workspace`, `version` and
/// `detail` beside it, and a text summary as `data`.
struct SandboxDescription {
    let context: WorkspaceContext

    /// Command-line tools reported when installed, by category.
    static let toolCategories: [(category: String, tools: [(String, String)])] = [
        ("Shell", [("bash", "GNU Bourne-Again shell"), ("sh", "POSIX shell")]),
        (
            "Files and text",
            [("grep", "search text"), ("sed", "stream editor"), ("awk", "pattern scanning"), ("find", "find files"),
             ("tar", "archives"), ("jq", "JSON processor")]
        ),
        ("Version control", [("git", "distributed version control")]),
        ("Network", [("curl", "transfer URLs"), ("wget", "download files")]),
    ]

    var response: JSONValue {
        let system = systemDetail
        let python = toolSpecs(["python3", "python", "pip3", "pip", "uv"])
        let nodejs = toolSpecs(["node", "npm", "npx"])
        let utils: [JSONValue] = Self.toolCategories.compactMap { category in
            let found = category.tools.filter { Self.which($0.0) != nil }
            guard !found.isEmpty else { return nil }
            return [
                "category": .string(category.category),
                "tools": .array(found.map { ["name": .string($0.0), "description": .string($0.1)] }),
            ]
        }
        let detail: JSONValue = ["system": system, "runtime": ["python": python, "nodejs": nodejs], "utils": .array(utils)]
        return Envelope.body(
            success: true, message: Envelope.defaultMessage, data: .string(summary(system, python: python)),
            extra: [
                "home_dir": .string(homeDirectory), "workspace": .string(context.workspace),
                "version": .string(context.version), "detail": detail,
            ])
    }

    private var homeDirectory: String { ProcessInfo.processInfo.environment["HOME"] ?? context.workspace }

    private var systemDetail: JSONValue {
        var name = utsname()
        uname(&name)
        let machine = withUnsafeBytes(of: &name.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let release = Self.osRelease()
        return [
            "os": .string(release["ID"] ?? "linux"), "os_version": .string(release["VERSION_ID"] ?? ""),
            "arch": .string(machine), "user": .string(ProcessInfo.processInfo.environment["USER"] ?? "sandbox"),
            "home_dir": .string(homeDirectory), "workspace": .string(context.workspace),
            "timezone": .string(TimeZone.current.identifier), "occupied_ports": .array(Self.listeningPorts().map { .string($0) }),
        ]
    }

    private func toolSpecs(_ names: [String]) -> JSONValue {
        .array(names.compactMap { name in
            guard let path = Self.which(name) else { return nil }
            return ["ver": nil, "bin": .string(path), "alias": .array([.string(name)])]
        })
    }

    private func summary(_ system: JSONValue, python: JSONValue) -> String {
        let ports = system["occupied_ports"].flatMap { value -> [String]? in
            guard case .array(let items) = value else { return nil }
            return items.compactMap(\.stringValue)
        } ?? []
        return """
            System Environment (Paddock workspace server, AIO API \(context.version)):
            - OS: \(system["os"]?.stringValue ?? "") \(system["os_version"]?.stringValue ?? "") (\(system["arch"]?.stringValue ?? ""))
            - User: \(system["user"]?.stringValue ?? ""), Home directory: \(homeDirectory)
            - Workspace: \(context.workspace)
            - Timezone: \(system["timezone"]?.stringValue ?? "")
            - Occupied Ports: \(ports.isEmpty ? "none" : ports.joined(separator: ", "))
            Development Environment:
            - Python: \(Self.which("python3") ?? "not installed")
            - Node.js: \(Self.which("node") ?? "not installed")
            """
    }

    /// Returns the path of `name` in the standard binary directories, or nil.
    static func which(_ name: String) -> String? {
        for directory in ["/usr/local/bin", "/usr/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: directory + "/" + name) {
            return directory + "/" + name
        }
        return nil
    }

    static func osRelease() -> [String: String] {
        guard let text = try? String(contentsOfFile: "/etc/os-release", encoding: .utf8) else { return [:] }
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            let value = line[line.index(after: equals)...].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            values[String(line[..<equals])] = value
        }
        return values
    }

    /// The TCP ports listening in the sandbox's network namespace, from /proc/net/tcp and tcp6.
    static func listeningPorts() -> [String] {
        var ports: Set<Int> = []
        for file in ["/proc/net/tcp", "/proc/net/tcp6"] {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n").dropFirst() {
                let columns = line.split(separator: " ")
                // Column 3 is the state; 0A is LISTEN. Column 1 is the local address, HEX_IP:HEX_PORT.
                guard columns.count > 3, columns[3] == "0A", let colon = columns[1].lastIndex(of: ":"),
                    let port = Int(columns[1][columns[1].index(after: colon)...], radix: 16)
                else { continue }
                ports.insert(port)
            }
        }
        return ports.sorted().map(String.init)
    }
}

/// Lists installed packages by running the package managers inside the sandbox.
enum PackageLister {
    static func python(_ context: WorkspaceContext) -> JSONValue {
        guard let python = SandboxDescription.which("python3") else { return [] }
        let output = run([python, "-m", "pip", "list", "--format=json", "--disable-pip-version-check"], context)
        guard let output, case .array(let items)? = try? JSONValue.parse(output) else { return [] }
        return .array(items.map { ["name": $0["name"] ?? nil, "version": $0["version"] ?? nil] })
    }

    static func nodejs(_ context: WorkspaceContext) -> JSONValue {
        guard let npm = SandboxDescription.which("npm") else { return [] }
        guard let output = run([npm, "ls", "-g", "--depth=0", "--json"], context),
            case .object(let dependencies)? = (try? JSONValue.parse(output))?["dependencies"]
        else { return [] }
        return .array(dependencies.keys.sorted().map { name in
            ["name": .string(name), "version": dependencies[name]?["version"] ?? nil]
        })
    }

    private static func run(_ arguments: [String], _ context: WorkspaceContext) -> [UInt8]? {
        guard let process = try? ChildProcess.start(
            arguments: arguments, environment: context.baseEnvironment, workingDirectory: context.workspace)
        else { return nil }
        guard process.waitUntilFinished(deadline: Date().addingTimeInterval(30)) else {
            process.signal(SIGKILL)
            return nil
        }
        return process.exitStatus == .exited(0) ? process.stdout.read(from: 0).bytes : nil
    }
}
