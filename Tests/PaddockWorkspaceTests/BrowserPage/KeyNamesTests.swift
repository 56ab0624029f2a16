import Testing

@testable import PaddockWorkspace

@Suite struct KeyNamesTests {
    @Test func namedKeysAndAliases() throws {
        #expect(KeyNames.definition(for: "Enter")?.keyCode == 13)
        #expect(KeyNames.definition(for: "return")?.key == "Enter")
        #expect(KeyNames.definition(for: "ESC")?.key == "Escape")
        #expect(KeyNames.definition(for: "ctrl")?.key == "Control")
        #expect(KeyNames.definition(for: "cmd")?.key == "Meta")
        #expect(KeyNames.definition(for: "ArrowDown")?.keyCode == 40)
        #expect(KeyNames.definition(for: "down")?.code == "ArrowDown")
        #expect(KeyNames.definition(for: "F5")?.keyCode == 116)
        #expect(KeyNames.definition(for: "Backspace")?.keyCode == 8)
        #expect(KeyNames.definition(for: "Tab")?.text == nil)
    }

    @Test func characters() throws {
        let a = try #require(KeyNames.definition(for: "a"))
        #expect(a.code == "KeyA")
        #expect(a.keyCode == 65)
        #expect(a.text == "a")
        let capital = try #require(KeyNames.definition(for: "A"))
        #expect(capital.code == "KeyA")
        #expect(capital.text == "A")
        #expect(KeyNames.definition(for: "7")?.code == "Digit7")
        #expect(KeyNames.definition(for: "/")?.code == "Slash")
        #expect(KeyNames.definition(for: "?")?.code == "Slash")
        #expect(KeyNames.definition(for: "é")?.code == "")
        #expect(KeyNames.definition(for: "NoSuchKey") == nil)
    }

    @Test func chords() throws {
        #expect(try KeyNames.chord("Control+Shift+T").map(\.key) == ["Control", "Shift", "T"])
        #expect(try KeyNames.chord("ctrl++").map(\.key) == ["Control", "+"])
        #expect(try KeyNames.chord("+").map(\.key) == ["+"])
        #expect(throws: OperationFailure.self) { try KeyNames.chord("Ctrl+Bogus") }
    }

    @Test func unknownKeyMessageNamesKey() {
        #expect(KeyNames.unknownKey("Bogus").message.contains("\"Bogus\""))
    }

    @Test func modifiersChangeTypedText() throws {
        let a = try #require(KeyNames.definition(for: "a"))
        #expect(InputDispatcher.text(of: a, modifiers: 0) == "a")
        #expect(InputDispatcher.text(of: a, modifiers: 8) == "A")
        #expect(InputDispatcher.text(of: a, modifiers: 2) == nil)
        let one = try #require(KeyNames.definition(for: "1"))
        #expect(InputDispatcher.text(of: one, modifiers: 8) == "!")
    }

    @Test func modifierBits() {
        #expect(KeyNames.definition(for: "Alt")?.modifierBit == 1)
        #expect(KeyNames.definition(for: "Control")?.modifierBit == 2)
        #expect(KeyNames.definition(for: "Meta")?.modifierBit == 4)
        #expect(KeyNames.definition(for: "Shift")?.modifierBit == 8)
        #expect(KeyNames.definition(for: "a")?.modifierBit == 0)
    }
}
