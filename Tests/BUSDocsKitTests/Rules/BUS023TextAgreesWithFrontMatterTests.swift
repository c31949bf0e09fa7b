import BUSDocsKit
import Testing

/// BUS023 on sentences written into the test agreement's body: each contradiction is one finding at
/// its sentence; what only looks like one is none.
@Suite struct BUS023TextAgreesWithFrontMatterTests {
    static func body(_ sentence: String) -> String {
        Fixture.valid.replacing("## Samtycke\n", with: "## Samtycke\n1️⃣\(sentence)\n\n")
    }

    @Test(arguments: [
        ("Muntligt samtycke räcker när det är bråttom.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        ("Överenskommelsen följs upp vartannat år av styrgruppen.",
         "the text says the agreement is followed up less often, but the front matter says `uppföljning.per: år`"),
        ("Styrgruppen träffas en gång per år.",
         "the text says the styrgrupp meets less often, but the front matter says `möten: { minst: 1, per: termin }`"),
    ]) func aWeakerTextIsOneFindingAtItsSentence(sentence: String, message: String) {
        assertFindings(in: Self.body(sentence), [ExpectedFinding("1️⃣", "BUS023", message)])
    }

    /// "Skolan kan kalla" contradicts `skolan: ska` — unless the text also says the school shall.
    @Test func theSchoolMayInATextThatNeverSaysShall() {
        let text = Fixture.valid.replacing("Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.",
                                           with: "1️⃣Skolan kan kalla till SIP när barnet behöver insatser från flera huvudmän.")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the school *may* call a SIP, but the front matter says `skolan: ska`"),
        ])
        assertFindings(in: Self.body("Socialtjänsten och skolan kan kalla till SIP."), [])
    }

    @Test func aLongerForumDeadlineInTheForumsOwnSectionIsFound() {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "## BUS individforum\n1️⃣Mötet hålls inom tre veckor.\n\n## Samtycke\n")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the individforum meets within 21 days, but the front matter says `inom-dagar: 14`"),
        ])
    }

    @Test(arguments: [
        "Muntligt samtycke räcker inte; samtycket ska vara skriftligt.",
        "Styrgruppen träffas fyra gånger per år.",
        "Styrgruppen följer upp överenskommelsen en gång per år.",
        "De fristående skolorna bjuds in till ett av styrgruppens möten en gång om året.",
        "Barn under 18 år omfattas varje år av överenskommelsen.",
    ]) func whatOnlyLooksLikeAContradictionIsNone(sentence: String) {
        assertFindings(in: Self.body(sentence.replacingOccurrences(of: "1️⃣", with: "")), [])
    }

    @Test func aDeadlineForSomethingElseInTheForumSectionIsNone() {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "## BUS individforum\nBeslutade insatser ska starta inom fyra veckor.\n\n## Samtycke\n")
        assertFindings(in: text, [])
    }
}
