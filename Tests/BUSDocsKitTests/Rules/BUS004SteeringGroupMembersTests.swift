import BUSDocsKit
import Testing

@Suite struct BUS004SteeringGroupMembersTests {
    @Test func everyMandatoryProviderInTheSteeringGroupPasses() {
        _ = expectFindings("BUS004", in: Fixture.valid, at: [])
    }

    @Test func providerWithoutSeatIsAWarningAtTheParty() {
        let text = Fixture.valid.replacing("  - id: hab\n", with: "  - id: 1️⃣hab\n").removingLines(containing: "{ part: hab, roll: Verksamhetschef }")
        let found = expectFindings("BUS004", in: text, at: ["1️⃣"], severity: .warning)
        #expect(found.first?.message.sv == "parten `hab` (HAB (Habilitering & Hälsa)) har ingen ledamot i styrgruppen")
    }

    @Test func partiesWithoutMandatoryServicesNeedNoSeat() {
        let text = Fixture.valid.replacing("  - id: bumm\n", with: "  - id: polisen\n    namn: Polisen\n    huvudman: region\n    verksamheter: [polis]\n  - id: bumm\n")
        _ = expectFindings("BUS004", in: text, at: [])
    }
}
