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

    /// Named only to be left out: one warning at the sentence, whose example, written in its place, passes.
    @Test(arguments: [
        "Fristående skolor omfattas inte av överenskommelsen och bjuds inte in.",
        "De fristående skolorna ingår inte i samverkan.",
    ]) func namedOnlyToBeLeftOutIsAWarningAtTheSentence(sentence: String) {
        let text = Fixture.valid.replacing(" Fristående skolor bjuds aktivt in till arbetet.", with: " 1️⃣\(sentence)")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS017", "the text says independent schools are not invited or not covered; they must be actively invited into the agreement and its routines", .warning),
        ])
        #expect(found.first?.hint?.sv.contains("”Fristående förskolor och skolor bjuds aktivt in att ansluta sig till överenskommelsen och dess rutiner.”") == true)
        assertFindings(in: MarkedText(text).text.replacing(sentence, with: "Fristående förskolor och skolor bjuds aktivt in att ansluta sig till överenskommelsen och dess rutiner."), [])
    }

    @Test func anIndependentSchoolPartyPasses() {
        let text = Fixture.valid.replacing(" Fristående skolor bjuds aktivt in till arbetet.", with: "")
            .replacing("  - id: bup\n", with: "  - id: friskolan\n    namn: Testskolan AB\n    huvudman: enskild\n    verksamheter: [utbildning]\n  - id: bup\n")
        assertFindings(in: text, [])
    }
}
