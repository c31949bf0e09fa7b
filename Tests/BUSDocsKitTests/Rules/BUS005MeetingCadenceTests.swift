import BUSDocsKit
import Testing

@Suite struct BUS005MeetingCadenceTests {
    @Test func oncePerTermOrMorePasses() {
        assertFindings(in: Fixture.valid, [])
        assertFindings(in: Fixture.valid.replacing("möten: { minst: 1, per: termin }", with: "möten: { minst: 1, per: månad }"), [])
    }

    /// "Per term" as Swedish writes it — the value's definite form, "halvår" — is read as `termin`, for the
    /// cadence and for a chair's turns: no finding when it is enough; "året" is a year, so once a year is
    /// BUS005's finding (the domain rule's, not a typo).
    @Test(arguments: ["terminen", "Termin", "halvår", "halvåret", "per termin", "varje termin"])
    func perTermInSwedishFormsIsATerm(written: String) throws {
        let text = Fixture.valid.replacing("möten: { minst: 1, per: termin }", with: "möten: { minst: 1, per: \(written) }")
            .replacing("ordförande: { växlar: [kommun, region] }", with: "ordförande: { växlar: [kommun, region], period: \(written) }")
        assertFindings(in: text, [])
        let steering = try #require(Fixture.parse(text)?.groups.first)
        #expect(steering.meetings?.value == .atLeast(count: 1, per: .term))
        guard case .rotating(_, let period)? = steering.chair?.value else { Issue.record("no rotating chair"); return }
        #expect(period?.value == .term)
        assertFindings(in: Fixture.valid.replacing("    möten: { minst: 1, per: termin }", with: "    möten: 1️⃣{ minst: 1, per: året }"), [
            ExpectedFinding("1️⃣", "BUS005", "BUS lokal styrgrupp (`styrgrupp`) meets at least once per year; the rule set requires at least once per term"),
        ])
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

    /// The front matter and the text both below the rule set: the hint changes both, so that following it
    /// literally leaves no finding of BUS005 or BUS023 (changing `möten:` alone made the text BUS023's).
    @Test(arguments: [
        // (the cadence in the front matter, the sentence, what the hint quotes from it)
        ("    möten: { minst: 1, per: år }", "Styrgruppen träffas en gång per år.", "en gång per år"),
        ("    möten: { minst: 1, per: år }", "Styrgruppen träffas minst en gång om året.", "minst en gång om året"),
        ("    möten: { minst: 1, per: år }", "Styrgruppen sammanträder årligen.", "årligen"),
        ("    möten: { vid-behov: true }", "Styrgruppen möts vid behov.", "vid behov"),
        ("", "Vid behov träffas styrgruppen.", "Vid behov"),
    ]) func theHintChangesTheTextToo(cadence: String, sentence: String, said: String) throws {
        var text = Fixture.valid.replacing("## Samtycke\n", with: "## Samtycke\n\(sentence)\n\n")
        text = cadence.isEmpty ? text.removingLines(containing: "möten: { minst: 1, per: termin }")
            : text.replacing("    möten: { minst: 1, per: termin }", with: cadence)
        let line = text.components(separatedBy: "\n").firstIndex(of: sentence)! + 1
        let found = Fixture.check(text)
        #expect(found.map(\.ruleID) == ["BUS005"], "\(found.map(\.message.en))")
        let hint = try #require(found.first?.hint)
        #expect(hint.sv == "Skriv `möten: { minst: 1, per: termin }` (minst en gång per termin) eller oftare, och i texten ”minst en gång per termin” i stället för ”\(said)” på rad \(line).")
        #expect(hint.en == "Write `möten: { minst: 1, per: termin }` (at least once per term) or more often, and in the text \"minst en gång per termin\" instead of \"\(said)\" on line \(line).")
        // The hint applied literally: the value written as it says, the words replaced on their line.
        var lines = text.components(separatedBy: "\n")
        lines[line - 1] = lines[line - 1].replacing(said, with: "minst en gång per termin")
        var fixed = lines.joined(separator: "\n")
        fixed = cadence.isEmpty ? fixed.replacing("    typ: styrgrupp\n", with: "    typ: styrgrupp\n    möten: { minst: 1, per: termin }\n")
            : fixed.replacing(cadence, with: "    möten: { minst: 1, per: termin }")
        #expect(Fixture.check(fixed).filter { ["BUS005", "BUS023"].contains($0.ruleID) }.map(\.message.en) == [])
    }

    /// A text that already says as often as the rule set requires is not named in the hint.
    @Test func aTextAtTheRuleSetsCadenceIsLeftAlone() {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "## Samtycke\nStyrgruppen träffas en gång per termin.\n\n")
            .replacing("    möten: { minst: 1, per: termin }", with: "    möten: { minst: 1, per: år }")
        #expect(Fixture.check(text).compactMap(\.hint?.sv) == ["Skriv `möten: { minst: 1, per: termin }` (minst en gång per termin) eller oftare."])
    }
}
