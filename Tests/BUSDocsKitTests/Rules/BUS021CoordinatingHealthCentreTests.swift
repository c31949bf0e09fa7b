import BUSDocsKit
import Testing

@Suite struct BUS021CoordinatingHealthCentreTests {
    @Test func notExpectedUnderBUS2012() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func expectedUnderHOK2022AtTheParties() {
        let text = Fixture.valid.replacing("regelverk: bus-2012", with: "regelverk: hök-2022").replacing("parter:\n", with: "1️⃣parter:\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS021", "no party provides a coordinating health centre (samordnande vårdcentral), which HÖK 2022 expects", .warning),
        ])
        // The rule set by the name the regional agreement goes by, not its id (`hök-2022`).
        #expect(found.map(\.message.sv) == ["ingen part står för samordnande vårdcentral, som HÖK 2022 förväntar sig"])
    }

    @Test func aCoordinatingHealthCentrePasses() {
        let text = Fixture.valid.replacing("regelverk: bus-2012", with: "regelverk: hök-2022")
            .replacing("  - id: bumm\n", with: "  - id: vc\n    namn: Vårdcentralen\n    huvudman: region\n    verksamheter: [samordnande-vardcentral]\n  - id: bumm\n")
        assertFindings(in: text, [])
    }
}
