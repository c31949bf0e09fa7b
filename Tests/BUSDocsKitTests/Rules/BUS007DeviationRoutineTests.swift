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

    @Test func countyConsultationGroupIsAReceiverOnlyUnderHOK2022() {
        let text = Fixture.valid.replacing("  mottagare: BUSSAM", with: "  mottagare: 1️⃣Samrådsgrupp för barns och ungas hälsa")
        _ = expectFindings("BUS007", in: text, at: ["1️⃣"])
        _ = expectFindings("BUS007", in: text.replacing("regelverk: bus-2012", with: "regelverk: hök-2022"), at: [])
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
        let noForm = Fixture.valid.replacing("  första-steg:", with: "  1️⃣första-steg:").removingLines(containing: "blankett: avvikelseblankett")
        _ = expectFindings("BUS007", in: noForm, at: ["1️⃣"])
    }
}
