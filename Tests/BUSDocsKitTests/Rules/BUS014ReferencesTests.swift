import BUSDocsKit
import Testing

@Suite struct BUS014ReferencesTests {
    @Test func everyReferenceResolves() {
        _ = expectFindings("BUS014", in: Fixture.valid, at: [])
    }

    @Test func unknownPartySuggestsTheNearestID() {
        let text = Fixture.valid.replacing("{ part: skola, roll: Grundskolechef }", with: "{ part: 1️⃣skolan, roll: Grundskolechef }")
        let found = expectFindings("BUS014", in: text, at: ["1️⃣"], severity: .error)
        #expect(found.first?.message.en == "unknown party `skolan`")
        #expect(found.first?.hint?.en == "Did you mean `skola`?")
    }

    @Test func conveneFixedChairSignatoryAndTemplatesAreChecked() {
        let text = Fixture.valid
            .replacing("    ordförande: { växlar: [kommun, region] }", with: "    ordförande: { part: 1️⃣soc }")
            .replacing("    sammankallande: { part: sof, roll: Enhetschef }\n  - id: individforum", with: "    sammankallande: { part: 2️⃣bop, roll: Enhetschef }\n  - id: individforum")
            .replacing("    protokoll: individforum", with: "    protokoll: 3️⃣individform")
            .replacing("  blankett: avvikelseblankett", with: "  blankett: 4️⃣avvikelse")
            .replacing("  - { part: sof, roll: Avdelningschef }\n  - { part: bup", with: "  - { part: 5️⃣sf, roll: Avdelningschef }\n  - { part: bup")
            .replacing("mall: avvikelseblankett }", with: "mall: 6️⃣blankett }")
        _ = expectFindings("BUS014", in: text, at: ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣"])
    }

    @Test func misspeltEscalationGroupIsReportedButCountyBodiesAreNot() {
        let text = Fixture.valid.replacing("eskalering: [individforum, BUSSAM]", with: "eskalering: [1️⃣individforom, BUSSAM]")
        _ = expectFindings("BUS014", in: text, at: ["1️⃣"])
    }

    @Test func unknownServiceIsAWarningWithSuggestion() {
        let text = Fixture.valid.replacing("verksamheter: [utbildning, elevhalsa]", with: "verksamheter: [utbildning, 1️⃣elevhälsa]")
        let found = expectFindings("BUS014", in: text, at: ["1️⃣"], severity: .warning)
        #expect(found.first?.hint?.en == "Did you mean `elevhalsa`?")
    }
}
