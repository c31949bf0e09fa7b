import BUSDocsKit
import Testing

@Suite struct BUS002BothPrincipalsTests {
    @Test func municipalityAndRegionPass() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func noRegionPartyFails() {
        var text = Fixture.valid.replacing("parter:\n", with: "1️⃣parter:\n")
        for _ in 0..<3 { text = text.replacing("huvudman: region", with: "huvudman: kommun") }
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS002", "no party has `region` as its principal")])
    }

    @Test func partiesWithoutPrincipalAreTheirMissingKeysOnly() {
        var text = Fixture.valid
        for (marker, id) in zip(["1️⃣", "2️⃣", "3️⃣"], ["bup", "hab", "bumm"]) {
            text = text.replacing("  - id: \(id)\n", with: "  - \(marker)id: \(id)\n")
        }
        for _ in 0..<3 { text = text.replacing("    huvudman: region\n", with: "") }
        assertFindings(in: text, ["1️⃣", "2️⃣", "3️⃣"].map { ExpectedFinding($0, "BUS019", "the key `huvudman` is missing") })
    }
}
