import Testing

@testable import PaddockCore

struct ByteSizeTests {
    @Test(arguments: [
        ("512M", Int64(512) << 20), ("1.5G", Int64(3) << 29), ("4096", 4096), ("100B", 100), ("2K", 2048),
        ("2KB", 2048), ("2KiB", 2048), ("1T", Int64(1) << 40), ("3m", Int64(3) << 20), ("0.5K", 512),
        (".5M", Int64(1) << 19), ("1.", 1), ("1.1B", 1), ("8g", Int64(8) << 30),
    ])
    func parsesSizes(text: String, bytes: Int64) throws {
        #expect(try ByteSize.parse(text).bytes == bytes)
    }

    @Test(arguments: ["", "M", "12Q", "1.2.3M", " 512M", "512 M", "1e3", "0x10", "５M", "512MM"])
    func rejectsMalformed(text: String) {
        #expect(throws: PaddockError.self) { try ByteSize.parse(text) }
    }

    @Test func unknownUnitMessage() {
        let error = #expect(throws: PaddockError.self) { try ByteSize.parse("12Q") }
        #expect(
            error?.message
                == "invalid memory size '12Q': expected a number with an optional unit B, K, M, G or T, such as 512M")
    }

    @Test func unknownUnitCode() {
        let error = #expect(throws: PaddockError.self) { try ByteSize.parse("12Q") }
        #expect(error?.code == .invalidArgument)
    }

    @Test func rejectsZero() {
        let error = #expect(throws: PaddockError.self) { try ByteSize.parse("0M") }
        #expect(error?.message == "invalid memory size '0M': the size must be greater than zero")
    }

    @Test func rejectsFractionBelowOneByte() {
        #expect(throws: PaddockError.self) { try ByteSize.parse("0.4B") }
    }

    @Test func rejectsNegative() {
        let error = #expect(throws: PaddockError.self) { try ByteSize.parse("-1G") }
        #expect(error?.message == "invalid memory size '-1G': the size must be greater than zero")
    }

    @Test func rejectsOverflow() {
        let error = #expect(throws: PaddockError.self) { try ByteSize.parse("9000000T") }
        #expect(error?.message.contains("the size must be at most") == true)
    }

    @Test func rejectsHugeDigitRun() {
        #expect(throws: PaddockError.self) { try ByteSize.parse(String(repeating: "9", count: 50)) }
    }

    @Test func acceptsLargestSize() throws {
        #expect(try ByteSize.parse("\(Int64.max)").bytes == Int64.max)
    }

    @Test func quantityAppearsInMessage() {
        let error = #expect(throws: PaddockError.self) { try ByteSize.parse("x", quantity: "disk size") }
        #expect(error?.message.hasPrefix("invalid disk size 'x'") == true)
    }

    @Test(arguments: [
        (Int64(512) << 20, "512MiB"), (Int64(3) << 29, "1.5GiB"), (100, "100B"), (1024, "1KiB"),
        (1536, "1.5KiB"),
    ])
    func describesSizes(bytes: Int64, text: String) {
        #expect(ByteSize(bytes: bytes).description == text)
    }
}
