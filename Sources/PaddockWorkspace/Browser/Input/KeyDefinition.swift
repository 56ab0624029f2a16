/// What `Input.dispatchKeyEvent` needs for one key: the DOM `key` and `code` values, the Windows
/// virtual key code that Chromium's editing commands use, and the text the key types.
struct KeyDefinition: Sendable, Equatable {
    let key: String
    let code: String
    let keyCode: Int
    /// The text a press inserts without modifiers; nil for keys that type nothing.
    let text: String?
    /// `KeyboardEvent.location`: 1 for the left modifier keys, else 0.
    let location: Int

    init(key: String, code: String, keyCode: Int, text: String? = nil, location: Int = 0) {
        self.key = key
        self.code = code
        self.keyCode = keyCode
        self.text = text
        self.location = location
    }

    /// The CDP modifier bit of a modifier key (Alt 1, Control 2, Meta 4, Shift 8); 0 for others.
    var modifierBit: Int {
        switch key {
        case "Alt": return 1
        case "Control": return 2
        case "Meta": return 4
        case "Shift": return 8
        default: return 0
        }
    }
}

/// Key names as agents write them (`Enter`, `ctrl`, `ArrowDown`, `a`, `F5`), mapped to keys.
enum KeyNames {
    /// Named keys, by lower-cased name or alias.
    static let named: [String: KeyDefinition] = {
        var table: [String: KeyDefinition] = [:]
        func add(_ names: [String], _ definition: KeyDefinition) {
            for name in names { table[name.lowercased()] = definition }
        }
        add(["Enter", "Return"], KeyDefinition(key: "Enter", code: "Enter", keyCode: 13, text: "\r"))
        add(["Tab"], KeyDefinition(key: "Tab", code: "Tab", keyCode: 9))
        add(["Backspace"], KeyDefinition(key: "Backspace", code: "Backspace", keyCode: 8))
        add(["Delete", "Del"], KeyDefinition(key: "Delete", code: "Delete", keyCode: 46))
        add(["Escape", "Esc"], KeyDefinition(key: "Escape", code: "Escape", keyCode: 27))
        add(["Space", "Spacebar", " "], KeyDefinition(key: " ", code: "Space", keyCode: 32, text: " "))
        add(["ArrowUp", "Up"], KeyDefinition(key: "ArrowUp", code: "ArrowUp", keyCode: 38))
        add(["ArrowDown", "Down"], KeyDefinition(key: "ArrowDown", code: "ArrowDown", keyCode: 40))
        add(["ArrowLeft", "Left"], KeyDefinition(key: "ArrowLeft", code: "ArrowLeft", keyCode: 37))
        add(["ArrowRight", "Right"], KeyDefinition(key: "ArrowRight", code: "ArrowRight", keyCode: 39))
        add(["Home"], KeyDefinition(key: "Home", code: "Home", keyCode: 36))
        add(["End"], KeyDefinition(key: "End", code: "End", keyCode: 35))
        add(["PageUp", "PgUp"], KeyDefinition(key: "PageUp", code: "PageUp", keyCode: 33))
        add(["PageDown", "PgDn"], KeyDefinition(key: "PageDown", code: "PageDown", keyCode: 34))
        add(["Insert", "Ins"], KeyDefinition(key: "Insert", code: "Insert", keyCode: 45))
        add(["Shift"], KeyDefinition(key: "Shift", code: "ShiftLeft", keyCode: 16, location: 1))
        add(["Control", "Ctrl"], KeyDefinition(key: "Control", code: "ControlLeft", keyCode: 17, location: 1))
        add(["Alt", "Option"], KeyDefinition(key: "Alt", code: "AltLeft", keyCode: 18, location: 1))
        add(
            ["Meta", "Cmd", "Command", "Super", "Win", "Windows"],
            KeyDefinition(key: "Meta", code: "MetaLeft", keyCode: 91, location: 1))
        add(["CapsLock"], KeyDefinition(key: "CapsLock", code: "CapsLock", keyCode: 20))
        add(["ContextMenu", "Menu"], KeyDefinition(key: "ContextMenu", code: "ContextMenu", keyCode: 93))
        for number in 1...12 {
            add(["F\(number)"], KeyDefinition(key: "F\(number)", code: "F\(number)", keyCode: 111 + number))
        }
        return table
    }()

