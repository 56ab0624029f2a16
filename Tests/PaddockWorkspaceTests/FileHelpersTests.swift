import Glibc
import Testing

@testable import PaddockWorkspace

@Suite struct FileHelpersTests {
    @Test func errnoCategories() {
        #expect(FileFailure.category(of: ENOENT).type == "not_found")
        #expect(FileFailure.category(of: EACCES).type == "permission_denied")
        #expect(FileFailure.category(of: EISDIR).type == "invalid_target")
        #expect(FileFailure.category(of: EROFS).type == "read_only_filesystem")
        #expect(FileFailure.category(of: ENOSPC).type == "no_space_left")
        #expect(FileFailure.category(of: EIO).type == "io_error")
    }

    @Test func failureCarriesErrnoAndResultFields() {
        let failure = FileFailure.system("/x", operation: "read", errno: ENOENT)
        #expect(failure.data["errno"] == 2)
        #expect(failure.data["errno_name"] == "ENOENT")
        #expect(failure.data["exception_type"] == "FileNotFoundError")
        #expect(failure.data["content"] == "")
        #expect(failure.data["file"] == "/x")
        #expect(failure.message == failure.data["message"]?.stringValue)
    }

    @Test func linesKeepTerminators() {
        #expect(TextLines.withTerminators("a\nb\r\nc") == ["a\n", "b\r\n", "c"])
        #expect(TextLines.plain("a\nb\n") == ["a", "b"])
    }

    @Test func numberedLinesLookLikeCatN() {
        #expect(TextLines.numbered(["x", "y"], firstNumber: 9) == "     9\tx\n    10\ty")
    }

    @Test func strictTextRejectsInvalidUTF8() {
        #expect(StrictText.decode([0xFF, 0x41]) == nil)
        #expect(StrictText.decode(Array("ok".utf8)) == "ok")
    }
}
