import BUSDocsKit
import Testing

@Suite struct BUS010SchoolSIPWordingTests {
    @Test func schoolShallPasses() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func schoolMayIsAWarningAtTheValue() {
        let found = assertFindings(in: Fixture.valid.replacing("skolan: ska", with: "skolan: 1️⃣kan"), [
            ExpectedFinding("1️⃣", "BUS010", "the school *may* call a SIP; this differs between areas — *ska* (shall) is the equal wording", .warning),
        ])
        #expect(found.first?.hint?.sv.hasPrefix("Skriv `skolan: ska`") == true)
    }
}
