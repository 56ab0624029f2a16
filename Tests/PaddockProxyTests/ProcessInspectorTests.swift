@preconcurrency import Glibc
import CShim
import Foundation
import PaddockHTTP
import Testing

@testable import PaddockProxy

struct ProcessInspectorTests {
    static let table = """
          sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
           0: 0100007F:0C38 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1 0 100 0
           1: 0100007F:D431 0100007F:0C38 01 00000000:00000000 00:00000000 00000000  1000        0 98765 1 0
           2: garbage line
        """

    @Test func socketTableParsesPortsStateAndInode() {
        let entries = SocketTableEntry.parse(Substring(Self.table))
        #expect(entries.count == 2)
        #expect(entries.last == SocketTableEntry(localPort: 0xD431, remotePort: 3128, state: 1, uid: 1000, inode: 98765))
    }

    @Test func statusParentLineIsParsed() {
        let status = "Name:\tcurl\nState:\tS (sleeping)\nTgid:\t42\nPid:\t42\nPPid:\t17\nTracerPid:\t0\n"
        #expect(ProcessInspector.parentPID(inStatus: status) == 17)
        #expect(ProcessInspector.parentPID(inStatus: "Name:\tx\n") == nil)
    }

    @Test func identityOfOwnProcessNamesItsExecutable() throws {
        let inspector = ProcessInspector()
        let identity = try #require(inspector.identity(of: getpid()))
        #expect(identity.executable == Bundle.main.executablePath.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path })
        #expect(identity.ancestors.count == identity.ancestorPIDs.count)
    }
}

struct SocketDiagnosticsTests {
    @Test func sockDiagFindsClientSocketInode() throws {
        let listener = try Socket.listen(on: .tcp(host: "127.0.0.1", port: 0))
        guard case .tcp(_, let port) = try listener.localAddress() else { throw CocoaError(.featureUnsupported) }
        let client = try Socket.connect(to: .tcp(host: "127.0.0.1", port: port), timeout: .seconds(5))
        guard case .tcp(_, let clientPort) = try client.localAddress() else { throw CocoaError(.featureUnsupported) }
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(client.descriptor)")

        let diag = csh_sock_diag_open()
        #expect(diag >= 0)
        defer { close(diag) }
        var loopback = in_addr()
        inet_pton(AF_INET, "127.0.0.1", &loopback)
        var inode: UInt64 = 0
        #expect(csh_tcp4_socket_inode(diag, loopback.s_addr, UInt16(clientPort), loopback.s_addr, UInt16(port), &inode) == 0)
        #expect(link == "socket:[\(inode)]")
        #expect(csh_tcp4_socket_inode(diag, loopback.s_addr, 1, loopback.s_addr, UInt16(port), &inode) == -1)
    }
}
