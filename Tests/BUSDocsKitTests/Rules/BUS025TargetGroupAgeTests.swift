import BUSDocsKit
import Testing

/// BUS025 on sentences another municipality would write about whom its agreement covers: an upper age
/// below 18 is one error at the sentence, whose hint followed literally leaves none; every other age is
/// no scope and passes.
@Suite struct BUS025TargetGroupAgeTests {
    static func body(_ sentence: String, heading: String = "Gemensamma utgångspunkter") -> String {
        Fixture.valid.replacing("## Gemensamma utgångspunkter\nBarnkonventionen gäller.", with: "## \(heading)\n1️⃣\(sentence) Barnkonventionen gäller.")
    }

    @Test(arguments: [
        ("Överenskommelsen omfattar barn och unga upp till 16 år.", "upp till 16 år", "under 18 år", 16),
        ("Överenskommelsen gäller barn under 16 år som behöver stöd från flera huvudmän.", "under 16 år", "under 18 år", 15),
        ("Samverkan enligt denna överenskommelse avser barn i åldern 0–15 år.", "0–15 år", "0–17 år", 15),
        ("Målgruppen är barn och ungdomar till och med sexton år med behov av samordnade insatser.", "till och med sexton år", "under 18 år", 16),
        ("Överenskommelsen riktar sig till elever som är 15 år och yngre.", "15 år och yngre", "under 18 år", 15),
        ("Överenskommelsen omfattar barn mellan 6 och 15 år i Testområdet.", "mellan 6 och 15 år", "0–17 år", 15),
        // A birthday not yet reached.
        ("Överenskommelsen omfattar barn och ungdomar som ännu inte fyllt 16 och som bor i Testområdet.", "fyllt 16", "fyllt 18", 15),
        ("Överenskommelsen omfattar barn som inte har fyllt sexton år.", "fyllt sexton", "fyllt 18", 15),
        ("Överenskommelsen gäller barn och ungdomar fram till 16 års ålder.", "till 16", "till 18", 15),
    ]) func anUpperAgeBelowEighteenIsAnError(sentence: String, said: String, instead: String, oldest: Int) {
        let text = Self.body(sentence)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS025", "the text says the agreement covers children up to \(oldest), but it covers children and young people under 18"),
        ])
        #expect(found.map(\.severity) == [.error])
        #expect(found.map(\.hint?.sv) == ["Skriv ”\(instead)” i stället för ”\(said)”: överenskommelsen omfattar barn och unga under 18 år."])
        assertFindings(in: text.replacing(said, with: instead), [])
    }

    /// Children named by school forms they all leave before 18: the young people in upper secondary school
    /// and those in no school are left out. The hint's words, put in, leave nothing to find.
    @Test(arguments: [
        ("Överenskommelsen omfattar barn i förskola och grundskola som är folkbokförda i Testområdet.", "barn i förskola och grundskola"),
        ("BUS i Testområdet gäller barn och unga inom förskola, förskoleklass och grundskola.", "barn och unga inom förskola, förskoleklass och grundskola"),
        ("Överenskommelsen avser elever i den anpassade grundskolan och grundskolan.", "elever i den anpassade grundskolan och grundskolan"),
        ("Överenskommelsen är till för barn i förskoleklass till och med årskurs 9 i Testområdet.", "barn i förskoleklass till och med årskurs 9"),
    ]) func childrenOnlyInSchoolsTheyLeaveBefore18AreAnError(sentence: String, said: String) {
        let text = Self.body(sentence)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS025", "the text says the agreement covers \"\(said)\" — children leave those schools before 18 — but it covers all children and young people under 18, in upper secondary school and out of school too"),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv ”barn och unga under 18 år” i stället för ”\(said)”: överenskommelsen omfattar barn och unga under 18 år."])
        assertFindings(in: text.replacing(said, with: "barn och unga under 18 år"), [])
    }

    /// The agreement's span starting above 0 leaves the younger children out; the hint's span, put in,
    /// leaves nothing to find. A group's span is no finding.
    @Test func aSpanThatStartsAboveZeroIsAnError() {
        let text = Self.body("Överenskommelsen gäller barn och ungdomar 6–17 år i Testområdet.")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS025", "the text says the agreement covers children from 6, but it covers all children and young people under 18, the younger ones too"),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv ”0–17 år” i stället för ”6–17 år”: överenskommelsen omfattar barn och unga under 18 år."])
        assertFindings(in: text.replacing("6–17 år", with: "0–17 år"), [])
        assertFindings(in: Self.body("Elevhälsan träffar elever 6–17 år.").replacing("1️⃣", with: ""), [])
    }

    /// A sentence with both an age and school forms is one finding, the age's.
    @Test func anAgeAndSchoolFormsAreOneFinding() {
        assertFindings(in: Self.body("Överenskommelsen omfattar elever i grundskolan (6–16 år) i Testområdet."), [
            ExpectedFinding("1️⃣", "BUS025", "the text says the agreement covers children up to 16, but it covers children and young people under 18"),
        ])
    }

    /// Under a heading "Målgrupp" the sentence needs no verb of its own.
    @Test func aSentenceUnderTheTargetGroupHeadingIsTheScope() {
        let text = Self.body("Barn och unga upp till 16 år i behov av särskilt stöd.", heading: "Målgrupp")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS025", "the text says the agreement covers children up to 16, but it covers children and young people under 18"),
        ])
    }

    /// Under the same heading, a sentence about some of the children is no scope: the agreement's scope
    /// sentence before it stands, and nothing is found.
    @Test(arguments: [
        "Många av barnen är under 6 år och nås genom BVC och förskolan.",
        "För barn under 3 år är BVC ofta den första kontakten.",
        "De flesta barn som tas upp är 10–15 år.",
    ]) func aSentenceAboutSomeOfTheChildrenUnderTheHeadingIsNoScope(sentence: String) {
        assertFindings(in: Self.body("Överenskommelsen omfattar barn och unga under 18 år. \(sentence)", heading: "Målgrupp"), [])
    }

    @Test(arguments: [
        "Överenskommelsen omfattar barn under 18 år som är i behov av särskilt stöd från skolan och/eller socialtjänsten samt från hälso- och sjukvården.",
        "Överenskommelsen omfattar barn och unga upp till 18 år.",
        "Överenskommelsen gäller barn och ungdomar 0–17 år.",
        "Överenskommelsen omfattar elever i grundskolan och gymnasieskolan.",
        "Barn över 15 år kan själva ge samtycke.",
        "Från 13 år tillfrågas barnet självt.",
        "Barn under 15 år företräds av sina vårdnadshavare.",
        "Överenskommelsen gäller i två år och därefter tills vidare, och omfattar barn under 18 år.",
        "Styrgruppen följer upp överenskommelsen en gång per år.",
        "Överenskommelsen omfattar barn och unga 0–18 år i förskola och grundskola.",
        "Överenskommelsen omfattar barn i förskola och skola.",
        "Överenskommelsen gäller även barn i fristående förskolor.",
        "Förskolegruppen avser barn i förskolan.",
        "Förskolorna bjuds in när överenskommelsen gäller barn i förskoleåldern.",
        "Överenskommelsen omfattar barn i förskola, grundskola och gymnasieskola.",
        "Överenskommelsen omfattar barn som inte har fyllt 18 år.",
        "Överenskommelsen omfattar elever i förskoleklass till och med gymnasiet.",
        "Överenskommelsen är till för barn och unga under 18 år.",
        "Överenskommelsen gäller barn fram till 18 års ålder.",
    ]) func everyOtherAgeIsNone(sentence: String) {
        assertFindings(in: Self.body(sentence), [])
    }

    /// A rule set that sets no age checks none.
    @Test func aRuleSetWithoutAnAgeChecksNone() throws {
        var rules = try #require(RuleSet.builtIn(named: "bus-2012"))
        rules.targetAgeBelow = nil
        assertFindings(in: Self.body("Överenskommelsen omfattar barn och unga upp till 16 år."), [], ruleSet: rules)
    }
}
