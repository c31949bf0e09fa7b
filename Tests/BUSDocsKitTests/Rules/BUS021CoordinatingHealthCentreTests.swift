import BUSDocsKit
import Testing

@Suite struct BUS021CoordinatingHealthCentreTests {
    @Test func notExpectedUnderBUS2012() {
        _ = expectFindings("BUS021", in: Fixture.valid, at: [])
    }

    @Test func expectedUnderHOK2022AtTheParties() {
        let text = Fixture.valid.replacing("regelverk: bus-2012", with: "regelverk: hök-2022").replacing("parter:\n", with: "1️⃣parter:\n")
        let found = expectFindings("BUS021", in: text, at: ["1️⃣"], severity: .warning)
        #expect(found.first?.message.sv == "ingen part står för samordnande vårdcentral, som hök-2022 förväntar sig")
    }

    @Test func aCoordinatingHealthCentrePasses() {
        let text = Fixture.valid.replacing("regelverk: bus-2012", with: "regelverk: hök-2022")
            .replacing("  - id: bumm\n", with: "  - id: vc\n    namn: Vårdcentralen\n    huvudman: region\n    verksamheter: [samordnande-vardcentral]\n  - id: bumm\n")
        _ = expectFindings("BUS021", in: text, at: [])
    }
}
