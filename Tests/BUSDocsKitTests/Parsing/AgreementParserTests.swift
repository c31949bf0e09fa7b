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
        _ = expectFindings("BUS019", in: text, at: ["1️⃣"])
    }

    @Test func yamlSyntaxErrorPointsAtTheProblem() {
        let found = expectFindings("BUS019", in: Fixture.valid.replacing("samtycke: skriftligt", with: "samtycke: [skriftligt\nsip1️⃣:"), at: ["1️⃣"])
        #expect(found.first?.message.en.hasPrefix("YAML syntax error") == true)
    }

    @Test func unknownKeySuggestsTheNearestKnownKey() {
        let found = expectFindings(
            "BUS020", in: Fixture.valid.replacing("    ledamöter:\n      - { part: sof, roll: Avdelningschef", with: "    1️⃣ledamoter:\n      - { part: sof, roll: Avdelningschef"),
            at: ["1️⃣"], severity: .warning)
        #expect(found.first?.hint?.en == "Did you mean `ledamöter`?")
    }

    @Test func unknownEnumValueIsAStructureErrorWithSuggestion() {
        let found = expectFindings("BUS019", in: Fixture.valid.replacing("huvudman: region\n    verksamheter: [bup]", with: "huvudman: 1️⃣regio\n    verksamheter: [bup]"), at: ["1️⃣"])
        #expect(found.first?.hint?.en.hasPrefix("Did you mean `region`?") == true)
    }

    @Test func duplicateIDIsAStructureError() {
        let text = Fixture.valid.replacing("  - id: hab\n", with: "  - id: 1️⃣bup\n")
        let found = Fixture.check(MarkedText(text).text).filter { $0.ruleID == "BUS019" }
        #expect(found.map(\.location) == [MarkedText(text).locations["1️⃣"]])
        #expect(found.first?.message.en == "id `bup` is already used (line 22)")
    }

    @Test func emptyNameAndMissingRequiredKey() {
        let text = Fixture.valid.replacing("    namn: BUP Teststad\n", with: "    namn: 1️⃣\"\"\n")
        _ = expectFindings("BUS019", in: text, at: ["1️⃣"])
        let missing = Fixture.valid.replacing("  - id: bumm\n    namn: BUMM Teststad\n", with: "  - 1️⃣id: bumm\n")
        let found = expectFindings("BUS019", in: missing, at: ["1️⃣"])
        #expect(found.first?.message.en == "the key `namn` is missing")
    }

    /// Ids are lower-case letters (å, ä, ö too, as in `samrådsgrupp`), digits and hyphens.
    @Test func idsOutsideLowerCaseLettersAreAStructureError() {
        let upper = expectFindings("BUS019", in: Fixture.valid.replacing("  - id: hab\n", with: "  - id: 1️⃣HAB Järva\n"), at: ["1️⃣"])
        #expect(upper.first?.hint?.sv == "Skriv id med små bokstäver, siffror och bindestreck, t.ex. `hab-järva`.")
        _ = expectFindings("BUS019", in: Fixture.valid.replacing("  - id: hab\n", with: "  - id: 1️⃣hab_é\n"), at: ["1️⃣"])
        _ = expectFindings("BUS019", in: Fixture.valid.replacing("  - id: arbetsgrupp\n", with: "  - id: arbetsgrupp-två\n"), at: [])
    }
}
