import Glibc
import Testing

@testable import PaddockWorkspace

@Suite struct ErrnoNamesTests {
    @Test func socketErrorIsNamed() {
        #expect(ErrnoNames.name(ENXIO) == "ENXIO")
    }

    @Test func aliasesUsePythonNames() {
        #expect(ErrnoNames.name(EWOULDBLOCK) == "EAGAIN")
        #expect(ErrnoNames.name(EDEADLK) == "EDEADLOCK")
        #expect(ErrnoNames.name(EOPNOTSUPP) == "ENOTSUP")
    }

    @Test func everyLinuxCodeIsNamed() {
        // Linux leaves 41 and 58 unassigned and defines codes up to EHWPOISON.
        let unassigned: Set<Int32> = [41, 58]
        for code in Int32(1)...EHWPOISON where !unassigned.contains(code) {
            #expect(ErrnoNames.names[code] != nil, "errno \(code) has no name")
        }
        #expect(ErrnoNames.names.count == Int(EHWPOISON) - unassigned.count)
    }

    @Test func unknownCodeShowsNumber() {
        #expect(ErrnoNames.name(4000) == "E4000")
    }
}
