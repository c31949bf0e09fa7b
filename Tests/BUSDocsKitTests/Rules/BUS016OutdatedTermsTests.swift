import BUSDocsKit
import Testing

@Suite struct BUS016OutdatedTermsTests {
    @Test func currentNamesPass() {
        _ = expectFindings("BUS016", in: Fixture.valid, at: [])
    }

    @Test func everyOccurrenceAfter2019IsAWarning() {
        let text = Fixture.valid
            .replacing("    namn: BUP Teststad", with: "    namn: 1️⃣Stockholms läns 2️⃣landstings BUP")
            .replacing("Barnkonventionen gäller.", with: "Barnkonventionen gäller. 3️⃣SLL och 4️⃣KSL har rekommenderat avtalet, inte SLLX.")
        let found = expectFindings("BUS016", in: text, at: ["2️⃣", "3️⃣", "4️⃣"], severity: .warning)
        #expect(found.map(\.hint?.sv) == ["Skriv Region Stockholm.", "Skriv Region Stockholm.", "Skriv Storsthlm."])
    }

    @Test func agreementsFromBefore2019MaySayLandsting() {
        let text = Fixture.valid.replacing("från: 2020-01-01", with: "från: 2017-01-01").replacing("Barnkonventionen gäller.", with: "Landstinget deltar.")
        _ = expectFindings("BUS016", in: text, at: [])
    }
}
