import BUSDocsKit
import Testing

/// Hints that, applied literally, fix the problem — and one finding for one problem.
@Suite struct BUS019StructureHintsTests {
    @Test func aPrincipalWrittenAsANameGetsTheValueAndNothingElse() {
        let text = Fixture.valid.replacing("  - id: bup\n    namn: BUP Teststad\n    huvudman: region", with: "  - id: bup\n    namn: BUP Teststad\n    huvudman: 1️⃣Region Stockholm")
        let found = Fixture.check(MarkedText(text).text)
        #expect(found.map(\.ruleID) == ["BUS019"], "\(found.map(\.message.en))")
        #expect(found.first?.hint?.sv.hasPrefix("Menade du `region`?") == true)
    }

    @Test func aShortDateGetsItsOwnDateBack() {
        let found = assertFindings(in: Fixture.valid.replacing("  från: 2020-01-01", with: "  från: 1️⃣2020-1-1"), [
            ExpectedFinding("1️⃣", "BUS012", "`giltighet.från`: `2020-1-1` must be written YYYY-MM-DD"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `2020-01-01`.")
    }

    @Test func anIdInCapitalsIsOneFindingAtTheId() {
        let text = Fixture.valid.replacing("  - id: bup\n", with: "  - id: 1️⃣BUP\n")
        let found = Fixture.check(MarkedText(text).text)
        #expect(found.map(\.ruleID) == ["BUS019"], "\(found.map(\.message.en))")
        #expect(found.first?.hint?.sv.hasSuffix("t.ex. `bup`.") == true)
    }
}
