/// The outputs of one execution in the contract's `JupyterOutput` shape, built from iopub messages.
///
/// Consecutive chunks of one stream merge into one output. The kept outputs are capped at
/// `maxBytes` (text and mime bundles counted by their UTF-8 size). Past the cap, stream text and
/// whole rich outputs are dropped and counted, and `finish()` appends a note that reports the dropped byte count.
struct ExecutionOutputs {
    /// The default cap of kept output per execution.
    static let defaultMaxBytes = 4 * 1024 * 1024

    let maxBytes: Int
    private(set) var outputs: [JSONValue] = []
    private(set) var keptBytes = 0
    private(set) var droppedBytes = 0
    private var pendingStream: (name: String, text: String)?

    init(maxBytes: Int = ExecutionOutputs.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    var truncated: Bool { droppedBytes > 0 }

    /// The bytes still allowed under the cap.
    var remainingBytes: Int { max(0, maxBytes - keptBytes) }

    /// Adds the output that `message` carries; ignores messages of other types.
    mutating func add(_ message: JupyterMessage) {
        if message.isContentTruncated, message.type != "stream" {
            // Only the start of the frame arrived, so the output is larger than the cap allows.
            if ["execute_result", "display_data", "update_display_data", "error"].contains(message.type) {
                flushStream()
                droppedBytes += message.contentLength
            }
            return
        }
        switch message.type {
        case "stream":
            guard
                let stream = StreamContent.parse(
                    message.contentBytes, keepBytes: remainingBytes, totalLength: message.contentLength)
            else { return }
            appendStream(name: stream.name, text: stream.text, length: stream.length)
        case "execute_result", "display_data", "update_display_data":
            let content = message.content
            var output: [String: JSONValue] = [
                "output_type": .string(message.type == "execute_result" ? "execute_result" : "display_data"),
                "data": content["data"] ?? [:], "metadata": content["metadata"] ?? [:],
            ]
            if message.type == "execute_result" { output["execution_count"] = content["execution_count"] ?? nil }
            appendRich(.object(output))
        case "error":
            let content = message.content
            appendRich(Self.error(
                name: content["ename"]?.stringValue ?? "Error", value: content["evalue"]?.stringValue ?? "",
                traceback: content["traceback"] ?? []))
        case "clear_output":
            flushStream()
            outputs.removeAll()
            keptBytes = 0
        default:
            break
        }
    }

    /// Adds an error output that the client reports itself, such as a dead kernel.
    mutating func addError(name: String, value: String) {
        flushStream()
        outputs.append(Self.error(name: name, value: value, traceback: []))
    }

    /// Returns the outputs, with a truncation note on the last stream when output was dropped.
    mutating func finish() -> [JSONValue] {
        if droppedBytes > 0 {
            let note = "\n[output truncated: \(droppedBytes) bytes beyond the \(maxBytes)-byte limit were dropped]\n"
            if pendingStream == nil, case .object(let last)? = outputs.last, last["output_type"] == "stream" {
                outputs.removeLast()
                pendingStream = (last["name"]?.stringValue ?? "stdout", last["text"]?.stringValue ?? "")
            }
            if pendingStream == nil { pendingStream = ("stderr", "") }
            pendingStream!.text += note
        }
        flushStream()
        return outputs.map(Self.complete)
    }

    /// The members of the contract's `JupyterOutput`; those an output type does not use are null.
    static let memberNames = [
        "output_type", "name", "text", "data", "metadata", "execution_count", "ename", "evalue", "traceback",
    ]

    static func complete(_ output: JSONValue) -> JSONValue {
        guard case .object(var members) = output else { return output }
        for name in memberNames where members[name] == nil { members[name] = .null }
        return .object(members)
    }

    static func error(name: String, value: String, traceback: JSONValue) -> JSONValue {
        ["output_type": "error", "ename": .string(name), "evalue": .string(value), "traceback": traceback]
    }

    private mutating func appendStream(name: String, text: String, length: Int) {
        let kept = text.utf8.count
        keptBytes += kept
        droppedBytes += length - kept
        if pendingStream?.name != name { flushStream() }
        if pendingStream == nil { pendingStream = (name, "") }
        pendingStream!.text += text
    }

    private mutating func appendRich(_ output: JSONValue) {
        flushStream()
        let size = output.serialized().count
        guard size <= remainingBytes else {
            droppedBytes += size
            return
        }
        keptBytes += size
        outputs.append(output)
    }

    private mutating func flushStream() {
        guard let stream = pendingStream else { return }
        pendingStream = nil
        outputs.append(["output_type": "stream", "name": .string(stream.name), "text": .string(stream.text)])
    }
}
