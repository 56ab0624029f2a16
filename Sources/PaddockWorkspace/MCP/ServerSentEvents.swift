/// Server-Sent Events framing (the WHATWG HTML standard, "server-sent events").
enum ServerSentEvents {
    /// Frames one event: an `event:` line, one `data:` line per line of `data`, and a blank line.
    /// Carriage returns and line feeds inside `data` start new `data:` lines, because a receiver
    /// would read them as line ends.
    static func event(_ name: String, data: String) -> String {
        var frame = "event: \(name)\n"
        let normalized = data.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            frame += "data: \(line)\n"
        }
        return frame + "\n"
    }
}
