import BUSDocsKit
import Testing

@Suite struct BUS017IndependentSchoolsTests {
    @Test func mentionedInTheTextPasses() {
        _ = expectFindings("BUS017", in: Fixture.valid, at: [])
    }

    @Test func neitherPartyNorMentionedIsAWarningAtTheParties() {
        let text = Fixture.valid.replacing("parter:\n", with: "1️⃣parter:\n").replacing(" Fristående skolor bjuds aktivt in till arbetet.", with: "")
        _ = expectFindings("BUS017", in: text, at: ["1️⃣"], severity: .warning)
    }

    @Test func anIndependentSchoolPartyPasses() {
        let text = Fixture.valid.replacing(" Fristående skolor bjuds aktivt in till arbetet.", with: "")
            .replacing("  - id: bup\n", with: "  - id: friskolan\n    namn: Testskolan AB\n    huvudman: enskild\n    verksamheter: [utbildning]\n  - id: bup\n")
        _ = expectFindings("BUS017", in: text, at: [])
    }
}
