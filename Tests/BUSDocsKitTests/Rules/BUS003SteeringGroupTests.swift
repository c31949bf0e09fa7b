import BUSDocsKit
import Testing

@Suite struct BUS003SteeringGroupTests {
    @Test func steeringGroupWithBothPrincipalsPasses() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func noSteeringGroupFailsAtTheGroups() {
        let text = Fixture.valid.replacing("grupper:\n", with: "1️⃣grupper:\n").replacing("    typ: styrgrupp", with: "    typ: samrådsgrupp")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS003", "the agreement has no steering group")])
    }

    @Test func steeringGroupWithoutRegionMembersFailsAtItsID() {
        let text = Fixture.valid
            .replacing("  - id: styrgrupp", with: "  - id: 1️⃣styrgrupp")
            .replacing("undertecknare:\n", with: "2️⃣undertecknare:\n")
            .removingLines(containing: "{ part: bup, roll: Verksamhetschef }")
            .removingLines(containing: "{ part: hab, roll: Verksamhetschef }")
            .removingLines(containing: "{ part: bumm, roll: Verksamhetschef }")
        // The region's heads were its signatories too: BUS013 says so where they are listed.
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS003", "the steering group `styrgrupp` has no member from the principal `region`"),
            ExpectedFinding("2️⃣", "BUS013", "no signatory from the principal `region`"),
        ])
    }
}
