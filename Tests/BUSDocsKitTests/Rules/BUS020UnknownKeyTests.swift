import BUSDocsKit
import Testing

/// A misspelt or misplaced key is one finding at its own line, whose hint fixes it; the finding that
/// the key it stands for is missing (at the `---` of line 1) is not made as well. When that key is
/// required (an error), the one finding is the requiring rule's, an error that says both; BUS020 itself
/// is always a warning.
@Suite struct BUS020UnknownKeyTests {
    @Test func aMisspeltTopLevelKeyIsOneErrorAtItsLine() {
        let found = assertFindings(in: Fixture.valid.replacing("samtycke: skriftligt", with: "1️⃣samtyke: skriftligt"), [
            ExpectedFinding("1️⃣", "BUS008", "the agreement does not say how consent is obtained (`samtycke` is missing): unknown key `samtyke` in the front matter — did you mean `samtycke`?"),
        ])
        #expect(found.first?.message.sv.hasSuffix(": okänd nyckel `samtyke` i YAML-huvudet — menade du `samtycke`?") == true, "\(String(describing: found.first?.message.sv))")
        #expect(found.first?.hint?.sv == "Skriv `samtycke:` i stället för `samtyke:`.")
        #expect(found.first?.hint?.en == "Write `samtycke:` instead of `samtyke:`.")
        #expect(found.first?.fix?.replacement == "samtycke")
    }

    @Test func aMisspeltKeyThatStandsForNothingMissingStaysAWarning() {
        // `regelverk` is optional: nothing is missing, so the typo stays a warning.
        assertFindings(in: Fixture.valid.replacing("regelverk: bus-2012", with: "1️⃣regelverc: bus-2012"), [
            ExpectedFinding("1️⃣", "BUS020", "unknown key `regelverc` in the front matter — did you mean `regelverk`?", .warning),
        ])
    }

    @Test(arguments: [("kommun: Teststads kommun", "kommn: Teststads kommun", "kommn", "kommun"), ("område: Testområdet", "omrde: Testområdet", "omrde", "område")])
    func aMisspeltRequiredKeyReplacesTheStructureFinding(line: String, misspelt: String, key: String, meant: String) {
        let found = assertFindings(in: Fixture.valid.replacing(line, with: "1️⃣" + misspelt), [
            ExpectedFinding("1️⃣", "BUS019", "the key `\(meant)` is missing: unknown key `\(key)` in the front matter — did you mean `\(meant)`?"),
        ])
        #expect(found.first?.message.sv == "nyckeln `\(meant)` saknas: okänd nyckel `\(key)` i YAML-huvudet — menade du `\(meant)`?", "\(String(describing: found.first?.message.sv))")
        #expect(found.first?.hint?.en == "Write `\(meant):` instead of `\(key):`.")
    }

    @Test func aMisspeltNestedKeyNamesItsMapping() {
        let found = assertFindings(in: Fixture.valid.replacing("    sammankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov", with: "    1️⃣samankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov"), [
            ExpectedFinding("1️⃣", "BUS006", "the individforum `individforum` has no convener: unknown key `samankallande` in `grupper` — did you mean `sammankallande`?"),
        ])
        #expect(found.first?.message.sv == "individforum `individforum` har ingen sammankallande: okänd nyckel `samankallande` i `grupper` — menade du `sammankallande`?")
    }

