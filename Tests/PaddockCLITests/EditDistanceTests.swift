import Testing

@testable import PaddockCLI

struct EditDistanceTests {
    @Test(arguments: [
        ("name", "name", 0), ("nmae", "name", 1), ("nam", "name", 1), ("names", "name", 1), ("nxme", "name", 1),
        ("", "abc", 3), ("abc", "", 3), ("kitten", "sitting", 3),
    ])
    func distances(a: String, b: String, distance: Int) {
        #expect(EditDistance.between(a, b) == distance)
    }

    @Test func closestWithinLimit() {
        #expect(EditDistance.closest(to: "crate", in: ["create", "list", "delete"]) == "create")
    }

    @Test func noneWhenFar() {
        #expect(EditDistance.closest(to: "banana", in: ["create", "list", "delete"]) == nil)
    }

    @Test func shortWordsNeedCloseMatch() {
        #expect(EditDistance.closest(to: "xy", in: ["rm"]) == nil)
    }
}
