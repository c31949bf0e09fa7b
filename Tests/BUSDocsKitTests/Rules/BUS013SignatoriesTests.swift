import BUSDocsKit
import Testing

@Suite struct BUS013SignatoriesTests {
    @Test func signatoriesFromBothPrincipalsPass() {
        _ = expectFindings("BUS013", in: Fixture.valid, at: [])
    }

    @Test func noRegionSignatoryFailsAtTheSignatories() {
        let text = Fixture.valid.replacing("undertecknare:\n", with: "1️⃣undertecknare:\n")
            .replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "bilagor:")
        let found = expectFindings("BUS013", in: text, at: ["1️⃣"], severity: .error)
        #expect(found.first?.message.en == "no signatory from the principal `region`")
    }

    @Test func signatoryWithoutPartyFailsAtTheSignatory() {
        let text = Fixture.valid.replacing("undertecknare:\n", with: "1️⃣undertecknare:\n")
            .replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "  - 2️⃣{ roll: Verksamhetschef }\nbilagor:")
        let found = expectFindings("BUS013", in: text, at: ["1️⃣", "2️⃣"], severity: .error)
        #expect(found.last?.message.en == "the signatory names no party")
    }
}
