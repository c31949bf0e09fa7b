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

    /// A short stem such as "SIP" is a whole word: "Sipprutiner" is no SIP heading. A section is then
    /// recognised only by what it says, when it says it more than once.
    @Test func aWordInsideAnotherWordDoesNotCountAsAHeading() throws {
        let text = Fixture.valid.replacing("---\n# Lokal", with: "---\n1️⃣# Lokal").replacing("## Samordnad individuell plan", with: "## Sipprutiner")
        let requirement = try #require(RuleSet.builtIn(named: "bus-2012")?.requiredSections.first { $0.id == "sip" })
        let agreement = try #require(Fixture.parse(MarkedText(text).text))
        #expect(SectionMatcher(agreement.body).match(requirement)?.kind != .heading)
        _ = expectFindings("BUS015", in: text, at: ["1️⃣"])
        let said = text.replacing("## Sipprutiner\n", with: "## Sipprutiner\nEn SIP upprättas när barnet behöver insatser från flera huvudmän; varje SIP följs upp.\n")
        _ = expectFindings("BUS015", in: said, at: [])
    }

    @Test(arguments: [
        ("## Samtycke", "## 6. Samtycke och sekretess"), ("## Samtycke", "## Sekretess och samtycke"),
        ("## Rutiner för avvikelserapportering", "## Avvikelsehantering"), ("## Rutiner för avvikelserapportering", "## 7.2 Hantering av avvikelser"),
        ("## Samordnad individuell plan", "## Samordnade individuella planer"), ("## Samordnad individuell plan", "## SIP-rutiner"),
        ("## Uppföljning av överenskommelsen", "## Så följer vi upp arbetet"), ("## Uppföljning av överenskommelsen", "## Uppföljning och utvärdering"),
    ]) func headingsAsSwedishIsWritten(old: String, new: String) {
        _ = expectFindings("BUS015", in: Fixture.valid.replacing(old, with: new), at: [])
    }

    @Test func aMisspeltHeadingGetsADidYouMean() {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "1️⃣## Samtyke\n")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Without the consent words in its text, only the heading can tell what the section is.
        let stripped = lines.map { $0.contains("amtyck") && !$0.hasPrefix("samtycke:") && !$0.contains("Samtyke") ? "Text." : String($0) }.joined(separator: "\n")
        let found = expectFindings("BUS015", in: stripped, at: ["1️⃣"])
        #expect(found.first?.hint?.sv == "Menade du `## Samtycke`?")
    }
}
