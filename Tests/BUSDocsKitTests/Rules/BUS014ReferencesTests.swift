import BUSDocsKit
import Testing

@Suite struct BUS014ReferencesTests {
    @Test func everyReferenceResolves() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func unknownPartySuggestsTheNearestID() {
        let text = Fixture.valid.replacing("{ part: skola, roll: Grundskolechef }", with: "{ part: 1️⃣skolan, roll: Grundskolechef }")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS014", "unknown party `skolan`")])
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
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS014", "unknown party `soc`"),
            ExpectedFinding("2️⃣", "BUS014", "unknown party `bop`"),
            ExpectedFinding("3️⃣", "BUS014", "unknown protocol template `individform`"),
            ExpectedFinding("4️⃣", "BUS014", "unknown form `avvikelse`"),
            ExpectedFinding("5️⃣", "BUS014", "unknown party `sf`"),
            ExpectedFinding("6️⃣", "BUS014", "unknown template `blankett`"),
        ])
    }

    @Test func misspeltEscalationGroupIsReportedButCountyBodiesAreNot() {
        let text = Fixture.valid.replacing("eskalering: [individforum, BUSSAM]", with: "eskalering: [1️⃣individforom, BUSSAM]")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS014", "unknown group `individforom`")])
    }

    @Test func unknownServiceIsAWarningWithSuggestion() {
        let text = Fixture.valid.replacing("verksamheter: [utbildning, elevhalsa]", with: "verksamheter: [utbildning, 1️⃣elevhälsa]")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS014", "unknown service `elevhälsa`", .warning)])
        #expect(found.first?.hint?.en == "Did you mean `elevhalsa`?")
    }
}
