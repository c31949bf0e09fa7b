import BUSDocsKit
import Testing

@Suite struct BUS006IndividualForumTests {
    @Test func forumWithinFourteenDaysWithConvenerAndProtocolPasses() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func deadlineOverTheRuleSetsFails() {
        let text = Fixture.valid.replacing("inom-dagar: 14", with: "inom-dagar: 1️⃣30")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS006", "the individforum must meet within 14 days, not 30")])
        #expect(found.first?.message.en == "the individforum must meet within 14 days, not 30")
    }

    @Test func missingConvenerAndProtocolFailAtTheForum() {
        let text = Fixture.valid.replacing("  - id: individforum", with: "  - id: 1️⃣individforum")
            .replacing("    sammankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov", with: "    möten: { vid-behov")
            .removingLines(containing: "protokoll: individforum")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS006", "the individforum `individforum` has no convener"),
            ExpectedFinding("1️⃣", "BUS006", "the individforum `individforum` names no protocol template"),
        ])
    }

    @Test func aConvenerWithoutPartyIsLeftToBUS019() {
        let text = Fixture.valid.replacing("    sammankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov", with: "    sammankallande: { roll: Enhetschef }\n    möten: { vid-behov")
        assertFindings(in: text, [ExpectedFinding("57:21", "BUS019", "the key `part` is missing")])
    }

    @Test func noForumAtAllFailsAtTheGroups() {
        let text = Fixture.valid.replacing("grupper:\n", with: "1️⃣grupper:\n").replacing("    typ: individforum", with: "    typ: behandlingskonferens")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS006", "the agreement has no BUS individforum")])
    }
}
