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

    /// Education provided only by independent schools: the municipality's own preschools and schools are
    /// not in the agreement. The hint's party, added, leaves no finding; a municipal association stands
    /// for the municipality.
    @Test func aMunicipalServiceOnlyAnotherPrincipalProvidesIsAnError() {
        let text = Fixture.valid.replacing("    namn: Teststads utbildningsförvaltning\n    huvudman: kommun\n",
                                           with: "    namn: Fristående skolor i Teststad\n    huvudman: 1️⃣enskild\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS001", "no municipal party provides education (utbildningsförvaltning / förskola och skola): `skola` has `huvudman: enskild`"),
        ])
        #expect(found.map(\.hint?.sv) == ["Lägg till kommunens part under `parter:` med `id:`, `namn:`, `huvudman: kommun` och `verksamheter: [utbildning]`: parter med en annan huvudman får vara med, men kommunens egen verksamhet ska delta."])
        let added = MarkedText(text).text.replacing("parter:\n", with: "parter:\n  - id: utb\n    namn: Teststads utbildningsförvaltning\n    huvudman: kommun\n    verksamheter: [utbildning]\n")
        assertFindings(in: added, [])
        assertFindings(in: MarkedText(text).text.replacing("huvudman: enskild", with: "huvudman: kommunalförbund"), [])
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

    /// A deleted party leaves its references behind: one finding for the party, a note at each reference
    /// (no "unknown party" per reference, no "did you mean" towards another service's party), and a hint
    /// with the id the references use.
    @Test func deletedPartyIsOneFindingWithItsReferencesAsNotes() {
        let text = Fixture.valid
            .replacing("  - id: bup\n    namn: BUP Teststad\n    huvudman: region\n    verksamheter: [bup]\n", with: "")
            .replacing("parter:\n", with: "1️⃣parter:\n")
            .replacing("part: bup, roll: Verksamhetschef", with: "part: 2️⃣bup, roll: Verksamhetschef", maxReplacements: 1)
            .replacing("part: bup, roll: Enhetschef", with: "part: 3️⃣bup, roll: Enhetschef")
            .replacing("part: bup, roll: Verksamhetschef", with: "part: 4️⃣bup, roll: Verksamhetschef")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS001", "no party provides BUP (child and adolescent psychiatry)", notes: [
                ExpectedNote("2️⃣", "a reference to the party as `bup`"),
                ExpectedNote("3️⃣", "a reference to the party as `bup`"),
                ExpectedNote("4️⃣", "a reference to the party as `bup`"),
            ]),
        ])
        #expect(found.first?.hint?.sv == "Lägg till parten under `parter:` med `id: bup`, `namn:`, `huvudman:` och `verksamheter: [bup]`: grupperna och undertecknarna hänvisar till den som `bup`.")
        #expect(found.first?.notes.first?.message.sv == "hänvisning till parten som `bup`")
    }

    /// The hint applied literally: a party with the id the references use, a name, a principal and the service.
    @Test func theHintsPartyClearsTheFinding() {
        let deleted = Fixture.valid.replacing("  - id: bup\n    namn: BUP Teststad\n    huvudman: region\n    verksamheter: [bup]\n", with: "")
        let restored = deleted.replacing("parter:\n", with: "parter:\n  - id: bup\n    namn: BUP Norr\n    huvudman: region\n    verksamheter: [bup]\n")
        assertFindings(in: restored, [])
    }
}
