import BUSDocsKit
import Testing

@Suite struct BUS015RequiredSectionsTests {
    @Test func allRequiredSectionsPass() {
        _ = expectFindings("BUS015", in: Fixture.valid, at: [])
    }

    @Test func headingsMatchCaseAndDiacriticInsensitivelyAndByExplicitID() {
        let text = Fixture.valid
            .replacing("## Samtycke", with: "## SAMTYCKE")
            .replacing("## Uppföljning av överenskommelsen", with: "## Hur vi följer upp {#uppfoljning}")
            .replacing("## Samordnad individuell plan", with: "## SIP – samordnad individuell plan")
        _ = expectFindings("BUS015", in: text, at: [])
    }

    @Test func aHeadingWithAnIDOfItsOwnStillCountsByItsText() {
        _ = expectFindings("BUS015", in: Fixture.valid.replacing("## Samtycke", with: "## Samtycke {#samtycke-vid-mote}"), at: [])
    }

    @Test func missingSectionIsAWarningAtTheBodyStart() {
        let text = Fixture.valid.replacing("---\n# Lokal", with: "---\n1️⃣# Lokal").replacing("## Samtycke", with: "## Sekretess")
        let found = expectFindings("BUS015", in: text, at: ["1️⃣"], severity: .warning)
        #expect(found.first?.message.sv == "avsnittet \"Samtycke\" saknas")
    }

    @Test func aWordInsideAnotherWordDoesNotCount() {
        let text = Fixture.valid.replacing("---\n# Lokal", with: "---\n1️⃣# Lokal").replacing("## Samordnad individuell plan", with: "## Sipprutiner")
        _ = expectFindings("BUS015", in: text, at: ["1️⃣"])
    }
}
