import BUSDocsKit
import Testing
import TestSupport

@Suite struct AgreementParserTests {
    @Test func validFixtureModelWithSourceRanges() throws {
        let agreement = try #require(Fixture.parse(Fixture.valid))
        Snapshot.expect(ModelDump.dump(agreement), matches: "valid.model.txt")
    }

    @Test func sectionsNestByLevelAndKeepExplicitIDs() throws {
        let text = Fixture.valid.replacing("## Uppföljning av överenskommelsen", with: "## Hur vi följer upp {#uppföljning}")
        let body = try #require(Fixture.parse(text)).body
        #expect(body.sections.map(\.heading) == [
            "Gemensamma utgångspunkter", "Samordnad individuell plan", "Samtycke",
            "Rutiner för avvikelserapportering", "Hur vi följer upp",
        ])
        #expect(body.sections[3].children.map(\.heading) == ["Blankett"])
        #expect(body.sections[4].explicitID == "uppföljning")
        #expect(body.sections[2].markdown == "Skriftligt samtycke inhämtas för varje tillfälle.")
    }

    @Test func crlfAndByteOrderMarkGiveTheSameModel() throws {
        let plain = try #require(Fixture.parse(Fixture.valid))
        let windows = "\u{FEFF}" + Fixture.valid.replacingOccurrences(of: "\n", with: "\r\n")
        let parsed = AgreementParser.parse(bytes: Array(windows.utf8), path: "crlf.md")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.agreement == plain)
    }

    @Test func scalarWhereAListBelongsIsAStructureError() {
        let text = Fixture.valid.replacing("    verksamheter: [bup]", with: "    verksamheter: 1️⃣bup")
        assertFindings(in: text, [
            ExpectedFinding("13:1", "BUS001", "no party provides BUP (child and adolescent psychiatry)"),
            ExpectedFinding("1️⃣", "BUS019", "`verksamheter` must be a list"),
        ])
    }

    @Test func yamlSyntaxErrorPointsAtTheProblem() {
        let found = assertFindings(in: Fixture.valid.replacing("samtycke: skriftligt", with: "samtycke: 1️⃣[skriftligt\nsip:"), [ExpectedFinding("1️⃣", "BUS019", "YAML syntax error: the list `[…]` is never closed by `]`")])
        #expect(found.first?.message.en.hasPrefix("YAML syntax error") == true)
        #expect(found.first?.hint?.en == "Write `]` after the list's last value.")
    }

    @Test func unknownKeySuggestsTheNearestKnownKey() {
        let found = assertFindings(in: Fixture.valid.replacing("    ledamöter:\n      - { part: sof, roll: Avdelningschef", with: "    1️⃣ledamoter:\n      - { part: sof, roll: Avdelningschef"), [
            // The members it holds are not missing, only misspelt: one error, at the typo, of the rule that
            // needs them (BUS020 itself is a warning), saying what the typo leaves out and how to mend it.
            ExpectedFinding("1️⃣", "BUS003", "the steering group `styrgrupp` has no members: unknown key `ledamoter` in `grupper` — did you mean `ledamöter`?"),
        ])
        #expect(found.first?.hint?.en == "Write `ledamöter:` instead of `ledamoter:`.")
        #expect(found.first?.fix?.replacement == "ledamöter")
    }

    @Test func unknownEnumValueIsAStructureErrorWithSuggestion() {
        let found = assertFindings(in: Fixture.valid.replacing("huvudman: region\n    verksamheter: [bup]", with: "huvudman: 1️⃣regio\n    verksamheter: [bup]"), [ExpectedFinding("1️⃣", "BUS019", "unknown value `regio` for `huvudman`")])
        #expect(found.first?.hint?.en.hasPrefix("Did you mean `region`?") == true)
    }

    @Test func duplicateIDIsAStructureError() {
        let text = Fixture.valid.replacing("  - id: bup\n", with: "  - id: 2️⃣bup\n").replacing("  - id: hab\n", with: "  - id: 1️⃣bup\n")
        let found = Fixture.check(MarkedText(text).text).filter { $0.ruleID == "BUS019" }
        compareFindings(found, [ExpectedFinding("1️⃣", "BUS019", "id `bup` is already used", notes: [ExpectedNote("2️⃣", "first used here")])],
                        in: MarkedText(text))
        #expect(found.first?.notes.first?.location == BUSDocsKit.SourceLocation(line: 22, column: 9))
    }

    @Test func emptyNameAndMissingRequiredKey() {
        let text = Fixture.valid.replacing("    namn: BUP Teststad\n", with: "    namn: 1️⃣\"\"\n")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS019", "`namn` is empty")])
        let missing = Fixture.valid.replacing("  - id: bumm\n    namn: BUMM Teststad\n", with: "  - 1️⃣id: bumm\n")
        let found = assertFindings(in: missing, [ExpectedFinding("1️⃣", "BUS019", "the key `namn` is missing")])
        #expect(found.first?.message.en == "the key `namn` is missing")
    }

    /// Ids are lower-case letters (å, ä, ö too, as in `samrådsgrupp`), digits and hyphens.
    @Test func idsOutsideLowerCaseLettersAreAStructureError() {
        let upper = assertFindings(in: Fixture.valid.replacing("  - id: hab\n", with: "  - id: 1️⃣HAB Järva\n"), [
            ExpectedFinding("1️⃣", "BUS019", "id `HAB Järva` may only contain a–z, å, ä, ö, 0–9 and -"),
            ExpectedFinding("42:17", "BUS014", "unknown party `hab`"),
        ]).filter { $0.ruleID == "BUS019" }
        #expect(upper.first?.hint?.sv == "Skriv id med små bokstäver, siffror och bindestreck, t.ex. `hab-järva`, här och överallt där id:t nämns (`part:`, `ansvarig:` …).")
        assertFindings(in: Fixture.valid.replacing("  - id: hab\n", with: "  - id: 1️⃣hab_é\n"), [
            ExpectedFinding("1️⃣", "BUS019", "id `hab_é` may only contain a–z, å, ä, ö, 0–9 and -"),
            ExpectedFinding("42:17", "BUS014", "unknown party `hab`"),
        ])
        assertFindings(in: Fixture.valid.replacing("  - id: arbetsgrupp\n", with: "  - id: arbetsgrupp-två\n"), [])
    }
}
