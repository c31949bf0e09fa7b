import BUSDocsKit
import Testing

@Suite struct BUS001MandatoryServicesTests {
    @Test func everyMandatoryServiceProvidedPasses() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func missingServiceIsNamedInFullAtTheParties() {
        let text = Fixture.valid.replacing("parter:\n", with: "1️⃣parter:\n").replacing("verksamheter: [bumm]", with: "verksamheter: [lss]")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS001", "no party provides BUMM (paediatric outpatient clinic, barn- och ungdomsmedicinsk mottagning)"),
        ])
        #expect(found.first?.message.sv == "ingen part står för BUMM (barn- och ungdomsmedicinsk mottagning)")
        #expect(found.first?.hint?.sv.contains("verksamheter: [bumm]") == true)
    }

    @Test func oneFindingPerMissingService() {
        let text = Fixture.valid.replacing("parter:\n", with: "1️⃣parter:\n")
            .replacing("verksamheter: [hab]", with: "verksamheter: [lss]")
            .replacing("verksamheter: [bumm]", with: "verksamheter: [malina]")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS001", "no party provides BUMM (paediatric outpatient clinic, barn- och ungdomsmedicinsk mottagning)"),
            ExpectedFinding("1️⃣", "BUS001", "no party provides HAB (habilitation, Habilitering & Hälsa)"),
        ])
        #expect(found.map(\.message.en) == ["no party provides BUMM (paediatric outpatient clinic, barn- och ungdomsmedicinsk mottagning)", "no party provides HAB (habilitation, Habilitering & Hälsa)"])
    }
}
