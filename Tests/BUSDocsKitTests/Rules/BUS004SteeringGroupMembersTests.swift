import BUSDocsKit
import Testing

@Suite struct BUS004SteeringGroupMembersTests {
    @Test func everyMandatoryProviderInTheSteeringGroupPasses() {
        _ = expectFindings("BUS004", in: Fixture.valid, at: [])
    }

    @Test func providerWithoutSeatIsAWarningAtTheParty() {
        let text = Fixture.valid.replacing("  - id: hab\n", with: "  - id: 1️⃣hab\n").removingLines(containing: "{ part: hab, roll: Verksamhetschef }")
        let found = expectFindings("BUS004", in: text, at: ["1️⃣"], severity: .warning)
        #expect(found.first?.message.sv == "ingen ledamot i styrgruppen företräder HAB (Habilitering & Hälsa) (parten `hab`)")
    }

    /// Independent schools are a party of their own but, as usual, not in the steering group: the
    /// municipality's school administration represents education there.
    @Test func anIndependentSchoolPartyNeedsNoSeat() {
        let text = Fixture.valid.replacing("parter:\n", with: "parter:\n  - { id: friskolor, namn: Fristående skolor i området, huvudman: enskild, verksamheter: [utbildning] }\n")
        _ = expectFindings("BUS004", in: text, at: [])
    }

    @Test func partiesWithoutMandatoryServicesNeedNoSeat() {
        let text = Fixture.valid.replacing("  - id: bumm\n", with: "  - id: polisen\n    namn: Polisen\n    huvudman: region\n    verksamheter: [polis]\n  - id: bumm\n")
        _ = expectFindings("BUS004", in: text, at: [])
    }
}
