import BUSDocsKit
import Testing

@Suite struct BUS013SignatoriesTests {
    @Test func signatoriesFromBothPrincipalsPass() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func noRegionSignatoryFailsAtTheSignatories() {
        let text = Fixture.valid.replacing("undertecknare:\n", with: "1️⃣undertecknare:\n")
            .replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "bilagor:")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS013", "no signatory from the principal `region`")])
        #expect(found.first?.message.en == "no signatory from the principal `region`")
    }

    @Test func aMisspeltSignatoryPartyIsLeftToBUS014() {
        let text = Fixture.valid.replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "  - { part: bupp, roll: Verksamhetschef }\nbilagor:")
        assertFindings(in: text, [ExpectedFinding("75:13", "BUS014", "unknown party `bupp`")])
        assertFindings(in: text.replacing("part: bupp, roll: Verksamhetschef }\nbilagor:", with: "part: 1️⃣bupp, roll: Verksamhetschef }\nbilagor:"), [ExpectedFinding("1️⃣", "BUS014", "unknown party `bupp`")])
    }

    @Test func signatoryWithoutPartyFailsAtTheSignatory() {
        let text = Fixture.valid.replacing("undertecknare:\n", with: "1️⃣undertecknare:\n")
            .replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "  - 2️⃣{ roll: Verksamhetschef }\nbilagor:")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS013", "no signatory from the principal `region`"),
            ExpectedFinding("2️⃣", "BUS013", "the signatory names no party"),
            ExpectedFinding("2️⃣", "BUS019", "the key `part` is missing"),
        ]).filter { $0.ruleID == "BUS013" }
        #expect(found.last?.message.en == "the signatory names no party")
    }

    @Test func aSigningPartyWithoutPrincipalIsOneFinding() {
        // Which principal BUP signs for is the missing key's question, not a missing signatory.
        let text = Fixture.valid.replacing("  - id: bup\n    namn: BUP Teststad\n    huvudman: region\n", with: "  - 1️⃣id: bup\n    namn: BUP Teststad\n")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS019", "the key `huvudman` is missing")])
    }
}
