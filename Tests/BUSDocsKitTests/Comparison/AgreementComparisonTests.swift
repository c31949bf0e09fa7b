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

    /// A group under a new id, with its references changed along, is the same group: one change, which
    /// weakens nothing, and no removed and added group.
    @Test func aGroupUnderANewIDIsOneChange() throws {
        let new = Fixture.valid.replacing("  - id: styrgrupp", with: "  - id: ledningsgrupp").replacing("  ansvarig: styrgrupp", with: "  ansvarig: ledningsgrupp")
        let comparison = Self.compare(Fixture.valid, new)
        #expect(comparison.changes.map(\.description.sv) == ["gruppen `styrgrupp` heter nu `ledningsgrupp`"])
        #expect(comparison.changes.map(\.description.en) == ["the group `styrgrupp` is now `ledningsgrupp`"])
        #expect(!comparison.weakens)
        #expect(comparison.appeared.isEmpty)
    }

    /// Another spelling of the same rule set is no change in substance.
    @Test func theRuleSetSpelledAnotherWayIsNoChange() {
        #expect(Self.compare(Fixture.valid, Fixture.valid.replacing("regelverk: bus-2012", with: "regelverk: BUS 2012")).changes.isEmpty)
        #expect(Self.compare(Fixture.valid, Fixture.valid.replacing("regelverk: bus-2012", with: "regelverk: hök-2022")).changes.map(\.subject) == ["regelverk"])
    }

    /// Escalation steps are listed with commas, so that the one arrow parts the old list from the new.
    @Test func escalationStepsAreListedWithCommas() {
        let new = Fixture.valid.replacing("  eskalering: [individforum, BUSSAM]", with: "  eskalering: [individforum, styrgrupp, BUSSAM]")
        let change = Self.compare(Fixture.valid, new).changes.first { $0.subject == "avvikelser.eskalering" }
        #expect(change?.description.sv == "avvikelser.eskalering: individforum, BUSSAM → individforum, styrgrupp, BUSSAM")
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

    /// A party whose id changes in the same edit that drops one of its services is still the same party,
    /// found by its name: the new id and the service it no longer provides, not the party removed and
    /// a new one added, with its members and signatory removed and added again.
    @Test func aPartyWithANewIDAndAServiceDroppedIsRenamedAndLosesTheService() {
        let old = Fixture.valid.replacing("    verksamheter: [socialtjanst]", with: "    verksamheter: [socialtjanst, lss]")
        let new = Fixture.valid.replacingOccurrences(of: "id: sof\n", with: "id: socialtjanst\n").replacingOccurrences(of: "part: sof,", with: "part: socialtjanst,")
        let comparison = Self.compare(old, new)
        #expect(comparison.changes.map { "\($0.description.sv)\($0.weakens ? " — försvagar" : "")" } == [
            "parten `sof` heter nu `socialtjanst`",
            "parter.socialtjanst.verksamheter: lss (LSS (stöd och service till vissa funktionshindrade)) har tagits bort — försvagar",
        ])
        #expect(comparison.changes.map(\.prose) == [
            "Parten Teststads socialförvaltning står kvar under en ny beteckning i filen",
            "Teststads socialförvaltning står inte längre för LSS (stöd och service till vissa funktionshindrade)",
        ])
    }

    /// A new id, a new name and a service fewer in one edit (an agreement drafted for another area): the
    /// party of the same principal sharing the most services is the party it was, and its members are the
    /// same members; what changed is the service it lost.
    @Test func aPartyMatchedByTheServicesItSharesLosesOnlyTheServiceItDropped() {
        let old = Fixture.valid.replacing("    verksamheter: [socialtjanst]", with: "    verksamheter: [socialtjanst, lss]")
        let new = Fixture.valid.replacingOccurrences(of: "id: sof\n    namn: Teststads socialförvaltning", with: "id: soc\n    namn: Nordstads socialtjänst")
            .replacingOccurrences(of: "part: sof,", with: "part: soc,")
        let comparison = Self.compare(old, new)
        #expect(comparison.changes.map { "\($0.description.en)\($0.weakens ? " — weakens" : "")" } == [
            "the party `sof` is now `soc` (Teststads socialförvaltning → Nordstads socialtjänst)",
            "parter.soc.verksamheter: lss (LSS (support for people with disabilities)) was removed — weakens",
        ])
        #expect(comparison.changes.map(\.description.sv)[1] == "parter.soc.verksamheter: lss (LSS (stöd och service till vissa funktionshindrade)) har tagits bort")
    }

    /// A change is blamed only for the new findings in its own part of the file: the follow-up's new
    /// owner breaks BUS011, not BUS014 for a member listed twice in another group.
    @Test func aChangeBreaksOnlyTheRulesOfFindingsInItsOwnPart() {
        let new = Fixture.valid.replacing("  ansvarig: styrgrupp", with: "  ansvarig: individforum")
            .replacing("      - { part: bup, roll: Enhetschef }\n", with: "      - { part: bup, roll: Enhetschef }\n      - { part: bup, roll: Enhetschef }\n")
        let comparison = Self.compare(Fixture.valid, new)
        #expect(comparison.appeared.map(\.ruleID).sorted() == ["BUS011", "BUS014"])
        #expect(comparison.changes.map { "\($0.subject): \($0.breaks)" } == ["uppföljning.ansvarig: [\"BUS011\"]"])
    }

    /// Every word a change says is in the run's language: a chair by turns, a group without a kind, a
    /// service by its name.
    @Test func aChangeIsSaidInEachLanguage() {
        let new = Fixture.valid.replacing("    ordförande: { växlar: [kommun, region] }", with: "    ordförande: { växlar: [kommun, region], period: år }")
            .replacing("    verksamheter: [bumm]", with: "    verksamheter: [bumm, lss]")
            .replacing("avvikelser:\n", with: "  - id: samordning\n    namn: Samordningsgrupp\navvikelser:\n")
        let comparison = Self.compare(Fixture.valid, new)
        #expect(comparison.changes.map(\.description.en) == [
            "parter.bumm.verksamheter: lss (LSS (support for people with disabilities)) was added",
            "new group `samordning` (no kind)",
            "grupper.styrgrupp.ordförande: by turns municipality/region → by turns municipality/region per year",
        ])
        #expect(comparison.changes.map(\.description.sv) == [
            "parter.bumm.verksamheter: lss (LSS (stöd och service till vissa funktionshindrade)) har lagts till",
            "ny grupp `samordning` (utan typ)",
            "grupper.styrgrupp.ordförande: växlande kommun/region → växlande kommun/region per år",
        ])
    }

    /// A removed item is shown at its line in the old file, an added or changed one at its line in the new
    /// file. The revision added at the top shifts every later line of the new file by one, and each line
    /// removed below shifts it back, so a line taken from the wrong file points at another line.
    @Test func aRemovedItemPointsAtItsLineInTheOldFile() {
        let new = Fixture.valid
            .replacing("  - { datum: 2021-02-01, beskrivning: Reviderad efter ny organisation }\n",
                       with: "  - { datum: 2021-02-01, beskrivning: Reviderad efter ny organisation }\n  - { datum: 2026-11-01, beskrivning: Ny arbetsgrupp }\n")
            .replacing("    verksamheter: [utbildning, elevhalsa]", with: "    verksamheter: [utbildning]")
            .replacing("      - { part: sof, roll: Enhetschef }\n      - { part: bup, roll: Enhetschef }\n", with: "      - { part: sof, roll: Enhetschef }\n")
            .replacing("    möten: { minst: 2, per: termin }\n    sammankallande: { part: sof, roll: Enhetschef }\n", with: "    möten: { minst: 2, per: termin }\n")
            .replacing("samtycke: skriftligt\n", with: "")
            .replacing("\n  - { part: bup, roll: Verksamhetschef }\n", with: "\n")
        let comparison = Self.compare(Fixture.valid, new)
        // Old lines: 21 `verksamheter: [utbildning, elevhalsa]`, 51 the member, 53 `sammankallande`, 65
        // `samtycke`, 75 the signatory; new line 13 the revision.
        #expect(comparison.changes.map { "\($0.kind) \($0.subject) \(comparison.file(of: $0) ?? "–"):\($0.line ?? 0)" } == [
            "added revisioner new.md:13",
            "removed parter.skola.verksamheter old.md:21",
            "removed grupper.arbetsgrupp.sammankallande old.md:53",
            "removed grupper.arbetsgrupp.ledamöter old.md:51",
            "removed samtycke old.md:65",
            "removed undertecknare old.md:75",
        ])
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

    /// A section whose text now says less than the front matter is a change in substance that weakens
    /// the agreement (`--fail-on-weakening`), and breaks the rule of the finding in its own text.
    @Test func anEditedSectionThatMakesAFindingWeakens() throws {
        let weaker = Fixture.valid.replacing("Skolan ska kalla till SIP", with: "Skolan kan kalla till SIP")
        #expect(weaker != Fixture.valid)
        let comparison = Self.compare(Fixture.valid, weaker)
        #expect(comparison.appeared.map(\.ruleID) == ["BUS023"])
        let change = try #require(comparison.changes.first)
        #expect(comparison.changes.count == 1)
        #expect(change.subject == "avsnitt" && change.kind == .changed)
        #expect(change.description.sv == "texten i avsnittet ”Samordnad individuell plan” har ändrats")
        #expect(change.weakens && change.breaks == ["BUS023"])
        #expect(comparison.weakens)
        // Back again: the finding goes away, and the edit is no change in substance.
        let back = Self.compare(weaker, Fixture.valid)
        #expect(back.changes.isEmpty && !back.weakens)
        // An edit that makes no finding is shown only under the sections.
        let reworded = Self.compare(Fixture.valid, Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnkonventionen är lag."))
        #expect(reworded.changes.isEmpty && !reworded.weakens)
    }

    /// Signatories removed that break BUS013 only all together are one change, breaking it once; one of
    /// several of a principal removed breaks nothing.
    @Test func signatoriesRemovedTogetherAreOneChange() throws {
        let signatories = "undertecknare:\n  - { part: sof, roll: Avdelningschef }\n"
        let region = Fixture.valid.replacing(signatories + "  - { part: bup, roll: Verksamhetschef }\n",
                                             with: signatories + "  - { part: bup, roll: Verksamhetschef }\n  - { part: hab, roll: Verksamhetschef }\n")
        #expect(region != Fixture.valid)
        let comparison = Self.compare(region, Fixture.valid.replacing(signatories + "  - { part: bup, roll: Verksamhetschef }\n", with: signatories))
        #expect(comparison.appeared.map(\.ruleID) == ["BUS013"])
        let change = try #require(comparison.changes.first)
        #expect(comparison.changes.count == 1)
        #expect(change.description.sv == "undertecknare: Verksamhetschef (bup) och Verksamhetschef (hab) har tagits bort")
        #expect(change.breaks == ["BUS013"] && change.weakens)
        #expect(change.prose.hasSuffix("undertecknar inte längre"))
        #expect(change.prose.contains(") och Verksamhetschef ("))
        let one = Self.compare(region, Fixture.valid)
        #expect(one.appeared.isEmpty)
        #expect(one.changes.map(\.breaks) == [[]])
    }

    /// Text under a `###` heading is compared as a section of its own, under the section it stands in:
    /// a sentence changed under `### Blankett` is shown there, with its words, and nowhere else.
    @Test func aChangeUnderASubsectionIsShownUnderItsPath() {
        let new = Fixture.valid.replacing("Avvikelseblanketten skickas till BUSSAM.", with: "Avvikelseblanketten sparas hos arbetsledaren.")
        let comparison = Self.compare(Fixture.valid, new)
        #expect(comparison.sections.map { "\($0.level) \($0.title.sv): \($0.status)" } == [
            "1 Lokal överenskommelse för BUS i Testområdet: unchanged",
            "2 Gemensamma utgångspunkter: unchanged",
            "2 Samordnad individuell plan: unchanged",
            "2 Samtycke: unchanged",
            "2 Rutiner för avvikelserapportering: unchanged",
            "3 Rutiner för avvikelserapportering › Blankett: changed",
            "2 Uppföljning av överenskommelsen: unchanged",
        ])
        #expect(comparison.sections.filter { $0.status != .unchanged } == [
            SectionComparison(heading: "Blankett", status: .changed, edited: true,
                              pieces: [.same("Avvikelseblanketten "), .deleted("skickas till BUSSAM."), .inserted("sparas hos arbetsledaren.")],
                              line: 94, path: ["Rutiner för avvikelserapportering"], level: 3),
        ])
        #expect(comparison.changes.isEmpty)
    }

    /// A subsection added or removed is shown as such under its path; a removed section takes the
    /// sections under it along, each shown; the text under the `#` title is compared too.
    @Test func subsectionsAddedAndRemovedAndTheTextUnderTheTitleAreShown() {
        let new = Fixture.valid
            .replacing("### Blankett\nAvvikelseblanketten skickas till BUSSAM.\n", with: "")
            .replacing("## Samtycke\nSkriftligt samtycke inhämtas för varje tillfälle.\n", with: "## Samtycke\nSkriftligt samtycke inhämtas för varje tillfälle.\n\n### Vid akuta lägen\nSamtycke inhämtas i efterhand.\n")
            .replacing("# Lokal överenskommelse för BUS i Testområdet\n", with: "# Lokal överenskommelse för BUS i Testområdet\nGäller alla barn i området.\n")
        let comparison = Self.compare(Fixture.valid, new)
        let redline = { (section: SectionComparison) in ComparisonTextFormatter().redline(section.pieces) }
        #expect(comparison.sections.filter { $0.status != .unchanged }.map { "\($0.line) \($0.title.sv): \($0.statusText.sv) \(redline($0))" } == [
            "80 Lokal överenskommelse för BUS i Testområdet: ändrat {+Gäller alla barn i området.+}",
            "92 Samtycke › Vid akuta lägen: nytt {+Samtycke inhämtas i efterhand.+}",
            "94 Rutiner för avvikelserapportering › Blankett: borttaget [-Avvikelseblanketten skickas till BUSSAM.-]",
        ])
        // A `##` section removed with the `###` under it: both, the subsection under its old path.
        let without = Fixture.valid.replacing("## Rutiner för avvikelserapportering\nAvvikelser lyfts först med närmaste arbetsledare.\n\n### Blankett\nAvvikelseblanketten skickas till BUSSAM.\n\n", with: "")
        let removed = Self.compare(Fixture.valid, without).sections.filter { $0.status != .unchanged }
        #expect(removed.map { "\($0.line) \($0.title.en): \($0.statusText.en)" } == [
            "91 Rutiner för avvikelserapportering: removed", "94 Rutiner för avvikelserapportering › Blankett: removed",
        ])
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

    /// A subsection moved to another section, with the same heading and text, is one move from where it
    /// stood to where it stands, not a removal and an addition; moved and edited, it is also redlined.
    @Test func aSubsectionMovedToAnotherSectionIsOneMove() {
        let blankett = "### Blankett\nAvvikelseblanketten skickas till BUSSAM.\n\n"
        let moved = Fixture.valid.replacing(blankett, with: "") + "\n" + blankett.trimmingCharacters(in: .newlines) + "\n"
        let changed = { (comparison: AgreementComparison) in comparison.sections.filter { $0.status != .unchanged } }
        #expect(changed(Self.compare(Fixture.valid, moved)) == [
            SectionComparison(heading: "Blankett", status: .moved, edited: false, pieces: [.same("Avvikelseblanketten skickas till BUSSAM.")],
                              line: 97, path: ["Uppföljning av överenskommelsen"], level: 3,
                              oldPath: ["Rutiner för avvikelserapportering"], oldPosition: 1, position: 1),
        ])
        #expect(changed(Self.compare(Fixture.valid, moved)).map { "\($0.statusText.sv) | \($0.statusText.en)" } == [
            "flyttat från ”Rutiner för avvikelserapportering” till ”Uppföljning av överenskommelsen” | "
                + "moved from \"Rutiner för avvikelserapportering\" to \"Uppföljning av överenskommelsen\"",
        ])
        let edited = moved.replacing("skickas till BUSSAM.\n", with: "skickas till styrgruppen.\n")
        #expect(changed(Self.compare(Fixture.valid, edited)).map { "\($0.line) \($0.title.sv): \($0.statusText.sv) \(ComparisonTextFormatter().redline($0.pieces))" } == [
            "97 Uppföljning av överenskommelsen › Blankett: flyttat från ”Rutiner för avvikelserapportering” till ”Uppföljning av överenskommelsen” "
                + "och ändrat Avvikelseblanketten skickas till [-BUSSAM.-]{+styrgruppen.+}",
        ])
        // Out from under its section to a `##` of its own, the rest of the text unchanged.
        let lifted = Fixture.valid.replacing(blankett, with: "") + "\n" + blankett.replacing("### ", with: "## ").trimmingCharacters(in: .newlines) + "\n"
        #expect(changed(Self.compare(Fixture.valid, lifted)).map { "\($0.level) \($0.title.en): \($0.statusText.en)" } == [
            "2 Blankett: moved from \"Rutiner för avvikelserapportering\" to the top level",
        ])
    }

    /// A section that only changed place among its siblings says from which place to which.
    @Test func aReorderedSectionSaysFromWhichPlaceToWhich() {
        let samtycke = "## Samtycke\nSkriftligt samtycke inhämtas för varje tillfälle.\n\n"
        let reordered = Fixture.valid.replacing(samtycke, with: "").replacing("## Gemensamma utgångspunkter\n", with: samtycke + "## Gemensamma utgångspunkter\n")
        #expect(Self.compare(Fixture.valid, reordered).sections.filter { $0.status != .unchanged }.map { "\($0.line) \($0.title.sv): \($0.statusText.sv) | \($0.statusText.en)" } == [
            "82 Samtycke: flyttat från plats 3 till plats 1 | moved from position 3 to 1",
        ])
    }

    static func section(_ heading: String, _ text: String) -> Section {
        Section(heading: heading, level: 2, explicitID: nil, range: SourceRange(.fileStart), markdown: text)
    }
}
