/// An exception thrown by JavaScript that a page operation evaluated, with the exception's
/// message (`Error.message`, or the thrown value's description).
struct PageScriptError: Error, Sendable, Equatable, CustomStringConvertible {
    let message: String

    var description: String { message }
}
