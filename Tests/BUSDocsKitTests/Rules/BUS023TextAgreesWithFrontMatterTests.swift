import BUSDocsKit
import Testing

/// BUS023 on sentences written into the test agreement's body: each contradiction is one finding at
/// its sentence; what only looks like one is none.
@Suite struct BUS023TextAgreesWithFrontMatterTests {
    static func body(_ sentence: String) -> String {
        Fixture.valid.replacing("## Samtycke\n", with: "## Samtycke\n1️⃣\(sentence)\n\n")
    }

    @Test(arguments: [
        "Muntligt samtycke räcker när det är bråttom.",
        "Överenskommelsen följs upp vartannat år av styrgruppen.",
        "Styrgruppen träffas en gång per år.",
    ]) func aWeakerTextIsOneFindingAtItsSentence(sentence: String) {
        _ = expectFindings("BUS023", in: Self.body(sentence), at: ["1️⃣"])
    }

    /// "Skolan kan kalla" contradicts `skolan: ska` — unless the text also says the school shall.
    @Test func theSchoolMayInATextThatNeverSaysShall() {
        let text = Fixture.valid.replacing("Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.",
                                           with: "1️⃣Skolan kan kalla till SIP när barnet behöver insatser från flera huvudmän.")
        _ = expectFindings("BUS023", in: text, at: ["1️⃣"])
        _ = expectFindings("BUS023", in: Self.body("Socialtjänsten och skolan kan kalla till SIP."), at: [])
    }

    @Test func aLongerForumDeadlineInTheForumsOwnSectionIsFound() {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "## BUS individforum\n1️⃣Mötet hålls inom tre veckor.\n\n## Samtycke\n")
        _ = expectFindings("BUS023", in: text, at: ["1️⃣"])
    }

    @Test(arguments: [
        "Muntligt samtycke räcker inte; samtycket ska vara skriftligt.",
        "Styrgruppen träffas fyra gånger per år.",
        "Styrgruppen följer upp överenskommelsen en gång per år.",
        "De fristående skolorna bjuds in till ett av styrgruppens möten en gång om året.",
        "Barn under 18 år omfattas varje år av överenskommelsen.",
    ]) func whatOnlyLooksLikeAContradictionIsNone(sentence: String) {
        _ = expectFindings("BUS023", in: Self.body(sentence.replacingOccurrences(of: "1️⃣", with: "")), at: [])
    }

    @Test func aDeadlineForSomethingElseInTheForumSectionIsNone() {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "## BUS individforum\nBeslutade insatser ska starta inom fyra veckor.\n\n## Samtycke\n")
        _ = expectFindings("BUS023", in: text, at: [])
    }
}
