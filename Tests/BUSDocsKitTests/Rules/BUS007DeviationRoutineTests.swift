import BUSDocsKit
import Testing

@Suite struct BUS007DeviationRoutineTests {
    @Test func routineToBUSSAMWithFormPasses() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func unknownReceiverFailsAtTheReceiver() {
        let text = Fixture.valid.replacing("  mottagare: BUSSAM", with: "  mottagare: 1️⃣styrgruppen")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS007", "deviations of a principal nature are received by BUSSAM, not `styrgruppen`"),
        ])
    }

    /// BUSSAM became the samrådsgrupp för barns och ungas hälsa: every name of it, in any inflection,
    /// is the same receiver under both rule sets.
    @Test(arguments: [
        "BUSSAM", "BUS-SAM", "BUSSAM:s sekretariat", "BUSSAM-gruppen", "bussam",
        "Samrådsgrupp för barns och ungas hälsa", "samrådsgruppen för barn och ungas hälsa",
        "Samrådsgruppen för barns och ungas hälsa (tidigare BUSSAM)",
    ]) func everyNameOfTheCountyBodyIsTheReceiver(name: String) {
        let text = Fixture.valid.replacing("  mottagare: BUSSAM", with: "  mottagare: \(name)")
        assertFindings(in: text, [])
        assertFindings(in: text.replacing("regelverk: bus-2012", with: "regelverk: hök-2022"), [
            ExpectedFinding("13:1", "BUS021", "no party provides a coordinating health centre (samordnande vårdcentral), which HÖK 2022 expects", .warning),
        ])
    }

    @Test func theHintNamesTheCurrentBody() {
        let text = Fixture.valid.replacing("  mottagare: BUSSAM", with: "  mottagare: 1️⃣Socialnämnden")
        let old = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS007", "deviations of a principal nature are received by BUSSAM, not `Socialnämnden`"),
        ])
        #expect(old.first?.hint?.sv == "Skriv `mottagare: BUSSAM`.")
        let hok = assertFindings(in: text.replacing("regelverk: bus-2012", with: "regelverk: hök-2022"), [
            ExpectedFinding("13:1", "BUS021", "no party provides a coordinating health centre (samordnande vårdcentral), which HÖK 2022 expects", .warning),
            ExpectedFinding("1️⃣", "BUS007", "deviations of a principal nature are received by samrådsgruppen för barns och ungas hälsa, not `Socialnämnden`"),
        ]).filter { $0.ruleID == "BUS007" }
        #expect(hok.first?.hint?.sv == "Skriv `mottagare: samrådsgruppen för barns och ungas hälsa`.")
    }

    @Test func aRuleSetWithoutReceiversAcceptsAnyReceiver() throws {
        var open = try #require(RuleSet.builtIn(named: "bus-2012"))
        open.deviationReceivers = []
        assertFindings(in: Fixture.valid.replacing("  mottagare: BUSSAM", with: "  mottagare: Lokala styrgruppen"), [], ruleSet: open)
    }

    @Test func missingRoutineAndMissingFormFail() {
        let noRoutine = "1️⃣" + Fixture.valid.removingLines(containing: "avvikelser:").removingLines(containing: "första-steg")
            .removingLines(containing: "eskalering").removingLines(containing: "mottagare").removingLines(containing: "blankett: avvikelseblankett")
        assertFindings(in: noRoutine, [ExpectedFinding("1️⃣", "BUS007", "the agreement has no deviation routine (`avvikelser` is missing)")])
        let noForm = Fixture.valid.replacing("avvikelser:\n", with: "1️⃣avvikelser:\n").removingLines(containing: "blankett: avvikelseblankett")
        assertFindings(in: noForm, [ExpectedFinding("1️⃣", "BUS007", "the deviation routine names no form")])
    }
}
