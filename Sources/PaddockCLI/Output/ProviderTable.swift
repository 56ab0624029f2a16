import Foundation

/// The table views of providers for `provider list` and `provider get`.
enum ProviderTable {
    static func list(_ providers: [Provider], now: Date) -> String {
        var table = TextTable(headers: ["NAME", "CREDENTIALS", "ENDPOINTS", "SANDBOXES", "AGE"])
        for provider in providers {
            table.append([
                provider.name, joined(provider.credentials), joined(provider.endpoints),
                joined(provider.sandboxes ?? []), TimeFormatting.age(of: provider.createdAt, now: now),
            ])
        }
        return table.rendered()
    }

    static func details(_ provider: Provider, now: Date) -> String {
        let fields: [(String, String)] = [
            ("Name", provider.name),
            ("Credentials", joined(provider.credentials)),
            ("Endpoints", joined(provider.endpoints)),
            ("Sandboxes", joined(provider.sandboxes ?? [])),
            ("Created", provider.createdAt ?? "-"),
            ("Updated", provider.updatedAt.map { "\($0) (\(TimeFormatting.age(of: $0, now: now)) ago)" } ?? "-"),
        ]
        let width = (fields.map(\.0.count).max() ?? 0) + 2
        return fields.map { label, value in
            (label + ":").padding(toLength: width, withPad: " ", startingAt: 0) + value
        }.joined(separator: "\n") + "\n"
    }

    private static func joined(_ items: [String]) -> String {
        items.isEmpty ? "-" : items.joined(separator: ",")
    }
}
