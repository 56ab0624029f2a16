import Foundation

/// One request of `POST /v1/browser/actions`, selected by its `action_type`.
enum BrowserAction: Equatable {
    case moveTo(x: Double, y: Double)
    case moveRelative(dx: Double, dy: Double)
    case click(x: Double?, y: Double?, button: String, count: Int)
    case mouseDown(button: String)
    case mouseUp(button: String)
    case rightClick(x: Double?, y: Double?)
    case doubleClick(x: Double?, y: Double?)
    case dragTo(x: Double, y: Double)
    case dragRelative(dx: Double, dy: Double)
    case scroll(dx: Int, dy: Int)
    case typing(text: String, useClipboard: Bool)
    case press(key: String)
    case keyDown(key: String)
    case keyUp(key: String)
    case hotkey(keys: [String])
    case wait(seconds: Double)

    /// The `action_type` values, in the contract's order.
    static let types = [
        "MOVE_TO", "MOVE_REL", "CLICK", "MOUSE_DOWN", "MOUSE_UP", "RIGHT_CLICK", "DOUBLE_CLICK", "DRAG_TO", "DRAG_REL",
        "SCROLL", "TYPING", "PRESS", "KEY_DOWN", "KEY_UP", "HOTKEY", "WAIT",
    ]

    /// The longest WAIT accepted, in seconds.
    static let maxWait: Double = 300

    /// Parses and validates a request body with pydantic's rules for the contract's tagged union.
    ///
    /// - Throws: `ValidationFailure` (HTTP 422) for a missing or unknown `action_type` and for
    ///   missing or invalid fields.
    static func parse(_ body: JSONValue) throws -> BrowserAction {
        guard case .object(let members) = body else {
            throw ValidationFailure([
                .init(
                    location: ["body"], message: "Input should be a valid dictionary or object to extract fields from",
                    type: "model_attributes_type", input: body)
            ])
        }
        guard let tag = members["action_type"], tag != .null else {
            throw ValidationFailure([
                .init(
                    location: ["body"],
                    message: "Unable to extract tag using discriminator 'action_type'", type: "union_tag_not_found",
                    input: body)
            ])
        }
        guard let type = tag.stringValue, types.contains(type) else {
            let expected = types.map { "'\($0)'" }.joined(separator: ", ")
            let shown = tag.stringValue ?? String(decoding: tag.serialized(), as: UTF8.self)
            throw ValidationFailure([
                .init(
                    location: ["body"],
                    message: "Input tag '\(shown)' found using 'action_type' does not match any of the expected tags: "
                        + expected, type: "union_tag_invalid", input: body)
            ])
        }
        let fields = ActionFields(members, type: type)
        let action = fields.action()
        try fields.validate()
        return action
    }

    /// Describes the action for the reply's `action_performed`, such as `clicked left 1x at (10, 20)`.
    func summary(at point: (x: Double, y: Double)) -> String {
        let at = "at (\(Self.format(point.x)), \(Self.format(point.y)))"
        switch self {
        case .moveTo, .moveRelative: return "moved the pointer to \(at.dropFirst(3))"
        case .click(_, _, let button, let count): return "clicked \(button) \(count)x \(at)"
        case .mouseDown(let button): return "pressed the \(button) button \(at)"
        case .mouseUp(let button): return "released the \(button) button \(at)"
        case .rightClick: return "right-clicked \(at)"
        case .doubleClick: return "double-clicked \(at)"
        case .dragTo, .dragRelative: return "dragged to \(at.dropFirst(3))"
        case .scroll(let dx, let dy): return "scrolled by (\(dx), \(dy)) \(at)"
        case .typing(let text, _): return "typed \(text.count) characters"
        case .press(let key): return "pressed \(key)"
        case .keyDown(let key): return "pressed and held \(key)"
        case .keyUp(let key): return "released \(key)"
        case .hotkey(let keys): return "pressed \(keys.joined(separator: "+"))"
        case .wait(let seconds): return "waited \(Self.format(seconds)) s"
        }
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}

/// The fields of one action body, with the required-field and range checks that the contract's
/// schema sets, collected for one 422 reply.
final class ActionFields {
    private let members: [String: JSONValue]
    private let type: String
    private let fields: RequestFields
    private var issues: [ValidationFailure.Issue] = []

