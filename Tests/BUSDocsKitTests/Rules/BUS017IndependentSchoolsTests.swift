import BUSDocsKit
import Testing

@Suite struct BUS017IndependentSchoolsTests {
    @Test func mentionedInTheTextPasses() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func neitherPartyNorMentionedIsAWarningAtTheParties() {
        let text = Fixture.valid.replacing("parter:\n", with: "1️⃣parter:\n").replacing(" Fristående skolor bjuds aktivt in till arbetet.", with: "")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS017", "independent schools (fristående skolor) are neither a party nor mentioned in the agreement", .warning),
        ])
    }

    @Test func anIndependentSchoolPartyPasses() {
        let text = Fixture.valid.replacing(" Fristående skolor bjuds aktivt in till arbetet.", with: "")
            .replacing("  - id: bup\n", with: "  - id: friskolan\n    namn: Testskolan AB\n    huvudman: enskild\n    verksamheter: [utbildning]\n  - id: bup\n")
        assertFindings(in: text, [])
    }
}
