import PaddockCore

/// `paddock logs NAME`: show a sandbox's audit and lifecycle events.
struct LogsCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "logs",
            abstract: "Show a sandbox's events: lifecycle changes, policy loads and egress decisions.",
            discussion: """
                Prints one line per event: time, level, kind, message and the event's fields, such as the \
                calling binary, the destination and the proxy's decision. With -o json, prints each event as \
                one JSON object per line. With --follow, keeps printing new events until interrupted.
                """,
            examples: [
                "paddock logs demo", "paddock logs demo --since 5m --level warning",
                "paddock logs demo --follow -o json",
            ])
    }

    static let followOption = OptionSpec.flag("follow", short: "f", help: "Keep printing new events as they arrive.")
    static let sinceOption = OptionSpec.single(
        "since", value: "time",
        help: "Only events from this long ago or later, such as 90s, 5m or 2h, or an RFC 3339 time such as "
            + "2026-12-04T10:00:00Z.")
    static let levelOption = OptionSpec.single(
        "level", value: "level",
        help: "Only events at this level or above: trace, debug, info, notice, warning, error or critical.")
    static let tailOption = OptionSpec.single(
        "tail", value: "count", help: "Only the newest COUNT events (before following), at least 1.")

    static var signature: CommandSignature {
        CommandSignature(
            options: [followOption, sinceOption, levelOption, tailOption, CommonOptions.output],
            positionals: [CommonOptions.sandboxName])
    }

    var name: String
    var follow: Bool
    var since: String?
    var level: String?
    var tail: Int?
    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        name = try CommonOptions.sandboxName(parsed)
        follow = parsed.flag(Self.followOption)
        since = try parsed.value(Self.sinceOption, Self.checkSince)
        level = try parsed.value(Self.levelOption) { text in
            guard Logger.Level(name: text) != nil else {
                throw PaddockError(
                    .invalidArgument,
                    "invalid level '\(text)': expected trace, debug, info, notice, warning, error or critical")
            }
            return text.lowercased()
        }
        tail = try parsed.value(Self.tailOption) { text in
            guard let count = Int(text), count >= 1 else {
                throw PaddockError(.invalidArgument, "invalid count '\(text)': expected a whole number of 1 or more")
            }
            return count
        }
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
    }

    /// Returns `text` after checking that it is a duration or an RFC 3339 time.
    static func checkSince(_ text: String) throws -> String {
        if TimeFormatting.date(from: text) != nil { return text }
        do {
            _ = try DurationParser.parse(text, quantity: "since")
        } catch {
            throw PaddockError(
                .invalidArgument,
                "invalid time '\(text)': expected a duration such as 90s, 5m or 2h, or an RFC 3339 time such as "
                    + "2026-12-04T10:00:00Z")
        }
        return text
    }

    /// The query string of the logs request.
    var query: String {
        var items: [String] = []
        if let since { items.append("since=" + GatewayClient.percentEncoded(since)) }
        if let level { items.append("level=" + level) }
        if let tail { items.append("limit=\(tail)") }
        if follow { items.append("follow=true") }
        return items.joined(separator: "&")
    }

    func run(in context: CommandContext) throws -> Int32 {
        try context.makeClient().streamLogs(sandbox: name, query: query) { line in
            switch output {
            case .json: context.print(line + "\n")
            case .table: context.print(LogLineFormatter.format(line) + "\n")
            }
        }
        return 0
    }
}
