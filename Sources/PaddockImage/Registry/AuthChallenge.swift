import PaddockCore

/// A parsed `WWW-Authenticate` field: the scheme (`Bearer` or `Basic`) and its parameters.
struct AuthChallenge: Equatable {
    var scheme: String
    var parameters: [String: String]

    var realm: String? { parameters["realm"] }

    /// Parses `Scheme key="value", key=value, ...`; quoted values may contain commas and `\"`.
    init?(_ field: String) {
        let text = Array(field.utf8)
        var index = 0
        while index < text.count, text[index] != UInt8(ascii: " ") { index += 1 }
        scheme = String(decoding: text[0..<index], as: UTF8.self)
        guard !scheme.isEmpty else { return nil }
        parameters = [:]
        while index < text.count {
            while index < text.count, text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: ",") {
                index += 1
            }
            let keyStart = index
            while index < text.count, text[index] != UInt8(ascii: "=") { index += 1 }
            guard index < text.count else { break }
            let key = String(decoding: text[keyStart..<index], as: UTF8.self).lowercased()
            index += 1
            var value: [UInt8] = []
            if index < text.count, text[index] == UInt8(ascii: "\"") {
                index += 1
                while index < text.count, text[index] != UInt8(ascii: "\"") {
                    if text[index] == UInt8(ascii: "\\"), index + 1 < text.count { index += 1 }
                    value.append(text[index])
                    index += 1
                }
                index += 1
            } else {
                while index < text.count, text[index] != UInt8(ascii: ",") {
                    value.append(text[index])
                    index += 1
                }
            }
            parameters[key] = String(decoding: value, as: UTF8.self)
        }
    }
}
