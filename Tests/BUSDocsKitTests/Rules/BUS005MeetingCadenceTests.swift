import BUSDocsKit
import Testing

@Suite struct BUS005MeetingCadenceTests {
    @Test func oncePerTermOrMorePasses() {
        assertFindings(in: Fixture.valid, [])
        assertFindings(in: Fixture.valid.replacing("möten: { minst: 1, per: termin }", with: "möten: { minst: 1, per: månad }"), [])
    }

    @Test func oncePerYearFailsAtTheCadence() {
        let text = Fixture.valid.replacing("    möten: { minst: 1, per: termin }", with: "    möten: 1️⃣{ minst: 1, per: år }")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS005", "BUS lokal styrgrupp (`styrgrupp`) meets at least once per year; the rule set requires at least once per term"),
        ])
        #expect(found.first?.message.sv == "BUS lokal styrgrupp (`styrgrupp`) möts minst en gång per år; regelverket kräver minst en gång per termin")
    }

    @Test func standingGroupWithoutMeetingsFailsAtItsID() {
        let text = Fixture.valid.replacing("  - id: arbetsgrupp", with: "  - id: 1️⃣arbetsgrupp").removingLines(containing: "möten: { minst: 2, per: termin }")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS005", "BUS arbetsgrupp (`arbetsgrupp`) does not say how often it meets")])
    }

    /// A group without a name is named by its kind and id.
    @Test func aGroupWithoutANameIsNamedByItsKind() {
        let text = Fixture.valid.replacing("    möten: { minst: 1, per: termin }", with: "    möten: 1️⃣{ minst: 1, per: år }")
            .removingLines(containing: "namn: BUS lokal styrgrupp")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS005", "styrgrupp `styrgrupp` meets at least once per year; the rule set requires at least once per term"),
        ])
    }
}
