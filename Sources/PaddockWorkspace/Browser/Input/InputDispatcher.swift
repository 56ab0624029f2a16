import Foundation

/// Mouse and keyboard input to one page through `Input.dispatchMouseEvent`,
/// `Input.dispatchKeyEvent` and `Input.insertText`, in viewport coordinates (CSS pixels).
struct InputDispatcher {
    let page: PageHandle
    let pointer: PointerState

    /// The mouse buttons CDP knows, with their bit in `buttons`.
    static let buttonBits: [String: Int] = ["left": 1, "right": 2, "middle": 4, "back": 8, "forward": 16]

    private func buttonMask(_ buttons: Set<String>) -> Int {
        buttons.reduce(0) { $0 | (Self.buttonBits[$1] ?? 0) }
    }

    // MARK: Mouse

    func move(to x: Double, _ y: Double) throws {
        let state = pointer.snapshot
        let button = ["left", "middle", "right"].first { state.buttons.contains($0) } ?? "none"
        try page.call(
            "Input.dispatchMouseEvent",
            [
                "type": "mouseMoved", "x": .double(x), "y": .double(y), "button": .string(button),
                "buttons": .int(buttonMask(state.buttons)), "modifiers": .int(state.modifiers),
            ])
        pointer.update {
            $0.x = x
            $0.y = y
        }
    }

    func press(_ button: String, clickCount: Int = 1) throws {
        pointer.update { $0.buttons.insert(button) }
        try mouseButtonEvent("mousePressed", button, clickCount: clickCount)
    }

    func release(_ button: String, clickCount: Int = 1) throws {
        pointer.update { $0.buttons.remove(button) }
        try mouseButtonEvent("mouseReleased", button, clickCount: clickCount)
    }

    private func mouseButtonEvent(_ type: String, _ button: String, clickCount: Int) throws {
        let state = pointer.snapshot
        try page.call(
            "Input.dispatchMouseEvent",
            [
                "type": .string(type), "x": .double(state.x), "y": .double(state.y), "button": .string(button),
                "buttons": .int(buttonMask(state.buttons)), "clickCount": .int(clickCount),
                "modifiers": .int(state.modifiers),
            ])
    }

    /// Moves to `x`, `y` and clicks `count` times; the n-th press carries `clickCount` n, as a
    /// real double click does.
    func click(at x: Double, _ y: Double, button: String = "left", count: Int = 1) throws {
        try move(to: x, y)
        for number in 1...max(1, count) {
            try press(button, clickCount: number)
            try release(button, clickCount: number)
        }
    }

    /// Turns the mouse wheel at the pointer by `dx`, `dy` pixels.
    func wheel(dx: Double, dy: Double) throws {
        let state = pointer.snapshot
        try page.call(
            "Input.dispatchMouseEvent",
            [
                "type": "mouseWheel", "x": .double(state.x), "y": .double(state.y), "deltaX": .double(dx),
                "deltaY": .double(dy), "modifiers": .int(state.modifiers),
            ])
    }

    // MARK: Keyboard

    func keyDown(_ key: KeyDefinition) throws {
        pointer.update { $0.modifiers |= key.modifierBit }
        let modifiers = pointer.snapshot.modifiers
        var params: [String: JSONValue] = [
            "key": .string(key.key), "code": .string(key.code), "windowsVirtualKeyCode": .int(key.keyCode),
            "nativeVirtualKeyCode": .int(key.keyCode), "modifiers": .int(modifiers), "location": .int(key.location),
        ]
        // Text only reaches the page without Control, Alt or Meta; with them the key is a shortcut.
        if let text = Self.text(of: key, modifiers: modifiers) {
            params["type"] = "keyDown"
            params["text"] = .string(text)
            params["unmodifiedText"] = .string(key.text ?? text)
            if text != key.key, text.count == 1 { params["key"] = .string(text) }
        } else {
            params["type"] = "rawKeyDown"
        }
        try page.call("Input.dispatchKeyEvent", .object(params))
    }

    func keyUp(_ key: KeyDefinition) throws {
        pointer.update { $0.modifiers &= ~key.modifierBit }
        try page.call(
            "Input.dispatchKeyEvent",
            [
                "type": "keyUp", "key": .string(key.key), "code": .string(key.code),
                "windowsVirtualKeyCode": .int(key.keyCode), "nativeVirtualKeyCode": .int(key.keyCode),
                "modifiers": .int(pointer.snapshot.modifiers), "location": .int(key.location),
            ])
    }

    /// Presses the keys in order and releases them in reverse order, as a shortcut is typed.
    func chord(_ keys: [KeyDefinition]) throws {
        var pressed: [KeyDefinition] = []
        defer {
            for key in pressed.reversed() { try? keyUp(key) }
        }
        for key in keys {
            try keyDown(key)
            pressed.append(key)
        }
        for key in pressed.reversed() { try keyUp(key) }
        pressed = []
    }

    /// Inserts text at the focus as an input method would: one `input` event, no key events.
    func insertText(_ text: String) throws {
        try page.call("Input.insertText", ["text": .string(text)])
    }

    /// Types `text` one character at a time with key events, waiting `delay` seconds between them.
    func typeCharacters(_ text: String, delay: TimeInterval) throws {
        for (position, character) in text.enumerated() {
            if position > 0, delay > 0 { Thread.sleep(forTimeInterval: delay) }
            if character == "\n" {
                try chord([KeyNames.named["enter"]!])
                continue
            }
            let key = KeyNames.definition(for: character)
            if key.code.isEmpty {
                try insertText(String(character))
            } else {
                try chord([key])
            }
        }
    }

    /// The text a key types with `modifiers` held, or nil when it types nothing.
    static func text(of key: KeyDefinition, modifiers: Int) -> String? {
        guard let text = key.text, modifiers & (1 | 2 | 4) == 0 else { return nil }
        if modifiers & 8 != 0 {
            if text.count == 1, let character = text.first, character.isLetter { return text.uppercased() }
            if let shifted = KeyNames.shifted.first(where: { String($0.value) == text })?.key {
                return String(shifted)
            }
        }
        return text
    }
}
