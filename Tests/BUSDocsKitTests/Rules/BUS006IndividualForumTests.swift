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

    /// The text that gives the same longer deadline changes with `inom-dagar`: the hint names its words and
    /// line, and applied literally leaves nothing to find (no BUS023 after it).
    @Test func theHintAlsoChangesTheTextThatSaysTheSame() {
        let text = Fixture.valid.replacing("inom-dagar: 14", with: "inom-dagar: 1️⃣28")
            .replacing("## Samtycke\n", with: "## BUS individforum\nIndividforum hålls inom tre till fyra veckor.\n\n## Samtycke\n")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS006", "the individforum must meet within 14 days, not 28")])
        let line = MarkedText(text).text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("Individforum hålls inom") }.map { $0 + 1 } ?? 0
        #expect(found.first?.hint?.sv == "Skriv `möten: { vid-behov: true, inom-dagar: 14 }`, och i texten ”inom 14 dagar” i stället för ”inom tre till fyra veckor” på rad \(line).")
        assertFindings(in: MarkedText(text).text.replacing("inom-dagar: 28", with: "inom-dagar: 14")
            .replacing("inom tre till fyra veckor", with: "inom 14 dagar"), [])
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
