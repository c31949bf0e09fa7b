import BUSDocsKit
import Testing

@Suite struct BUS006IndividualForumTests {
    @Test func forumWithinFourteenDaysWithConvenerAndProtocolPasses() {
        _ = expectFindings("BUS006", in: Fixture.valid, at: [])
    }

    @Test func deadlineOverTheRuleSetsFails() {
        let text = Fixture.valid.replacing("inom-dagar: 14", with: "inom-dagar: 1️⃣30")
        let found = expectFindings("BUS006", in: text, at: ["1️⃣"], severity: .error)
        #expect(found.first?.message.en == "the individforum must meet within 14 days, not 30")
    }

    @Test func missingConvenerAndProtocolFailAtTheForum() {
        let text = Fixture.valid.replacing("  - id: individforum", with: "  - id: 1️⃣individforum")
            .replacing("    sammankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov", with: "    möten: { vid-behov")
            .removingLines(containing: "protokoll: individforum")
        _ = expectFindings("BUS006", in: text, at: ["1️⃣", "1️⃣"])
    }

    @Test func aConvenerWithoutPartyIsLeftToBUS019() {
        let text = Fixture.valid.replacing("    sammankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov", with: "    sammankallande: { roll: Enhetschef }\n    möten: { vid-behov")
        _ = expectFindings("BUS006", in: text, at: [])
    }

    @Test func noForumAtAllFailsAtTheGroups() {
        let text = Fixture.valid.replacing("grupper:\n", with: "1️⃣grupper:\n").replacing("    typ: individforum", with: "    typ: behandlingskonferens")
        _ = expectFindings("BUS006", in: text, at: ["1️⃣"])
    }
}
