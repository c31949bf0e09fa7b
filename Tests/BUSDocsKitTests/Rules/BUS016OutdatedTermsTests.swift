import BUSDocsKit
import Testing

@Suite struct BUS016OutdatedTermsTests {
    @Test func currentNamesPass() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func everyOccurrenceAfter2019IsAWarning() {
        let text = Fixture.valid
            .replacing("    namn: BUP Teststad", with: "    namn: 1️⃣Stockholms läns 2️⃣landstings BUP")
            .replacing("Barnkonventionen gäller.", with: "Barnkonventionen gäller. 3️⃣SLL och 4️⃣KSL har rekommenderat avtalet, inte SLLX.")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS016", "\"Stockholms läns landstings\" is an outdated name since 2019", .warning),
            ExpectedFinding("3️⃣", "BUS016", "\"SLL\" is an outdated name since 2019", .warning),
            ExpectedFinding("4️⃣", "BUS016", "\"KSL\" is an outdated name since 2019", .warning),
        ])
        #expect(found.map(\.hint?.sv) == [
            "Skriv ”Region Stockholms” i stället för ”Stockholms läns landstings”.",
            "Skriv ”Region Stockholm” i stället för ”SLL”.",
            "Skriv ”Storsthlm” i stället för ”KSL”.",
        ])
    }

    /// The hint, applied literally to what it marks, gives a name that reads right and passes.
    @Test(arguments: [
        ("Kommunerna i länet och Stockholms läns landsting har en gemensam struktur.", "Stockholms läns landsting", "Region Stockholm"),
        ("Ordförandeskapet växlar mellan kommunen och landstinget.", "landstinget", "regionen"),
        ("Det följer landstingets riktlinjer.", "landstingets", "regionens"),
        ("Landstinget kallar.", "Landstinget", "Regionen"),
        ("Det följer SLL:s riktlinjer.", "SLL:s", "Region Stockholms"),
        ("Kommunerna och landstingen samverkar.", "landstingen", "regionerna"),
        ("Landstingsdirektören kallar.", "Landstingsdirektören", "Regiondirektören"),
        ("Det följer KSL:s rekommendation.", "KSL:s", "Storsthlms"),
    ]) func theHintReplacesTheWholeName(sentence: String, name: String, replacement: String) throws {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnkonventionen gäller. " + sentence)
        let found = Fixture.check(text).filter { $0.ruleID == "BUS016" }
        #expect(found.map(\.hint?.en) == ["Write \"\(replacement)\" instead of \"\(name)\"."])
        let fix = try #require(found.first?.fix)
        #expect(fix.original == name && fix.replacement == replacement)
        let fixed = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnkonventionen gäller. " + sentence.replacingOccurrences(of: name, with: replacement))
        #expect(Fixture.check(fixed).filter { $0.ruleID == "BUS016" }.isEmpty)
    }

    /// A sentence that tells the new name names the old one as a former name: no finding. The same words
    /// without the new name, or without a word of naming, still are one.
    @Test(arguments: [
        "Landstinget heter sedan 2019 Region Stockholm.",
        "Sedan 2019 heter landstinget Region Stockholm och KSL Storsthlm.",
        "KSL bytte namn till Storsthlm 2019.",
    ]) func aSentenceThatTellsTheNewNameIsNoFinding(sentence: String) {
        assertFindings(in: Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnkonventionen gäller. " + sentence), [])
    }

    @Test func theOldNameBesideTheNewOneWithoutRenamingIsStillOne() {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnkonventionen gäller. 1️⃣Landstinget och Region Stockholm samverkar.")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS016", "\"Landstinget\" is an outdated name since 2019", .warning)])
    }

    @Test func agreementsFromBefore2019MaySayLandsting() {
        let text = Fixture.valid.replacing("från: 2020-01-01", with: "från: 2017-01-01").replacing("Barnkonventionen gäller.", with: "Landstinget deltar.")
        assertFindings(in: text, [])
    }

    /// A draft dates nothing yet: it is signed from today on, so today decides (a draft `new --from` made
    /// of a 2017 agreement says "landstinget"); a signed agreement that dates nothing is left alone.
    @Test func aDraftWithoutAStartIsJudgedFromToday() {
        let undated = Fixture.valid
            .replacing("  från: 2020-01-01\n", with: "")
            .replacing("  - { datum: 2021-02-01, beskrivning: Reviderad efter ny organisation }\n", with: "")
            .replacing("revisioner:\n", with: "")
            .replacing("Barnkonventionen gäller.", with: "Ordförandeskapet växlar mellan kommunen och 1️⃣landstinget.")
        let draft = undated.replacing("typ: lokal-överenskommelse\n", with: "typ: lokal-överenskommelse\nstatus: utkast\n")
        assertFindings(in: draft, [ExpectedFinding("1️⃣", "BUS016", "\"landstinget\" is an outdated name since 2019", .warning)])
        assertFindings(in: draft.replacing("status: utkast", with: "status: remiss"),
                       [ExpectedFinding("1️⃣", "BUS016", "\"landstinget\" is an outdated name since 2019", .warning)])
        assertFindings(in: draft, [], today: LocalDate(year: 2018, month: 6, day: 1))
        assertFindings(in: undated, [])
        assertFindings(in: draft.replacing("status: utkast", with: "status: beslutad"), [])
    }

    /// One problem, one finding: an old name as the value of a key with a closed set of values is an
    /// unknown value whose hint names the value meant; following it leaves nothing to fix.
    @Test(arguments: ["landsting", "Landstinget", "SLL", "Stockholms läns landsting", "Region Stockholm"])
    func anOldNameAsAPrincipalIsOneFindingThatSaysRegion(value: String) {
        let text = Fixture.valid.replacing("    namn: BUP Teststad\n    huvudman: region", with: "    namn: BUP Teststad\n    huvudman: 1️⃣\(value)")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "unknown value `\(value)` for `huvudman`"),
        ])
        #expect(found.first?.hint?.sv.hasPrefix("Menade du `region`?") == true, "\(String(describing: found.first?.hint?.sv))")
        #expect(found.first?.fix?.replacement == "region")
        assertFindings(in: text.replacing("huvudman: 1️⃣\(value)", with: "huvudman: region"), [])
    }
}
