import Testing

@testable import PaddockCore

struct MemoryLimitTests {
    static let hostMemory = Int64(8) << 30

    @Test(arguments: ["32M", "512M", "8G"])
    func acceptsSizesInRange(text: String) throws {
        let size = try MemoryLimit.parse(text, hostMemory: Self.hostMemory)
        #expect(size == (try ByteSize.parse(text)))
    }

    @Test(arguments: ["1", "1K", "100K", "31M"])
    func rejectsBelowMinimum(text: String) {
        let error = #expect(throws: PaddockError.self) { try MemoryLimit.parse(text, hostMemory: Self.hostMemory) }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message == "invalid memory size '\(text)': below the minimum of 32MiB; use 32M or more")
    }

    @Test func rejectsAboveHostMemory() {
        let error = #expect(throws: PaddockError.self) { try MemoryLimit.parse("9G", hostMemory: Self.hostMemory) }
        #expect(error?.message == "invalid memory size '9G': above the host's 8GiB of memory; use a smaller size or no limit")
    }

    @Test func unknownHostMemoryHasNoUpperBound() throws {
        #expect(try MemoryLimit.parse("99999T", hostMemory: nil).bytes == Int64(99999) << 40)
    }

    @Test func malformedSizeKeepsParseMessage() {
        let error = #expect(throws: PaddockError.self) { try MemoryLimit.parse("12Q", hostMemory: Self.hostMemory) }
        #expect(error?.message.hasPrefix("invalid memory size '12Q': expected") == true)
    }

    @Test func scratchIsQuarterOfLimit() {
        #expect(MemoryLimit.scratchSize(forLimit: 64 << 20) == 16 << 20)
    }
}
