import BUSDocsKit
import Testing

@Suite struct BUS008WrittenConsentTests {
    @Test func writtenConsentPasses() {
        _ = expectFindings("BUS008", in: Fixture.valid, at: [])
    }

    @Test func oralConsentFailsAtTheValue() {
        let found = expectFindings(
            "BUS008", in: Fixture.valid.replacing("samtycke: skriftligt", with: "samtycke: 1️⃣muntligt"),
            at: ["1️⃣"], severity: .error)
        #expect(found.first?.hint?.sv.contains("samtycke: skriftligt") == true)
    }

    @Test func missingConsentFailsAtTheFrontMatter() {
        _ = expectFindings(
            "BUS008", in: "1️⃣" + Fixture.valid.removingLines(containing: "samtycke: skriftligt"), at: ["1️⃣"])
    }

    @Test func anUnknownConsentValueIsLeftToBUS019() {
        let text = Fixture.valid.replacing("samtycke: skriftligt", with: "samtycke: 1️⃣skritligt")
        _ = expectFindings("BUS008", in: text, at: [])
        _ = expectFindings("BUS019", in: text, at: ["1️⃣"])
    }
}
