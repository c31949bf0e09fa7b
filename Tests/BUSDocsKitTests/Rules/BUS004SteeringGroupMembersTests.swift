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

    /// The hint's member, written as it stands, mends the finding and makes no other: a manager's title of
    /// the party's principal, not `roll: …`, which BUS024 took for a placeholder left in the draft.
    @Test func theHintsMemberWrittenAsItStandsLeavesNoFinding() throws {
        let member = "      - { part: bumm, roll: Verksamhetschef }\n"
        let text = Fixture.valid.replacing("  - id: bumm\n", with: "  - id: 1️⃣bumm\n").replacing(member, with: "")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS004", "no member of the steering group represents BUMM (paediatric outpatient clinic, barn- och ungdomsmedicinsk mottagning), which the party `bumm` provides", .warning),
        ])
        let hint = try #require(found.first?.hint?.sv)
        #expect(hint == "Lägg till `- { part: bumm, roll: Verksamhetschef }` under styrgruppens `ledamöter:`, med chefens befattning i `roll`.")
        let written = try #require(hint.split(separator: "`").dropFirst().first)
        let mended = Fixture.valid.replacing(member, with: "").replacing("      - { part: hab, roll: Verksamhetschef }\n", with: "      - { part: hab, roll: Verksamhetschef }\n      \(written)\n")
        assertFindings(in: mended, [])
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
