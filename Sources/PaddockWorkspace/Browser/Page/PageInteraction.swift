import Foundation

/// Acting on elements of a page: finding a target point, clicking, filling and hovering.
extension BrowserPages {
    /// How a request names its target: a selector, an index from `elements`, or a point.
    struct Target {
        var selector: String?
        var index: Int?
        var x: Double?
        var y: Double?

        /// The target for messages: `"#submit"`, `element 3` or `(10, 20)`.
        var description: String {
            if let index { return "element \(index)" }
            if let selector { return "\"\(selector)\"" }
            return "(\(Self.format(x ?? 0)), \(Self.format(y ?? 0)))"
        }

        static func format(_ number: Double) -> String {
            number == number.rounded() ? String(Int(number)) : String(number)
        }
    }

    /// Returns the viewport point to act on: the centre of the element after scrolling it into
    /// view, or the given coordinates.
    ///
    /// - Throws: `OperationFailure` when the request names no target.
    func point(of target: Target, on page: PageHandle, operation: String) throws -> (x: Double, y: Double) {
        if target.selector != nil || target.index != nil {
            let centre = try page.run(PageScripts.elementCentre, .from(target.selector), .from(target.index))
            guard let x = centre["x"].flatMap(PageHandle.number), let y = centre["y"].flatMap(PageHandle.number) else {
                throw OperationFailure("\(operation) failed: the page returned no position for \(target.description)")
            }
            return (x, y)
        }
        guard let x = target.x, let y = target.y else {
            throw OperationFailure(
                "\(operation) needs a selector, an index from GET /v1/browser/page/elements, or both x and y")
        }
        return (x, y)
    }

    /// Focuses the element, selects its content, inserts `text` in its place, and fires `change`.
    func fill(_ target: Target, text: String, on page: PageHandle) throws {
        let prepared = try page.run(PageScripts.prepareFill, .from(target.selector), .from(target.index), .string(text))
        guard prepared == .string("selected") else { return }
        if text.isEmpty {
            _ = try page.evaluate("document.execCommand('delete')")
        } else {
            try input(page).insertText(text)
        }
        _ = try page.run(PageScripts.finishFill)
    }
}
