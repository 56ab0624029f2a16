import Testing

@testable import PaddockWorkspace

@Suite struct ShellTerminalSocketTests {
    @Test func inputAndResizeAreRead() {
        #expect(ShellTerminalSocket.interpret(#"{"type":"input","data":"ls\n"}"#) == .input(Array("ls\n".utf8)))
        #expect(
            ShellTerminalSocket.interpret(#"{"type":"resize","data":{"cols":120,"rows":30}}"#)
                == .resize(rows: 30, columns: 120))
        #expect(ShellTerminalSocket.interpret(#"{"type":"pong","data":{"timestamp":1}}"#) == .ignore)
    }

    @Test(arguments: [
        ("hello", "invalid frame"),
        ("[1,2]", "invalid frame"),
        (#"{"type":"bogus"}"#, "unknown frame type 'bogus'"),
        (#"{"data":"x"}"#, "unknown frame type missing"),
        (#"{"type":"input","data":5}"#, "invalid input frame"),
        (#"{"type":"resize","data":{"cols":0,"rows":30}}"#, "invalid resize frame"),
    ])
    func badFramesAreRejected(text: String, message: String) {
        guard case .reject(let reason) = ShellTerminalSocket.interpret(text) else {
            Issue.record("\(text) was not rejected")
            return
        }
        #expect(reason.hasPrefix(message))
    }
}
