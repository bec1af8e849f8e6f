import BarrageCore
import Testing

@Suite("TagSet")
struct TagSetTests {
    @Test("sets built in different orders are equal and hash alike")
    func orderIndependentEquality() {
        let first: TagSet = ["method": "GET", "name": "login"]
        let second: TagSet = ["name": "login", "method": "GET"]
        #expect(first == second)
        #expect(Set([first, second]).count == 1)
    }

    @Test("a repeated key keeps the last value")
    func lastValueWins() {
        let tags = TagSet([(key: "status", value: "200"), (key: "status", value: "500")])
        #expect(tags["status"] == "500")
        #expect(tags.count == 1)
    }

    @Test("merging lets the other set win on shared keys")
    func mergingOverrides() {
        let base: TagSet = ["scenario": "browse", "name": "list"]
        let merged = base.merging(["name": "detail", "method": "GET"])
        #expect(merged == ["scenario": "browse", "name": "detail", "method": "GET"])
    }

    @Test("contains requires every tag of the subset with the same value")
    func containsSubset() {
        let tags: TagSet = ["method": "GET", "name": "login", "status": "200"]
        #expect(tags.contains(["name": "login", "method": "GET"]))
        #expect(!tags.contains(["name": "logout"]))
        #expect(!tags.contains(["group": "auth"]))
        #expect(tags.contains(TagSet()))
    }

    @Test("replacing a value leaves a set equal, with the same hash, to one built with the new value")
    func replacementKeepsHashConsistent() {
        let replaced = TagSet(["status": "200", "name": "login"]).setting("status", to: "500")
        let direct: TagSet = ["name": "login", "status": "500"]
        #expect(replaced == direct)
        #expect(replaced.hashValue == direct.hashValue)
    }
}
