import BUSDocsKit
import Testing

@Suite struct BUS007DeviationRoutineTests {
    @Test func routineToBUSSAMWithFormPasses() {
        _ = expectFindings("BUS007", in: Fixture.valid, at: [])
    }

    @Test func unknownReceiverFailsAtTheReceiver() {
        let text = Fixture.valid.replacing("  mottagare: BUSSAM", with: "  mottagare: 1️⃣styrgruppen")
        _ = expectFindings("BUS007", in: text, at: ["1️⃣"], severity: .error)
    }

    /// BUSSAM became the samrådsgrupp för barns och ungas hälsa: every name of it, in any inflection,
    /// is the same receiver under both rule sets.
    @Test(arguments: [
        "BUSSAM", "BUS-SAM", "BUSSAM:s sekretariat", "BUSSAM-gruppen", "bussam",
        "Samrådsgrupp för barns och ungas hälsa", "samrådsgruppen för barn och ungas hälsa",
        "Samrådsgruppen för barns och ungas hälsa (tidigare BUSSAM)",
    ]) func everyNameOfTheCountyBodyIsTheReceiver(name: String) {
        let text = Fixture.valid.replacing("  mottagare: BUSSAM", with: "  mottagare: \(name)")
        _ = expectFindings("BUS007", in: text, at: [])
        _ = expectFindings("BUS007", in: text.replacing("regelverk: bus-2012", with: "regelverk: hök-2022"), at: [])
    }

    @Test func theHintNamesTheCurrentBody() {
        let text = Fixture.valid.replacing("  mottagare: BUSSAM", with: "  mottagare: 1️⃣Socialnämnden")
        let old = expectFindings("BUS007", in: text, at: ["1️⃣"])
        #expect(old.first?.hint?.sv == "Skriv `mottagare: BUSSAM`.")
        let hok = expectFindings("BUS007", in: text.replacing("regelverk: bus-2012", with: "regelverk: hök-2022"), at: ["1️⃣"])
        #expect(hok.first?.hint?.sv == "Skriv `mottagare: samrådsgruppen för barns och ungas hälsa`.")
    }

    @Test func aRuleSetWithoutReceiversAcceptsAnyReceiver() throws {
        var open = try #require(RuleSet.builtIn(named: "bus-2012"))
        open.deviationReceivers = []
        _ = expectFindings("BUS007", in: Fixture.valid.replacing("  mottagare: BUSSAM", with: "  mottagare: Lokala styrgruppen"), at: [], ruleSet: open)
    }

    @Test func missingRoutineAndMissingFormFail() {
        let noRoutine = "1️⃣" + Fixture.valid.removingLines(containing: "avvikelser:").removingLines(containing: "första-steg")
            .removingLines(containing: "eskalering").removingLines(containing: "mottagare").removingLines(containing: "blankett: avvikelseblankett")
        _ = expectFindings("BUS007", in: noRoutine, at: ["1️⃣"])
        let noForm = Fixture.valid.replacing("avvikelser:\n", with: "1️⃣avvikelser:\n").removingLines(containing: "blankett: avvikelseblankett")
        _ = expectFindings("BUS007", in: noForm, at: ["1️⃣"])
    }
}
