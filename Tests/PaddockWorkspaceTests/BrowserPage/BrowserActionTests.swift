import Testing

@testable import PaddockWorkspace

@Suite struct BrowserActionTests {
    @Test func parsesEachShape() throws {
        let move = try BrowserAction.parse(["action_type": "MOVE_TO", "x": 10, "y": .double(20.5)])
        #expect(move == .moveTo(x: 10, y: 20.5))
        #expect(
            try BrowserAction.parse(["action_type": "CLICK"]) == .click(x: nil, y: nil, button: "left", count: 1))
        #expect(
            try BrowserAction.parse(["action_type": "CLICK", "x": 1, "y": 2, "button": "right", "num_clicks": 2])
                == .click(x: 1, y: 2, button: "right", count: 2))
        #expect(try BrowserAction.parse(["action_type": "SCROLL", "dy": 100]) == .scroll(dx: 0, dy: 100))
        let typing = try BrowserAction.parse(["action_type": "TYPING", "text": "hi"])
        #expect(typing == .typing(text: "hi", useClipboard: true))
        let hotkey = try BrowserAction.parse(["action_type": "HOTKEY", "keys": ["ctrl", "a"]])
        #expect(hotkey == .hotkey(keys: ["ctrl", "a"]))
        #expect(try BrowserAction.parse(["action_type": "WAIT", "duration": .double(0.5)]) == .wait(seconds: 0.5))
    }

    @Test func unknownTagIsRejected() {
        let failure = #expect(throws: ValidationFailure.self) { try BrowserAction.parse(["action_type": "JUMP"]) }
        #expect(failure?.issues.first?.type == "union_tag_invalid")
        #expect(failure?.issues.first?.message.contains("'JUMP'") == true)
    }

    @Test func missingTagIsRejected() {
        let failure = #expect(throws: ValidationFailure.self) { try BrowserAction.parse(["x": 1]) }
        #expect(failure?.issues.first?.type == "union_tag_not_found")
    }

    @Test func missingFieldsAreListed() {
        let failure = #expect(throws: ValidationFailure.self) { try BrowserAction.parse(["action_type": "MOVE_TO"]) }
        let locations = failure?.issues.map(\.location) ?? []
        #expect(locations.contains(["body", "MOVE_TO", "x"]))
        #expect(locations.contains(["body", "MOVE_TO", "y"]))
    }

    @Test func rangeChecks() {
        #expect(throws: ValidationFailure.self) { try BrowserAction.parse(["action_type": "CLICK", "num_clicks": 4]) }
        #expect(throws: ValidationFailure.self) { try BrowserAction.parse(["action_type": "CLICK", "button": "side"]) }
        #expect(throws: ValidationFailure.self) { try BrowserAction.parse(["action_type": "TYPING", "text": ""]) }
        #expect(throws: ValidationFailure.self) { try BrowserAction.parse(["action_type": "HOTKEY", "keys": []]) }
        #expect(throws: ValidationFailure.self) { try BrowserAction.parse(["action_type": "WAIT", "duration": 0]) }
    }

    @Test func resolutionList() {
        #expect(ScreenResolution.isAllowed(width: 1280, height: 720))
        #expect(!ScreenResolution.isAllowed(width: 1234, height: 567))
        #expect(ScreenResolution.list.hasPrefix("1920x1080, 640x480"))
    }
}
