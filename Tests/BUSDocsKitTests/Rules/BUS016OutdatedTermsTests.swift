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
            ExpectedFinding("2️⃣", "BUS016", "\"landsting\" is an outdated name since 2019", .warning),
            ExpectedFinding("3️⃣", "BUS016", "\"SLL\" is an outdated name since 2019", .warning),
            ExpectedFinding("4️⃣", "BUS016", "\"KSL\" is an outdated name since 2019", .warning),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv Region Stockholm.", "Skriv Region Stockholm.", "Skriv Storsthlm."])
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
        assertFindings(in: draft, [ExpectedFinding("1️⃣", "BUS016", "\"landsting\" is an outdated name since 2019", .warning)])
        assertFindings(in: draft.replacing("status: utkast", with: "status: remiss"),
                       [ExpectedFinding("1️⃣", "BUS016", "\"landsting\" is an outdated name since 2019", .warning)])
        assertFindings(in: draft, [], today: LocalDate(year: 2018, month: 6, day: 1))
        assertFindings(in: undated, [])
        assertFindings(in: draft.replacing("status: utkast", with: "status: beslutad"), [])
    }
}
