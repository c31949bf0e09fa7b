import BUSDocsKit
import Testing

/// Slips a coordinator makes typing or pasting into an agreement: one finding each, whose hint, applied
/// literally, fixes it without losing anything.
@Suite struct PastedAndMistypedValuesTests {
    // MARK: A colon inside a value

    /// `roll: Verksamhetschef: BUP` in `{ … }`: libyaml calls it a missing comma; the finding says what
    /// it is, and its hint (the value in quotes) checks clean and keeps the signatory.
    @Test func aColonInsideAValueInBracesIsQuotedNotSplit() throws {
        let text = Fixture.valid.replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "  - { part: bup, roll: 1️⃣Verksamhetschef: BUP }\nbilagor:")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "YAML syntax error: the value holds a colon followed by a space — put it in quotes"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `roll: \"Verksamhetschef: BUP\"`.")
        #expect(found.first?.hint?.en == "Write `roll: \"Verksamhetschef: BUP\"`.")
        let fixed = Fixture.valid.replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "  - { part: bup, roll: \"Verksamhetschef: BUP\" }\nbilagor:")
        assertFindings(in: fixed, [])
        let agreement = try #require(Fixture.parse(fixed))
        #expect(agreement.signatories.map { $0.role?.value } == ["Avdelningschef", "Verksamhetschef: BUP"])
        // Written as another municipality might, with the value not last and a quote in it.
        let middle = Fixture.valid.replacing("      - { part: sof, roll: Avdelningschef, ersättare: Enhetschef }",
                                             with: "      - { part: sof, roll: 1️⃣Avdelningschef: \"IFO\", ersättare: Enhetschef }")
        let second = assertFindings(in: middle, [
            ExpectedFinding("1️⃣", "BUS019", "YAML syntax error: the value holds a colon followed by a space — put it in quotes"),
        ])
        #expect(second.first?.hint?.en == "Write `roll: 'Avdelningschef: \"IFO\"'`.")
        assertFindings(in: Fixture.valid.replacing("      - { part: sof, roll: Avdelningschef, ersättare: Enhetschef }",
                                                   with: "      - { part: sof, roll: 'Avdelningschef: \"IFO\"', ersättare: Enhetschef }"), [])
    }

    /// The same colon in a value on a line of its own: the hint is the line with the value quoted.
    @Test func aColonInsideABlockValueGetsTheQuotedLine() {
        let text = Fixture.valid.replacing("    namn: BUP Teststad\n", with: "    namn: 1️⃣BUP Teststad: mottagning för barn # enheten\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "YAML syntax error: the value holds a colon followed by a space — put it in quotes"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `namn: \"BUP Teststad: mottagning för barn\"`.")
        assertFindings(in: Fixture.valid.replacing("    namn: BUP Teststad\n", with: "    namn: \"BUP Teststad: mottagning för barn\" # enheten\n"), [])
    }

    /// A key of its own in `{ … }` beside other keys: the hint never says to comment out the line,
    /// which holds the whole signatory; after a value, the comma is what split it.
    @Test func anUnknownKeyInBracesIsNeverToBeCommentedOut() {
        let split = Fixture.valid.replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "  - { part: bup, roll: Verksamhetschef, 1️⃣BUP }\nbilagor:")
        let found = assertFindings(in: split, [
            ExpectedFinding("1️⃣", "BUS020", "unknown key `BUP` in `undertecknare`", .warning),
        ])
        #expect(found.first?.hint?.sv == "Ett kommatecken inom `{ }` avslutar värdet: skriv `roll: \"Verksamhetschef, BUP\"` om `BUP` hör till värdet, annars ta bort `, BUP`.")
        assertFindings(in: Fixture.valid.replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "  - { part: bup, roll: \"Verksamhetschef, BUP\" }\nbilagor:"), [])
        let extra = Fixture.valid.replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "  - { part: bup, roll: Verksamhetschef, 1️⃣telefon: 08-123 }\nbilagor:")
        let other = assertFindings(in: extra, [
            ExpectedFinding("1️⃣", "BUS020", "unknown key `telefon` in `undertecknare`", .warning),
        ])
        #expect(other.first?.hint?.en.hasPrefix("Remove `telefon: 08-123` from the `{ … }` (the other keys on the line stay)") == true)
        #expect(other.first?.hint?.sv.contains("kommentar") == false)
        // On a line of its own the line is the key's alone: commenting it out keeps what it says.
        let own = Fixture.valid.replacing("    möten: { minst: 1, per: termin }\n", with: "    möten: { minst: 1, per: termin }\n    1️⃣telefon: 08-123\n")
        let block = assertFindings(in: own, [
            ExpectedFinding("1️⃣", "BUS020", "unknown key `telefon` in `grupper`", .warning),
        ])
        #expect(block.first?.hint?.en.hasPrefix("Make the line a comment") == true)
    }

    // MARK: No-break spaces

    /// Indented with no-break spaces (a Word paste): the hint's line keeps its ordinary spaces, as the
    /// tab case does, and written in the line's place it checks clean.
    @Test func aNoBreakSpaceIndentationHintKeepsTheSpaces() {
        let text = Fixture.valid.replacing("    huvudman: region\n    verksamheter: [bup]", with: "    huvudman: region\n1️⃣\u{00A0}\u{00A0}\u{00A0}\u{00A0}verksamheter: [bup]")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "the line is indented with a no-break space (U+00A0), which YAML does not read as indentation"),
        ])
        #expect(found.first?.hint?.sv == "Byt de hårda mellanslagen i indraget mot vanliga, 4 i allt: ”    verksamheter: [bup]”.")
        #expect(found.first?.hint?.en == "Replace the no-break spaces in the indentation with ordinary ones, 4 in all: \"    verksamheter: [bup]\".")
        // Two no-break spaces where the lines around have four: the hint lines it up with them.
        let short = Fixture.valid.replacing("    huvudman: region\n    verksamheter: [bup]", with: "    huvudman: region\n1️⃣\u{00A0}\u{00A0}verksamheter: [bup]")
        let two = assertFindings(in: short, [
            ExpectedFinding("1️⃣", "BUS019", "the line is indented with a no-break space (U+00A0), which YAML does not read as indentation"),
        ])
        #expect(two.first?.hint?.en == "Replace the no-break spaces in the indentation with ordinary ones, 4 in all: \"    verksamheter: [bup]\".")
    }

    // MARK: A steering group without members

    @Test func aSteeringGroupWithoutMembersIsOneFinding() {
        let text = Fixture.valid.replacing("""
              - id: styrgrupp
                typ: styrgrupp
                namn: BUS lokal styrgrupp
                ledamöter:
                  - { part: sof, roll: Avdelningschef, ersättare: Enhetschef }
                  - { part: skola, roll: Grundskolechef }
                  - { part: bup, roll: Verksamhetschef }
                  - { part: hab, roll: Verksamhetschef }
                  - { part: bumm, roll: Verksamhetschef }

            """, with: """
              - id: 1️⃣styrgrupp
                typ: styrgrupp
                namn: BUS lokal styrgrupp

            """)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS003", "the steering group `styrgrupp` has no members"),
        ])
        #expect(found.first?.hint?.sv == "Lägg till `ledamöter:` med minst en chef från kommunen och en från regionen, t.ex. `- { part: sof, roll: Förvaltningschef }` och `- { part: bup, roll: Verksamhetschef }`, med chefernas befattningar i `roll`.")
    }

    // MARK: Party references

    /// The party's name where its id goes: "did you mean" its id, with the name; the fix checks clean.
    @Test func aPartyWrittenByItsNameGetsItsID() {
        let text = Fixture.valid.replacing("      - { part: bup, roll: Enhetschef }", with: "      - { part: 1️⃣BUP Teststad, roll: Enhetschef }")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS014", "unknown party `BUP Teststad`"),
        ])
        #expect(found.first?.hint?.sv == "Menade du `bup` (BUP Teststad)? Skriv partens id, inte dess namn.")
        #expect(found.first?.fix?.replacement == "bup")
        // A name with the principal after a comma, written up to the comma.
        let long = Fixture.valid.replacing("    namn: BUP Teststad\n", with: "    namn: BUP Teststad, Region Stockholm\n")
            .replacing("      - { part: bup, roll: Enhetschef }", with: "      - { part: 1️⃣bup teststad, roll: Enhetschef }")
        let named = assertFindings(in: long, [
            ExpectedFinding("1️⃣", "BUS014", "unknown party `bup teststad`"),
        ])
        #expect(named.first?.hint?.en == "Did you mean `bup` (BUP Teststad, Region Stockholm)? Write the party's id, not its name.")
    }

    /// An id renamed at the party and not at its references: one finding, the other places its notes.
    @Test func aRenamedIDIsOneFindingWithTheOtherPlacesAsNotes() {
        let text = Fixture.valid.replacing("  - id: sof\n", with: "  - id: socialtjänst\n")
            .replacing("      - { part: sof, roll: Avdelningschef, ersättare: Enhetschef }", with: "      - { part: 1️⃣sof, roll: Avdelningschef, ersättare: Enhetschef }")
            .replacing("      - { part: sof, roll: Enhetschef }", with: "      - { part: 2️⃣sof, roll: Enhetschef }")
            .replacing("    sammankallande: { part: sof, roll: Enhetschef }\n  - id: individforum", with: "    sammankallande: { part: 3️⃣sof, roll: Enhetschef }\n  - id: individforum")
            .replacing("    sammankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov", with: "    sammankallande: { part: 4️⃣sof, roll: Enhetschef }\n    möten: { vid-behov")
            .replacing("  - { part: sof, roll: Avdelningschef }", with: "  - { part: 5️⃣sof, roll: Avdelningschef }")
        let found = Fixture.check(MarkedText(text).text).filter { $0.ruleID == "BUS014" }
        #expect(found.count == 1, "\(found.map(\.message.en))")
        let marked = MarkedText(text)
        #expect(found.first?.message.en == "unknown party `sof` (5 references)")
        #expect(found.first?.location == marked.locations["1️⃣"])
        #expect(found.first?.notes.map(\.location) == ["2️⃣", "3️⃣", "4️⃣", "5️⃣"].compactMap { marked.locations[$0] })
        #expect(found.first?.notes.first?.message.sv == "hänvisning till samma okända part `sof`")
    }

    // MARK: A municipality's own words for values

    @Test(arguments: ["antagen", "Gällande", "undertecknad", "fastställd"])
    func aDecidedAgreementByAnotherWordGetsBeslutad(word: String) {
        let text = Fixture.valid.replacing("typ: lokal-överenskommelse\n", with: "typ: lokal-överenskommelse\nstatus: 1️⃣\(word)\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "unknown value `\(word)` for `status`"),
        ])
        #expect(found.first?.hint?.sv == "Menade du `beslutad`? Tillåtna värden: `utkast`, `remiss`, `beslutad`, `upphävd`.")
        #expect(found.first?.fix?.replacement == "beslutad")
    }

    @Test func aSwedishShortDateGetsTheFourDigitYear() {
        let found = assertFindings(in: Fixture.valid.replacing("  från: 2020-01-01", with: "  från: 1️⃣26-01-01"), [
            ExpectedFinding("1️⃣", "BUS012", "`giltighet.från`: `26-01-01` must be written YYYY-MM-DD"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `2026-01-01`.")
        // Not a date however read: the general example stays.
        let wrong = assertFindings(in: Fixture.valid.replacing("  från: 2020-01-01", with: "  från: 1️⃣26-13-01"), [
            ExpectedFinding("1️⃣", "BUS012", "`giltighet.från`: `26-13-01` is not a date"),
        ])
        #expect(wrong.first?.hint?.en.hasPrefix("Write a real date as YYYY-MM-DD") == true)
    }

    // MARK: Headings

    @Test(arguments: [("7. ", "7. "), ("3.2 ", "3.2 "), ("§ 4 ", "§ 4 "), ("", "")])
    func aMisspeltNumberedHeadingKeepsItsNumber(written: String, kept: String) {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "1️⃣## \(written)Samtyke\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS015", "the section \"Samtycke\" is missing; the heading \"\(written)Samtyke\" looks like it", .warning),
        ])
        #expect(found.first?.hint?.sv == "Menade du `## \(kept)Samtycke`?")
    }

    /// `{# samtycke}`, `{#samtycke }`: the id is read, and not printed in the heading.
    @Test(arguments: ["{# samtycke}", "{#samtycke }", "{ #samtycke }"])
    func aHeadingIDWithSpacesIsRead(written: String) throws {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "## Så hanterar vi uppgifter \(written)\n")
        assertFindings(in: text, [])
        let agreement = try #require(Fixture.parse(text))
        let section = agreement.body.sections.first { $0.heading.hasPrefix("Så hanterar") }
        #expect(section?.heading == "Så hanterar vi uppgifter")
        #expect(section?.explicitID == "samtycke")
    }

    // MARK: A bulleted list pasted from Word

    @Test func aBulletListPastedFromWordIsAWarningWhoseListChecksClean() {
        let pasted = "Parternas ansvar:\n1️⃣\u{2022}\tSocialförvaltningen ansvarar enligt SoL och LVU.\n\u{2022}\tSkolan ansvarar enligt skollagen.\n\u{2013}\tBUP ansvarar enligt HSL.\n"
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: pasted + "\nBarnkonventionen gäller.")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "the bulleted list is pasted from Word and is printed as running text: its bullets (`•`, `–`) make no list in CommonMark", .warning),
        ])
        let list = "- Socialförvaltningen ansvarar enligt SoL och LVU.\n- Skolan ansvarar enligt skollagen.\n- BUP ansvarar enligt HSL."
        #expect(found.first?.hint?.sv == "Skriv punkterna som en lista, med `- ` först på varje rad:\n" + list)
        assertFindings(in: Fixture.valid.replacing("Barnkonventionen gäller.", with: "Parternas ansvar:\n" + list + "\n\nBarnkonventionen gäller."), [])
        // Dashes with spaces, two or more lines: the same; one dash line in prose, or a code block, is left alone.
        let dashes = Fixture.valid.replacing("Barnkonventionen gäller.", with: "1️⃣– första punkten\n– andra punkten\n\nBarnkonventionen gäller.")
        assertFindings(in: dashes, [
            ExpectedFinding("1️⃣", "BUS019", "the bulleted list is pasted from Word and is printed as running text: its bullets (`–`) make no list in CommonMark", .warning),
        ])
        assertFindings(in: Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnkonventionen gäller\n– också för de minsta."), [])
        assertFindings(in: Fixture.valid.replacing("Barnkonventionen gäller.", with: "```\n•\tkod\n```\n\nBarnkonventionen gäller."), [])
    }

    /// Word pastes Symbol bullets as `·` and second-level items as `o`: the message names those marks,
    /// not marks the file does not have, and its list applied as it stands checks clean.
    @Test func theMessageNamesTheMarksTheListHas() {
        let pasted = "Så arbetar vi i Sjöviken:\n1️⃣\u{00B7}\tElevhälsan kallar till möte.\no\tVårdnadshavare bjuds in.\n\u{00B7}\tBUP deltar vid behov.\n"
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: pasted + "\nBarnkonventionen gäller.")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "the bulleted list is pasted from Word and is printed as running text: its bullets (`·`, `o`) make no list in CommonMark", .warning),
        ])
        #expect(found.first?.message.sv == "punktlistan är inklistrad från Word och skrivs ut som löpande text: punkterna (`·`, `o`) gör ingen lista i CommonMark")
        let list = "- Elevhälsan kallar till möte.\n- Vårdnadshavare bjuds in.\n- BUP deltar vid behov."
        #expect(found.first?.hint?.sv == "Skriv punkterna som en lista, med `- ` först på varje rad:\n" + list)
        assertFindings(in: Fixture.valid.replacing("Barnkonventionen gäller.", with: "Så arbetar vi i Sjöviken:\n" + list + "\n\nBarnkonventionen gäller."), [])
    }
}
