import Foundation
import PaddockCore
import Testing

@testable import PaddockGateway

struct SecretSealingTests {
    static let key = [UInt8](repeating: 7, count: 32)
    static let secret = Array("sk-live-7f3a9c1e5b2d4f60".utf8)

    @Test func sealOpenRoundTrip() throws {
        let sealer = try AESGCMSealer(key: Self.key)
        let sealed = try sealer.seal(Self.secret, context: "p/K")
        #expect(try sealer.open(sealed, context: "p/K") == Self.secret)
    }

    @Test func sealedBytesHideValue() throws {
        let sealed = try AESGCMSealer(key: Self.key).seal(Self.secret, context: "p/K")
        #expect(sealed.count == Self.secret.count + AESGCMSealer.overhead)
        #expect(Data(sealed).range(of: Data(Self.secret)) == nil)
    }

    @Test func sealingTwiceDiffers() throws {
        let sealer = try AESGCMSealer(key: Self.key)
        #expect(try sealer.seal(Self.secret, context: "p/K") != sealer.seal(Self.secret, context: "p/K"))
    }

    @Test func emptyValueRoundTrips() throws {
        let sealer = try AESGCMSealer(key: Self.key)
        #expect(try sealer.open(sealer.seal([], context: "c"), context: "c") == [])
    }

    @Test func wrongKeyFailsClearly() throws {
        let sealed = try AESGCMSealer(key: Self.key).seal(Self.secret, context: "p/K")
        let other = try AESGCMSealer(key: [UInt8](repeating: 8, count: 32))
        let error = #expect(throws: PaddockError.self) { try other.open(sealed, context: "p/K") }
        #expect(error?.code == .permissionDenied)
        #expect(error?.message.contains("another secrets key") == true)
    }

    @Test func tamperedCiphertextDetected() throws {
        let sealer = try AESGCMSealer(key: Self.key)
        var sealed = try sealer.seal(Self.secret, context: "p/K")
        sealed[1 + AESGCMSealer.nonceLength] ^= 0x01
        let error = #expect(throws: PaddockError.self) { try sealer.open(sealed, context: "p/K") }
        #expect(error?.code == .permissionDenied)
    }

    @Test func tamperedTagDetected() throws {
        let sealer = try AESGCMSealer(key: Self.key)
        var sealed = try sealer.seal(Self.secret, context: "p/K")
        sealed[sealed.count - 1] ^= 0x80
        #expect(throws: PaddockError.self) { try sealer.open(sealed, context: "p/K") }
    }

    @Test func otherContextFails() throws {
        let sealer = try AESGCMSealer(key: Self.key)
        let sealed = try sealer.seal(Self.secret, context: "p/A_KEY")
        #expect(throws: PaddockError.self) { try sealer.open(sealed, context: "p/B_KEY") }
    }

    @Test func truncatedInputRejected() throws {
        let sealer = try AESGCMSealer(key: Self.key)
        let error = #expect(throws: PaddockError.self) { try sealer.open([1, 2, 3], context: "c") }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message.contains("3 bytes") == true)
    }

    @Test func unknownVersionRejected() throws {
        let sealer = try AESGCMSealer(key: Self.key)
        var sealed = try sealer.seal(Self.secret, context: "c")
        sealed[0] = 9
        let error = #expect(throws: PaddockError.self) { try sealer.open(sealed, context: "c") }
        #expect(error?.code == .unsupported)
    }

    @Test func shortKeyRejected() {
        let error = #expect(throws: PaddockError.self) { try AESGCMSealer(key: [1, 2]) }
        #expect(error?.message.contains("got 2") == true)
    }
}

struct SecretsKeyFileTests {
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "paddock-key-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func createdWithMode0600() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/secrets.key"
        let key = try SecretsKeyFile.loadOrCreate(at: path)
        #expect(key.count == 32)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try SecretsKeyFile.loadOrCreate(at: path) == key)
    }

    @Test func readableByOthersRejected() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/secrets.key"
        _ = try SecretsKeyFile.loadOrCreate(at: path)
        chmod(path, 0o644)
        let error = #expect(throws: PaddockError.self) { try SecretsKeyFile.loadOrCreate(at: path) }
        #expect(error?.code == .failedPrecondition)
        #expect(error?.message.contains("chmod 600") == true)
    }

    @Test func wrongSizeRejected() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/secrets.key"
        FileManager.default.createFile(atPath: path, contents: Data([1, 2, 3]), attributes: [.posixPermissions: 0o600])
        let error = #expect(throws: PaddockError.self) { try SecretsKeyFile.loadOrCreate(at: path) }
        #expect(error?.message.contains("3 bytes") == true)
    }
}