    init(_ members: [String: JSONValue], type: String) {
        self.members = members
        self.type = type
        fields = RequestFields(members)
    }

    func validate() throws {
        do {
            try fields.validate()
        } catch let failure as ValidationFailure {
            issues = failure.issues + issues
        }
        guard issues.isEmpty else {
            // pydantic puts the union member's tag after "body" in each location.
            throw ValidationFailure(issues.map { issue in
                var located = issue
                if located.location.first == "body" { located.location.insert(.string(type), at: 1) }
                return located
            })
        }
    }

    private func issue(_ name: String, _ message: String, _ kind: String, _ input: JSONValue? = nil) {
        issues.append(.init(location: ["body", .string(name)], message: message, type: kind, input: input))
    }

    private func required(_ name: String) -> Bool {
        guard let value = members[name], value != .null else {
            issue(name, "Field required", "missing", .object(members))
            return false
        }
        return true
    }

    /// The largest distance, in screen pixels, that a coordinate or offset may have from 0. Far
    /// larger values reach Chromium's input pipeline and stall every later mouse event of the page.
    static let coordinateLimit = 100_000.0

    private func number(_ name: String) -> Double {
        guard required(name) else { return 0 }
        return bounded(name) ?? 0
    }

    /// Reads an optional coordinate, recording an issue when it lies beyond `coordinateLimit`.
    private func bounded(_ name: String) -> Double? {
        guard let value = fields.double(name) else { return nil }
        guard abs(value) <= Self.coordinateLimit else {
            let (message, kind) =
                value > 0
                ? ("Input should be less than or equal to \(Int(Self.coordinateLimit))", "less_than_equal")
                : ("Input should be greater than or equal to -\(Int(Self.coordinateLimit))", "greater_than_equal")
            issue(name, message, kind, .double(value))
            return 0
        }
        return value
    }

    private func button() -> String {
        fields.choice("button", ["left", "right", "middle"]) ?? "left"
    }

    private func key() -> String {
        guard required("key") else { return "" }
        return fields.string("key") ?? ""
    }

    func action() -> BrowserAction {
        switch type {
        case "MOVE_TO": return .moveTo(x: number("x"), y: number("y"))
        case "MOVE_REL": return .moveRelative(dx: number("x_offset"), dy: number("y_offset"))
        case "CLICK":
            let count = fields.int("num_clicks") ?? 1
            if !(1...3).contains(count) {
                issue("num_clicks", "Input should be 1, 2 or 3", "literal_error", .int(count))
            }
            return .click(x: bounded("x"), y: bounded("y"), button: button(), count: count)
        case "MOUSE_DOWN": return .mouseDown(button: button())
        case "MOUSE_UP": return .mouseUp(button: button())
        case "RIGHT_CLICK": return .rightClick(x: bounded("x"), y: bounded("y"))
        case "DOUBLE_CLICK": return .doubleClick(x: bounded("x"), y: bounded("y"))
        case "DRAG_TO": return .dragTo(x: number("x"), y: number("y"))
        case "DRAG_REL": return .dragRelative(dx: number("x_offset"), dy: number("y_offset"))
        case "SCROLL": return .scroll(dx: Int(bounded("dx") ?? 0), dy: Int(bounded("dy") ?? 0))
        case "TYPING":
            var text = ""
            if required("text") { text = fields.string("text") ?? "" }
            if members["text"]?.stringValue == "" {
                issue("text", "String should have at least 1 character", "string_too_short", .string(""))
            }
            return .typing(text: text, useClipboard: fields.bool("use_clipboard") ?? true)
        case "PRESS": return .press(key: key())
        case "KEY_DOWN": return .keyDown(key: key())
        case "KEY_UP": return .keyUp(key: key())
        case "HOTKEY":
            var keys: [String] = []
            if required("keys") { keys = fields.strings("keys") ?? [] }
            if case .array(let items)? = members["keys"], items.isEmpty {
                issue("keys", "List should have at least 1 item after validation, not 0", "too_short", .array([]))
            }
            return .hotkey(keys: keys)
        default:
            let seconds = number("duration")
            if members["duration"] != nil, seconds <= 0 {
                issue("duration", "Input should be greater than 0", "greater_than", members["duration"])
            }
            return .wait(seconds: seconds)
        }
    }
}
