import BUSDocsKit
import Testing

@Suite struct BUS005MeetingCadenceTests {
    @Test func oncePerTermOrMorePasses() {
        _ = expectFindings("BUS005", in: Fixture.valid, at: [])
        _ = expectFindings("BUS005", in: Fixture.valid.replacing("möten: { minst: 1, per: termin }", with: "möten: { minst: 1, per: månad }"), at: [])
    }

    @Test func oncePerYearFailsAtTheCadence() {
        let text = Fixture.valid.replacing("    möten: { minst: 1, per: termin }", with: "    möten: 1️⃣{ minst: 1, per: år }")
        let found = expectFindings("BUS005", in: text, at: ["1️⃣"], severity: .error)
        #expect(found.first?.message.sv == "styrgrupp `styrgrupp` möts minst en gång per år; regelverket kräver minst en gång per termin")
    }

    @Test func standingGroupWithoutMeetingsFailsAtItsID() {
        let text = Fixture.valid.replacing("  - id: arbetsgrupp", with: "  - id: 1️⃣arbetsgrupp").removingLines(containing: "möten: { minst: 2, per: termin }")
        _ = expectFindings("BUS005", in: text, at: ["1️⃣"])
    }
}
