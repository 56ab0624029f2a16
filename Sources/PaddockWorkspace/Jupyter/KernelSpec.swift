import Foundation

/// A kernel that can be started: a name and the command line that starts it.
///
/// Specs come from the `kernel.json` files of Jupyter's kernel directories. `python3` is always
/// available, started as `python3 -m ipykernel_launcher` from `PATH` when no file defines it.
struct KernelSpec: Sendable, Equatable {
    let name: String
    /// The command line, with `{connection_file}` where the connection file's path goes.
    let argv: [String]
    /// Variables that the spec adds to the kernel's environment.
    let environment: [String: String]

    static let defaultName = "python3"
    static let builtIn = KernelSpec(
        name: defaultName, argv: ["python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"], environment: [:])

    /// Returns the command line for the connection file at `path`.
    func arguments(connectionFile path: String) -> [String] {
        argv.map { $0.replacingOccurrences(of: "{connection_file}", with: path) }
    }

    /// Lists the directories searched for `<name>/kernel.json`, where the first match wins. The order
    /// is jupyter_client's: `JUPYTER_PATH`, the user's data directory, then the system ones.
    static func searchDirectories(environment: [String: String]) -> [String] {
        var directories: [String] = []
        if let path = environment["JUPYTER_PATH"] {
            directories += path.split(separator: ":").map(String.init)
        }
        if let data = environment["JUPYTER_DATA_DIR"] {
            directories.append(data)
        } else if let home = environment["HOME"] {
            directories.append(home + "/.local/share/jupyter")
        }
        directories += ["/usr/local/share/jupyter", "/usr/share/jupyter"]
        return directories.map { $0 + "/kernels" }
    }

    /// Reads every kernel spec found under `directories`, sorted by name, with `python3` always present.
    static func discover(in directories: [String]) -> [KernelSpec] {
        var specs: [String: KernelSpec] = [:]
        for directory in directories {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for name in names.sorted() where specs[name] == nil {
                if let spec = load(name: name, file: directory + "/" + name + "/kernel.json") { specs[name] = spec }
            }
        }
        if specs[defaultName] == nil { specs[defaultName] = builtIn }
        return specs.values.sorted { $0.name < $1.name }
    }

    /// Reads one `kernel.json`; returns nil when it is missing or has no usable `argv`.
    static func load(name: String, file: String) -> KernelSpec? {
        guard let data = FileManager.default.contents(atPath: file), let json = try? JSONValue.parse(Array(data)),
            case .array(let items)? = json["argv"]
        else { return nil }
        let argv = items.compactMap(\.stringValue)
        guard !argv.isEmpty, argv.count == items.count else { return nil }
        var environment: [String: String] = [:]
        if case .object(let entries)? = json["env"] {
            for (key, value) in entries { if let text = value.stringValue { environment[key] = text } }
        }
        return KernelSpec(name: name, argv: argv, environment: environment)
    }
}