    @Test func aTopLevelKeyIndentedUnderAnotherIsOneErrorSayingWhere() {
        let text = Fixture.valid.replacing("  blankett: avvikelseblankett\nsamtycke: skriftligt", with: "  blankett: avvikelseblankett\n  1️⃣samtycke: skriftligt")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS008", "the agreement does not say how consent is obtained (`samtycke` is missing): `samtycke` stands under `avvikelser`"),
        ])
        #expect(found.first?.message.sv == "överenskommelsen säger inte hur samtycke inhämtas (`samtycke` saknas): `samtycke` står under `avvikelser`")
        #expect(found.first?.hint?.sv == "Ta bort indraget så att raden `samtycke:` börjar i vänsterkanten, som YAML-huvudets andra nycklar.")
        // The edit an editor offers removes exactly the two spaces.
        #expect(found.first?.fix == Fix(range: SourceRange(start: SourceLocation(line: 65, column: 1), end: SourceLocation(line: 65, column: 3)), original: "  ", replacement: ""))
    }

    @Test func aTopLevelKeyIndentedFourSpacesUnderABlockWrittenFourDeep() {
        // Another area indents by four and puts `sip` under `uppföljning` by mistake.
        let text = Fixture.valid
            .replacing("uppföljning:\n  per: år\n  ansvarig: styrgrupp\n  indikatorer: [individforum-ärenden, olösta-ärenden, avvikelser, sip]",
                       with: "uppföljning:\n    per: år\n    ansvarig: styrgrupp\n    indikatorer: [individforum-ärenden, olösta-ärenden, avvikelser, sip]")
            .replacing("sip:\n  initierar: [socialtjanst, utbildning, bup, hab, bumm]\n  skolan: ska\n", with: "")
            .replacing("    indikatorer: [individforum-ärenden, olösta-ärenden, avvikelser, sip]\n",
                       with: "    indikatorer: [individforum-ärenden, olösta-ärenden, avvikelser, sip]\n    1️⃣sip: { initierar: [socialtjanst, utbildning, bup, hab, bumm], skolan: ska }\n")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS009", "the agreement has no SIP routine (`sip` is missing): `sip` stands under `uppföljning`"),
        ])
    }

    @Test func anUnknownKeyWithNoNearKeyKeepsTheGeneralHint() {
        let found = assertFindings(in: Fixture.valid.replacing("samtycke: skriftligt", with: "samtycke: skriftligt\n1️⃣kontaktperson: Anna"), [
            ExpectedFinding("1️⃣", "BUS020", "unknown key `kontaktperson` in the front matter", .warning),
        ])
        #expect(found.first?.message.sv == "okänd nyckel `kontaktperson` i YAML-huvudet")
    }

    /// An unknown key holds what the author wanted said: the hint keeps it, as a comment, and applied
    /// as written leaves nothing to find.
    @Test func anUnknownKeysHintKeepsWhatItSays() {
        let text = Fixture.valid.replacing("typ: lokal-överenskommelse\n", with: "typ: lokal-överenskommelse\n1️⃣kontaktperson: Anna Andersson, BUS-samordnare\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS020", "unknown key `kontaktperson` in the front matter", .warning),
        ])
        #expect(found.first?.hint?.sv == "Gör raden till en kommentar, `# kontaktperson: …`, så att uppgiften står kvar (eller skriv den i texten); de nycklar som finns listar `bus-docs schema`.")
        assertFindings(in: Fixture.valid.replacing("typ: lokal-överenskommelse\n", with: "typ: lokal-överenskommelse\n# kontaktperson: Anna Andersson, BUS-samordnare\n"), [])
    }

    /// The same misspelt `ledamöter` is the same error whatever else is wrong: with a party's
    /// `huvudman` unreadable too, it is not a warning that turns into an error once that is fixed.
    @Test func aMisspeltMemberListIsTheSameErrorBesideAnotherError() {
        let misspelt = Fixture.valid.replacing("    namn: BUS lokal styrgrupp\n    ledamöter:", with: "    namn: BUS lokal styrgrupp\n    1️⃣ledamoter:")
        let expected = ExpectedFinding("1️⃣", "BUS003", "the steering group `styrgrupp` has no members: unknown key `ledamoter` in `grupper` — did you mean `ledamöter`?")
        assertFindings(in: misspelt, [expected])
        let withBadPrincipal = misspelt.replacing("    namn: BUP Teststad\n    huvudman: region", with: "    namn: BUP Teststad\n    huvudman: 2️⃣regon")
        assertFindings(in: withBadPrincipal, [
            expected,
            ExpectedFinding("2️⃣", "BUS019", "unknown value `regon` for `huvudman`"),
        ])
    }
}
