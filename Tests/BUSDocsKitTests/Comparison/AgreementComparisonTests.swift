@testable import BUSDocsKit
import Foundation
import Testing

/// The comparison in substance on the test fixture: each change with its key, whether it weakens, and
/// the rules it breaks.
@Suite struct AgreementComparisonTests {
    static func compare(_ old: String, _ new: String) -> AgreementComparison {
        let validator = Validator(today: Fixture.today)
        let version = { (label: String, text: String) in
            let parsed = AgreementParser.parse(bytes: Array(text.utf8), path: label)
            return AgreementComparison.Version(label: label, parsed: parsed, diagnostics: validator.validate(parsed))
        }
        return AgreementComparison(old: version("old.md", old), new: version("new.md", new), ruleSet: RuleSet.builtIn(named: "bus-2012")!, validator: validator)
    }

    @Test func theSameTextHasNoChanges() {
        let comparison = Self.compare(Fixture.valid, Fixture.valid)
        #expect(comparison.changes.isEmpty)
        #expect(comparison.appeared.isEmpty && comparison.disappeared.isEmpty)
        #expect(comparison.sections.allSatisfy { $0.status == .unchanged })
        #expect(!comparison.weakens)
    }

    @Test func consentNoLongerWrittenWeakensAndBreaksBUS008() throws {
        let comparison = Self.compare(Fixture.valid, Fixture.valid.replacing("samtycke: skriftligt", with: "samtycke: muntligt"))
        let change = try #require(comparison.changes.first)
        #expect(comparison.changes.count == 1)
        #expect(change.subject == "samtycke")
        #expect(change.description.sv == "samtycke: skriftligt → muntligt")
        #expect(change.weakens)
        #expect(change.breaks == ["BUS008"])
        #expect(comparison.appeared.map(\.ruleID) == ["BUS008"])
    }

    /// Two `möten` weakened at once: each line is blamed for the rule it breaks, not for both.
    @Test func eachWeakenedCadenceBreaksOnlyItsOwnRule() {
        let new = Fixture.valid
            .replacing("    möten: { minst: 1, per: termin }", with: "    möten: { minst: 1, per: år }")
            .replacing("inom-dagar: 14", with: "inom-dagar: 21")
        let comparison = Self.compare(Fixture.valid, new)
        let blamed = comparison.changes.map { "\($0.subject): \($0.breaks)" }
        #expect(blamed == ["grupper.styrgrupp.möten: [\"BUS005\"]", "grupper.individforum.möten: [\"BUS006\"]"])
    }

    /// The same written as block mappings, where the deadline's finding stands on `inom-dagar` below `möten:`.
    @Test func eachWeakenedBlockCadenceBreaksOnlyItsOwnRule() {
        let old = Fixture.valid
            .replacing("    möten: { minst: 1, per: termin }", with: "    möten:\n      minst: 1\n      per: termin")
            .replacing("    möten: { vid-behov: true, inom-dagar: 14 }", with: "    möten:\n      vid-behov: ja\n      inom-dagar: 14")
        let new = old.replacing("      per: termin", with: "      per: år").replacing("      inom-dagar: 14", with: "      inom-dagar: 21")
        let comparison = Self.compare(old, new)
        let blamed = comparison.changes.map { "\($0.subject): \($0.breaks)" }
        #expect(blamed == ["grupper.styrgrupp.möten: [\"BUS005\"]", "grupper.individforum.möten: [\"BUS006\"]"])
    }

    @Test func aLaterForumDeadlineWeakensEvenWithinTheRules() {
        #expect(GroupChanges.lessOften(.whenNeeded(withinDays: Located(7, at: SourceRange(.fileStart))), .whenNeeded(withinDays: Located(14, at: SourceRange(.fileStart)))))
        #expect(!GroupChanges.lessOften(.whenNeeded(withinDays: Located(14, at: SourceRange(.fileStart))), .whenNeeded(withinDays: Located(7, at: SourceRange(.fileStart)))))
        #expect(GroupChanges.lessOften(.atLeast(count: 2, per: .term), .atLeast(count: 1, per: .term)))
        #expect(!GroupChanges.lessOften(.atLeast(count: 1, per: .term), .atLeast(count: 1, per: .month)))
    }

    @Test func aPartyWithANewIDIsRenamedNotReplaced() throws {
        let renamed = Fixture.valid.replacingOccurrences(of: "id: bup\n", with: "id: bup-nord\n").replacingOccurrences(of: "part: bup,", with: "part: bup-nord,")
        let comparison = Self.compare(Fixture.valid, renamed)
        let partyChanges = comparison.changes.filter { $0.subject.hasPrefix("parter.") }
        #expect(partyChanges.map(\.description.en) == ["the party `bup` is now `bup-nord`"])
        #expect(comparison.changes.count == 1, "\(comparison.changes.map(\.description.en))")
        #expect(!comparison.weakens)
    }

    /// A new id and a new name for one party: one change, naming both, not a second one for the name.
    @Test func aPartyRenamedWithANewNameIsOneChange() {
        let renamed = Fixture.valid.replacingOccurrences(of: "id: bup\n    namn: BUP Teststad", with: "id: bup-nord\n    namn: BUP Nordstad")
            .replacingOccurrences(of: "part: bup,", with: "part: bup-nord,")
        let comparison = Self.compare(Fixture.valid, renamed)
        #expect(comparison.changes.map(\.description.sv) == ["parten `bup` heter nu `bup-nord` (BUP Teststad → BUP Nordstad)"])
        #expect(comparison.changes.map(\.prose) == ["Parten BUP Teststad heter nu BUP Nordstad"])
    }

