import BUSDocsKit
import Testing

@Suite struct BUS010SchoolSIPWordingTests {
    @Test func schoolShallPasses() {
        _ = expectFindings("BUS010", in: Fixture.valid, at: [])
    }

    @Test func schoolMayIsAWarningAtTheValue() {
        let found = expectFindings("BUS010", in: Fixture.valid.replacing("skolan: ska", with: "skolan: 1️⃣kan"), at: ["1️⃣"], severity: .warning)
        #expect(found.first?.hint?.sv.hasPrefix("Skriv `skolan: ska`") == true)
    }
}
