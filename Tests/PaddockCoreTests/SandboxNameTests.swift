import Testing

@testable import PaddockCore

/// A deterministic generator (SplitMix64) so that generated names can be checked.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct SandboxNameTests {
    @Test(arguments: ["brave-otter", "a", "x1", "0", "a-b-c", String(repeating: "a", count: 63), "1-2"])
    func acceptsLabels(name: String) {
        #expect(SandboxName.isValid(name))
    }

    @Test(arguments: [
        "", "-a", "a-", "Brave", "a_b", "a.b", "a b", String(repeating: "a", count: 64), "ötter", "a/b",
    ])
    func rejectsNonLabels(name: String) {
        #expect(throws: PaddockError.self) { try SandboxName.validate(name) }
    }

    @Test func messageNamesRule() {
        let error = #expect(throws: PaddockError.self) { try SandboxName.validate("Brave") }
        #expect(
            error?.message == "invalid sandbox name 'Brave': the name contains characters other than lowercase "
                + "letters, digits and '-'; a name is a DNS label of lowercase letters, digits and '-', "
                + "such as brave-otter")
    }

    @Test func messageGivesLength() {
        let error = #expect(throws: PaddockError.self) { try SandboxName.validate(String(repeating: "a", count: 64)) }
        #expect(error?.message.contains("the name has 64 characters, more than 63") == true)
    }

    @Test func generatedNamesAreValid() {
        var generator = SeededGenerator(state: 1)
        for _ in 0..<200 {
            #expect(SandboxName.isValid(SandboxName.generate(using: &generator)))
        }
    }

    @Test func generatedNameIsPair() {
        let parts = SandboxName.generate().split(separator: "-")
        #expect(parts.count == 2)
    }

    @Test func wordListsAreLargeEnough() {
        #expect(SandboxName.adjectives.count >= 50)
        #expect(SandboxName.animals.count >= 50)
    }

    @Test func wordListsHaveNoDuplicates() {
        #expect(Set(SandboxName.adjectives).count == SandboxName.adjectives.count)
        #expect(Set(SandboxName.animals).count == SandboxName.animals.count)
    }

    @Test func freeNameIsReturnedFirst() throws {
        var generator = SeededGenerator(state: 7)
        var requested: [String] = []
        let name = try SandboxName.generate(using: &generator) { candidate in
            requested.append(candidate)
            return false
        }
        #expect(requested == [name])
    }

    @Test func suffixAfterPlainCollisions() throws {
        var generator = SeededGenerator(state: 3)
        let name = try SandboxName.generate(using: &generator) { candidate in
            candidate.split(separator: "-").count == 2
        }
        let parts = name.split(separator: "-")
        #expect(parts.count == 3)
        #expect(parts.last?.count == 4)
        #expect(SandboxName.isValid(name))
    }

    @Test func plainAttemptsBeforeSuffix() throws {
        var generator = SeededGenerator(state: 5)
        var plainTried = 0
        _ = try SandboxName.generate(using: &generator) { candidate in
            let isPlain = candidate.split(separator: "-").count == 2
            if isPlain { plainTried += 1 }
            return isPlain
        }
        #expect(plainTried == SandboxName.plainAttempts)
    }

    @Test func everythingTakenThrows() {
        var generator = SeededGenerator(state: 9)
        let error = #expect(throws: PaddockError.self) {
            try SandboxName.generate(using: &generator) { _ in true }
        }
        #expect(error?.code == .alreadyExists)
    }
}