    /// The receiver and the escalation's steps are compared as concepts: BUSSAM by another of its names,
    /// or a group by its name instead of its id, is the same receiver and the same chain.
    @Test func theSameReceiverByAnotherNameIsNoChange() {
        let renamed = Fixture.valid
            .replacing("  mottagare: BUSSAM", with: "  mottagare: samrådsgruppen för barns och ungas hälsa")
            .replacing("  eskalering: [individforum, BUSSAM]", with: "  eskalering: [BUS individforum, Samrådsgruppen för barns och ungas hälsa (BUSSAM)]")
        #expect(renamed != Fixture.valid)
        let comparison = Self.compare(Fixture.valid, renamed)
        #expect(comparison.changes.isEmpty, "\(comparison.changes.map(\.description.en))")
        // Another receiver is still a change.
        let other = Self.compare(Fixture.valid, Fixture.valid.replacing("  mottagare: BUSSAM", with: "  mottagare: socialchefen"))
        #expect(other.changes.map(\.subject) == ["avvikelser.mottagare"])
    }

    /// A removed section whose absence makes a new finding is a change in substance that weakens the
    /// agreement and breaks that rule; one whose absence makes none is shown only under the sections.
    @Test func aRemovedSectionThatMakesAFindingWeakens() throws {
        let removed = Fixture.valid.replacing("## Gemensamma utgångspunkter\nBarnkonventionen gäller. Fristående skolor bjuds aktivt in till arbetet.\n", with: "")
        #expect(removed != Fixture.valid)
        let comparison = Self.compare(Fixture.valid, removed)
        #expect(comparison.appeared.map(\.ruleID) == ["BUS017"])
        let change = try #require(comparison.changes.first)
        #expect(comparison.changes.count == 1)
        #expect(change.subject == "avsnitt")
        #expect(change.description.sv == "avsnittet ”Gemensamma utgångspunkter” har tagits bort")
        #expect(change.weakens && change.breaks == ["BUS017"])
        #expect(change.prose == "Avsnittet ”Gemensamma utgångspunkter” har tagits bort")
        #expect(comparison.weakens)
        // Without the sentence on independent schools, the section answers no rule: no change in substance.
        let plain = Fixture.valid.replacing("Barnkonventionen gäller. Fristående skolor bjuds aktivt in till arbetet.", with: "Barnkonventionen gäller.")
        let withoutIt = Self.compare(plain, plain.replacing("## Gemensamma utgångspunkter\nBarnkonventionen gäller.\n", with: ""))
        #expect(withoutIt.changes.isEmpty && withoutIt.appeared.isEmpty)
        #expect(withoutIt.sections.contains { $0.status == .removed })
    }

    @Test func aRenamedSectionIsMatchedByItsWords() {
        let old = [Self.section("Samtycke", "Skriftligt samtycke inhämtas av den som kallar till mötet, för varje tillfälle.")]
        let new = [Self.section("Samtycke och sekretess", "Skriftligt samtycke inhämtas av den som kallar till mötet, för varje tillfälle.")]
        #expect(SectionComparison.match(old, new) == [0])
        #expect(SectionComparison.match(old, [Self.section("Något annat", "Helt andra ord här.")]) == [nil])
    }

    /// A section removed renumbers the ones after it; one of them also edited is still the same section,
    /// shown with its old heading and its changed words, not as removed and added.
    @Test func aRenumberedAndEditedSectionIsMatchedByItsName() {
        var old = Body(), new = Body()
        old.sections = [
            Self.section("9. Fristående skolor", "Fristående skolor i Ekby bjuds in till arbetsgruppen."),
            Self.section("10. Uppföljning", "Styrgruppen följer upp överenskommelsen under vårterminen."),
            Self.section("11. Giltighetstid", "Överenskommelsen gäller tills vidare."),
        ]
        new.sections = [
            Self.section("9. Uppföljning", "Styrgruppen följer upp överenskommelsen under höstterminen, och redovisar resultatet för samrådsgruppen."),
            Self.section("10. Giltighetstid", "Överenskommelsen gäller tills vidare."),
        ]
        let sections = SectionComparison.compare(old: old, new: new)
        #expect(sections == [
            SectionComparison(heading: "9. Fristående skolor", status: .removed, edited: true,
                              pieces: [.deleted("Fristående skolor i Ekby bjuds in till arbetsgruppen.")], line: 1),
            SectionComparison(heading: "9. Uppföljning", oldHeading: "10. Uppföljning", status: .changed, edited: true,
                              pieces: WordDiff.compare(old.sections[1].markdown, new.sections[0].markdown), line: 1),
            SectionComparison(heading: "10. Giltighetstid", oldHeading: "11. Giltighetstid", status: .changed, edited: false,
                              pieces: [.same("Överenskommelsen gäller tills vidare.")], line: 1),
        ])
        #expect(WordDiff.compare(old.sections[1].markdown, new.sections[0].markdown).contains(.deleted("vårterminen.")))
    }

    @Test func onlySectionsOutOfOrderAreMoved() {
        #expect(SectionComparison.longestIncreasing([0, 1, 4, 2, 3]) == [0, 1, 2, 3])
        #expect(SectionComparison.longestIncreasing([]) == [])
    }

    static func section(_ heading: String, _ text: String) -> Section {
        Section(heading: heading, level: 2, explicitID: nil, range: SourceRange(.fileStart), markdown: text)
    }
}
