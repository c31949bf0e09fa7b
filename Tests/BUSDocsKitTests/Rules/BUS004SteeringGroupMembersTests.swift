import BUSDocsKit
import Testing

@Suite struct BUS004SteeringGroupMembersTests {
    @Test func everyMandatoryProviderInTheSteeringGroupPasses() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func providerWithoutSeatIsAWarningAtTheParty() {
        let text = Fixture.valid.replacing("  - id: hab\n", with: "  - id: 1️⃣hab\n").removingLines(containing: "{ part: hab, roll: Verksamhetschef }")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS004", "no member of the steering group represents HAB (habilitation, Habilitering & Hälsa), which the party `hab` provides", .warning),
        ])
        #expect(found.map(\.message.sv) == ["ingen ledamot i styrgruppen företräder HAB (Habilitering & Hälsa), som parten `hab` står för"])
    }

    /// Independent schools are a party of their own but, as usual, not in the steering group: the
    /// municipality's school administration represents education there.
    @Test func anIndependentSchoolPartyNeedsNoSeat() {
        let text = Fixture.valid.replacing("parter:\n", with: "parter:\n  - { id: friskolor, namn: Fristående skolor i området, huvudman: enskild, verksamheter: [utbildning] }\n")
        assertFindings(in: text, [])
    }

    @Test func partiesWithoutMandatoryServicesNeedNoSeat() {
        let text = Fixture.valid.replacing("  - id: bumm\n", with: "  - id: polisen\n    namn: Polisen\n    huvudman: region\n    verksamheter: [polis]\n  - id: bumm\n")
        assertFindings(in: text, [])
    }
}
