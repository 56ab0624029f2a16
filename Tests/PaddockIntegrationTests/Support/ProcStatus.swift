/// Parsing of `/proc/PID/status`, the `Name:<tab>value` lines that the kernel writes per process.
enum ProcStatus {
    /// Returns each field's value without surrounding white space.
    static func parse(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            fields[String(line[..<colon])] = value
        }
        return fields
    }
}
