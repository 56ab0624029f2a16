import Foundation

/// Carries out a `BrowserAction` with CDP input events on the active page, starting from the
/// tracked pointer position. Omitted coordinates of click actions mean the current position.
struct ActionRunner {
    let input: InputDispatcher

    func run(_ action: BrowserAction) throws {
        let here = input.pointer.snapshot
        switch action {
        case .moveTo(let x, let y):
            try input.move(to: x, y)
        case .moveRelative(let dx, let dy):
            try input.move(to: here.x + dx, here.y + dy)
        case .click(let x, let y, let button, let count):
            try input.click(at: x ?? here.x, y ?? here.y, button: button, count: count)
        case .mouseDown(let button):
            try input.press(button)
        case .mouseUp(let button):
            try input.release(button)
        case .rightClick(let x, let y):
            try input.click(at: x ?? here.x, y ?? here.y, button: "right")
        case .doubleClick(let x, let y):
            try input.click(at: x ?? here.x, y ?? here.y, count: 2)
        case .dragTo(let x, let y):
            try drag(to: x, y)
        case .dragRelative(let dx, let dy):
            try drag(to: here.x + dx, here.y + dy)
        case .scroll(let dx, let dy):
            try input.wheel(dx: Double(dx), dy: Double(dy))
        case .typing(let text, let useClipboard):
            // Headless Chromium has no system clipboard; inserting the text has the effect of a paste.
            if useClipboard { try input.insertText(text) } else { try input.typeCharacters(text, delay: 0) }
        case .press(let key):
            try input.chord(try KeyNames.chord(key))
        case .keyDown(let key):
            for definition in try KeyNames.chord(key) { try input.keyDown(definition) }
        case .keyUp(let key):
            for definition in try KeyNames.chord(key).reversed() { try input.keyUp(definition) }
        case .hotkey(let keys):
            try input.chord(try keys.flatMap { try KeyNames.chord($0) })
        case .wait(let seconds):
            guard seconds <= BrowserAction.maxWait else {
                throw OperationFailure(
                    "WAIT duration \(BrowserAction.format(seconds)) s is too long; use at most "
                        + "\(Int(BrowserAction.maxWait)) s")
            }
            Thread.sleep(forTimeInterval: seconds)
        }
    }

    /// Presses the left button at the pointer, moves in steps to the target, and releases there,
    /// so that pages see a drag with intermediate `mousemove` events.
    private func drag(to x: Double, _ y: Double) throws {
        let start = input.pointer.snapshot
        try input.press("left")
        let steps = 5
        for step in 1...steps {
            let fraction = Double(step) / Double(steps)
            try input.move(to: start.x + (x - start.x) * fraction, start.y + (y - start.y) * fraction)
        }
        try input.release("left")
    }
}