    /// Punctuation on a US keyboard: the character, its `code`, and its Windows key code.
    static let punctuation: [Character: (code: String, keyCode: Int)] = [
        "-": ("Minus", 189), "=": ("Equal", 187), "[": ("BracketLeft", 219), "]": ("BracketRight", 221),
        "\\": ("Backslash", 220), ";": ("Semicolon", 186), "'": ("Quote", 222), ",": ("Comma", 188),
        ".": ("Period", 190), "/": ("Slash", 191), "`": ("Backquote", 192),
    ]

    /// Shifted characters on a US keyboard and the unshifted key they share.
    static let shifted: [Character: Character] = [
        "!": "1", "@": "2", "#": "3", "$": "4", "%": "5", "^": "6", "&": "7", "*": "8", "(": "9", ")": "0",
        "_": "-", "+": "=", "{": "[", "}": "]", "|": "\\", ":": ";", "\"": "'", "<": ",", ">": ".", "?": "/",
        "~": "`",
    ]

    /// Looks up a key by name (case-insensitive for named keys) or by the one character it types.
    /// Characters without a key on a US keyboard get a definition with code "" and key code 0,
    /// which Chromium accepts and which types the character.
    static func definition(for name: String) -> KeyDefinition? {
        if let named = named[name.lowercased()] { return named }
        guard name.count == 1, let character = name.first else { return nil }
        return definition(for: character)
    }

    /// The key that types `character`.
    static func definition(for character: Character) -> KeyDefinition {
        let text = String(character)
        if let ascii = character.asciiValue {
            if character.isLetter {
                let upper = Character(text.uppercased())
                let keyCode = Int(upper.asciiValue ?? ascii)
                return KeyDefinition(key: text, code: "Key\(upper)", keyCode: keyCode, text: text)
            }
            if character.isNumber {
                return KeyDefinition(key: text, code: "Digit\(text)", keyCode: Int(ascii), text: text)
            }
            if let entry = punctuation[character] {
                return KeyDefinition(key: text, code: entry.code, keyCode: entry.keyCode, text: text)
            }
            if let base = shifted[character] {
                let baseKey = definition(for: base)
                return KeyDefinition(key: text, code: baseKey.code, keyCode: baseKey.keyCode, text: text)
            }
            if character == " " { return named[" "]! }
        }
        return KeyDefinition(key: text, code: "", keyCode: 0, text: text)
    }

    /// Splits a chord such as `Control+Shift+T` or `ctrl+a` into keys, modifiers first as written.
    /// A lone `+` is the plus key.
    ///
    /// - Throws: `OperationFailure` naming the first unknown key.
    static func chord(_ text: String) throws -> [KeyDefinition] {
        guard text != "+" else { return [definition(for: Character("+"))] }
        var parts = text.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("++") {
            parts.removeLast(2)
            parts.append("+")
        }
        return try parts.map { part in
            guard let key = definition(for: part) else { throw unknownKey(part) }
            return key
        }
    }

    /// Returns the failure for a key name that is not in the table.
    static func unknownKey(_ name: String) -> OperationFailure {
        OperationFailure(
            "unknown key \"\(name)\"; use a single character or a key name such as Enter, Tab, Escape, Backspace, "
                + "Delete, Space, ArrowUp, ArrowDown, ArrowLeft, ArrowRight, Home, End, PageUp, PageDown, F1-F12, "
                + "or the modifiers Control, Shift, Alt, Meta")
    }
}
