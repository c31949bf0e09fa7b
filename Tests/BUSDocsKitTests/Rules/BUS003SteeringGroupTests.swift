import BUSDocsKit
import Testing

@Suite struct BUS003SteeringGroupTests {
    @Test func steeringGroupWithBothPrincipalsPasses() {
        _ = expectFindings("BUS003", in: Fixture.valid, at: [])
    }

    @Test func noSteeringGroupFailsAtTheGroups() {
        let text = Fixture.valid.replacing("grupper:\n", with: "1️⃣grupper:\n").replacing("    typ: styrgrupp", with: "    typ: samrådsgrupp")
        _ = expectFindings("BUS003", in: text, at: ["1️⃣"], severity: .error)
    }

    @Test func steeringGroupWithoutRegionMembersFailsAtItsID() {
        let text = Fixture.valid
            .replacing("  - id: styrgrupp", with: "  - id: 1️⃣styrgrupp")
            .removingLines(containing: "{ part: bup, roll: Verksamhetschef }")
            .removingLines(containing: "{ part: hab, roll: Verksamhetschef }")
            .removingLines(containing: "{ part: bumm, roll: Verksamhetschef }")
        let found = expectFindings("BUS003", in: text, at: ["1️⃣"])
        #expect(found.first?.message.en == "the steering group `styrgrupp` has no member from the principal `region`")
    }
}
