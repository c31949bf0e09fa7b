import BUSDocsKit
import Testing

@Suite struct BUS008WrittenConsentTests {
    @Test func writtenConsentPasses() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func oralConsentFailsAtTheValue() {
        let found = assertFindings(in: Fixture.valid.replacing("samtycke: skriftligt", with: "samtycke: 1️⃣muntligt"), [ExpectedFinding("1️⃣", "BUS008", "consent to break secrecy must be written, not `muntligt`")])
        #expect(found.first?.hint?.sv.contains("samtycke: skriftligt") == true)
    }

    @Test func missingConsentFailsAtTheFrontMatter() {
        assertFindings(in: "1️⃣" + Fixture.valid.removingLines(containing: "samtycke: skriftligt"), [
            ExpectedFinding("1️⃣", "BUS008", "the agreement does not say how consent is obtained (`samtycke` is missing)"),
        ])
    }

    @Test func anUnknownConsentValueIsLeftToBUS019() {
        let text = Fixture.valid.replacing("samtycke: skriftligt", with: "samtycke: 1️⃣skritligt")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS019", "unknown value `skritligt` for `samtycke`")])
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS019", "unknown value `skritligt` for `samtycke`")])
    }
}
