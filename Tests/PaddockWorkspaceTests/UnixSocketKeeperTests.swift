import Foundation
import Glibc
import PaddockCore
import PaddockHTTP
import Testing

@testable import PaddockWorkspace

@Suite struct UnixSocketKeeperTests {
    let path = NSTemporaryDirectory() + "keeper-\(UInt32.random(in: 0...UInt32.max)).sock"

    private func keeper() -> UnixSocketKeeper {
        let logger = Logger(label: "test", minimumLevel: .critical)
        let socketPath = path
        // A long interval: the test calls `check` itself.
        return UnixSocketKeeper(path: path, interval: 3600, logger: logger) {
            HTTPServer(configuration: .init(listeners: [.unix(path: socketPath)], logger: logger)) { _, _ in
                .text("ok\n")
            }
        }
    }

    @Test func deletedSocketIsServedAgain() throws {
        let keeper = keeper()
        try keeper.start()
        defer { keeper.stop() }
        #expect(keeper.isInPlace)
        unlink(path)
        #expect(!keeper.isInPlace)
        keeper.check()
        #expect(keeper.isInPlace)
        let connection = try Socket.connect(to: .unix(path: path))
        connection.close()
    }

    @Test func replacedSocketIsServedAgain() throws {
        let keeper = keeper()
        try keeper.start()
        defer { keeper.stop() }
        unlink(path)
        // A socket file of someone else, with nobody listening on it.
        let other = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(other) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.enumerated() { raw[index] = byte }
        }
        let length = socklen_t(MemoryLayout<sockaddr_un>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(other, $0, length) }
        }
        #expect(bound == 0)
        #expect(!keeper.isInPlace)
        keeper.check()
        #expect(keeper.isInPlace)
    }
}
