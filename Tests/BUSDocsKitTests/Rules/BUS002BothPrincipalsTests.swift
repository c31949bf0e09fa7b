import BUSDocsKit
import Testing

@Suite struct BUS002BothPrincipalsTests {
    @Test func municipalityAndRegionPass() {
        _ = expectFindings("BUS002", in: Fixture.valid, at: [])
    }

    @Test func noRegionPartyFails() {
        var text = Fixture.valid.replacing("parter:\n", with: "1️⃣parter:\n")
        for _ in 0..<3 { text = text.replacing("huvudman: region", with: "huvudman: kommun") }
        let found = expectFindings("BUS002", in: text, at: ["1️⃣"], severity: .error)
        #expect(found.first?.message.en == "no party has `region` as its principal")
    }
}
