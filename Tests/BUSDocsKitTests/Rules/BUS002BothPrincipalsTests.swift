import BUSDocsKit
import Testing

@Suite struct BUS002BothPrincipalsTests {
    @Test func municipalityAndRegionPass() {
        assertFindings(in: Fixture.valid, [])
    }

    /// The region's services written as the municipality's: each such party is pointed at, and the hint
    /// names them (BUP, HAB and BUMM are run by the region).
    @Test func noRegionPartyFailsPointingAtTheRegionsServices() {
        var text = Fixture.valid.replacing("parter:\n", with: "1️⃣parter:\n")
        for marker in ["2️⃣", "3️⃣", "4️⃣"] { text = text.replacing("huvudman: region", with: "huvudman: \(marker)kommun") }
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS002", "no party has `region` as its principal", notes: [
            ExpectedNote("2️⃣", "the party `bup` provides BUP (child and adolescent psychiatry), which the region runs, but has `huvudman: kommun`"),
            ExpectedNote("3️⃣", "the party `hab` provides HAB (habilitation, Habilitering & Hälsa), which the region runs, but has `huvudman: kommun`"),
            ExpectedNote("4️⃣", "the party `bumm` provides BUMM (paediatric outpatient clinic, barn- och ungdomsmedicinsk mottagning), which the region runs, but has `huvudman: kommun`"),
        ])])
        #expect(found.map(\.message.sv) == ["ingen part har `region` som huvudman"])
        #expect(found.flatMap(\.notes).map(\.message.sv) == [
            "parten `bup` står för BUP (barn- och ungdomspsykiatri), som regionen är huvudman för, men har `huvudman: kommun`",
            "parten `hab` står för HAB (Habilitering & Hälsa), som regionen är huvudman för, men har `huvudman: kommun`",
            "parten `bumm` står för BUMM (barn- och ungdomsmedicinsk mottagning), som regionen är huvudman för, men har `huvudman: kommun`",
        ])
        #expect(found.map(\.hint) == [LocalizedText(sv: "Ange `huvudman: region` för parterna `bup`, `hab` och `bumm`.",
                                                     en: "Set `huvudman: region` on the parties `bup`, `hab` and `bumm`.")])
    }

    /// One BUP party marked as the municipality's, the other region parties gone: the hint names that party.
    @Test func aBUPPartyMarkedAsTheMunicipalitysIsNamed() {
        let text = Fixture.valid.replacing("parter:\n", with: "1️⃣parter:\n")
            .replacing("  - id: bup\n    namn: BUP Teststad\n    huvudman: region", with: "  - id: bup\n    namn: BUP Teststad\n    huvudman: 2️⃣kommun")
            .replacing("huvudman: region\n    verksamheter: [hab]", with: "huvudman: stat\n    verksamheter: [polis]")
            .replacing("huvudman: region\n    verksamheter: [bumm]", with: "huvudman: stat\n    verksamheter: [polis]")
        let found = Fixture.check(MarkedText(text).text).filter { $0.ruleID == "BUS002" }
        compareFindings(found, [ExpectedFinding("1️⃣", "BUS002", "no party has `region` as its principal", notes: [
            ExpectedNote("2️⃣", "the party `bup` provides BUP (child and adolescent psychiatry), which the region runs, but has `huvudman: kommun`"),
        ])], in: MarkedText(text))
        #expect(found.map(\.hint?.sv) == ["Ange `huvudman: region` för parten `bup`."])
    }

    /// No party provides a service of the region: nothing to point at, the general hint.
    @Test func noRegionServiceAtAllGivesTheGeneralHint() {
        var text = Fixture.valid.replacing("parter:\n", with: "1️⃣parter:\n")
        for service in ["bup", "hab", "bumm"] {
            text = text.replacing("huvudman: region\n    verksamheter: [\(service)]", with: "huvudman: stat\n    verksamheter: [polis]")
        }
        let found = Fixture.check(MarkedText(text).text).filter { $0.ruleID == "BUS002" }
        compareFindings(found, [ExpectedFinding("1️⃣", "BUS002", "no party has `region` as its principal")], in: MarkedText(text))
        #expect(found.map(\.hint?.en) == ["Set `huvudman: region` on the region's services (BUP, HAB, BUMM) under `parter:`."])
    }

    @Test func partiesWithoutPrincipalAreTheirMissingKeysOnly() {
        var text = Fixture.valid
        for (marker, id) in zip(["1️⃣", "2️⃣", "3️⃣"], ["bup", "hab", "bumm"]) {
            text = text.replacing("  - id: \(id)\n", with: "  - \(marker)id: \(id)\n")
        }
        for _ in 0..<3 { text = text.replacing("    huvudman: region\n", with: "") }
        assertFindings(in: text, ["1️⃣", "2️⃣", "3️⃣"].map { ExpectedFinding($0, "BUS019", "the key `huvudman` is missing") })
    }
}
