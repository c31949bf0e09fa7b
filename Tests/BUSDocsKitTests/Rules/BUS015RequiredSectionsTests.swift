import BUSDocsKit
import Testing

@Suite struct BUS015RequiredSectionsTests {
    @Test func allRequiredSectionsPass() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func headingsMatchCaseAndDiacriticInsensitivelyAndByExplicitID() {
        let text = Fixture.valid
            .replacing("## Samtycke", with: "## SAMTYCKE")
            .replacing("## Uppföljning av överenskommelsen", with: "## Hur vi följer upp {#uppfoljning}")
            .replacing("## Samordnad individuell plan", with: "## SIP – samordnad individuell plan")
        assertFindings(in: text, [])
    }

    @Test func aHeadingWithAnIDOfItsOwnStillCountsByItsText() {
        assertFindings(in: Fixture.valid.replacing("## Samtycke", with: "## Samtycke {#samtycke-vid-mote}"), [])
    }

    /// `##Samtycke`: the heading is there without its space. BUS019 says so at the line; the section is
    /// not also reported missing (one problem, one finding).
    @Test(arguments: ["##Samtycke", "##7. Samtycke och sekretess"])
    func aRequiredHeadingWithoutItsSpaceIsOneFinding(written: String) {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "1️⃣\(written)\n")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "`\(written)` is no heading without a space after the `#`: the line is printed as text", .warning),
        ])
    }

    /// A required section with no text, or with the same text as another, describes nothing: one warning
    /// at each such heading; the hint, followed (a sentence of the section's own), leaves none.
    @Test func aSectionWithoutTextOrWithAnothersTextIsAWarning() {
        let boilerplate = "Texten är beslutad av parterna och beskriver hur vi arbetar."
        let text = Fixture.valid
            .replacing("## Samtycke\nSkriftligt samtycke inhämtas för varje tillfälle.\n", with: "1️⃣## Samtycke\n\(boilerplate)\n")
            .replacing("## Uppföljning av överenskommelsen\nStyrgruppen följer upp överenskommelsen varje år.", with: "2️⃣## Uppföljning av överenskommelsen\n\(boilerplate)")
            .replacing("## Samordnad individuell plan\nSkolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.\n", with: "3️⃣## Samordnad individuell plan\n\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS015", "the section \"Samtycke\" has the same text as the section \"Uppföljning av överenskommelsen\" and does not describe its subject", .warning),
            ExpectedFinding("2️⃣", "BUS015", "the section \"Uppföljning av överenskommelsen\" has the same text as the section \"Samtycke\" and does not describe its subject", .warning),
            ExpectedFinding("3️⃣", "BUS015", "the section \"Samordnad individuell plan\" has no text", .warning),
        ])
        #expect(found.first?.hint?.sv == "Skriv under rubriken ”Samordnad individuell plan” hur parterna arbetar med det som rubriken säger.")
        let described = MarkedText(text).text
            .replacing("## Samtycke\n\(boilerplate)", with: "## Samtycke\nSkriftligt samtycke inhämtas för varje tillfälle.")
            .replacing("## Uppföljning av överenskommelsen\n\(boilerplate)", with: "## Uppföljning av överenskommelsen\nStyrgruppen följer upp överenskommelsen varje år.")
            .replacing("## Samordnad individuell plan\n\n", with: "## Samordnad individuell plan\nSkolan ska kalla till SIP.\n")
        assertFindings(in: described, [])
    }

    /// A section whose text is in its subsections describes its subject.
    @Test func aSectionWithItsTextInSubsectionsPasses() {
        let text = Fixture.valid.replacing("## Uppföljning av överenskommelsen\nStyrgruppen följer upp överenskommelsen varje år.",
                                           with: "## Uppföljning av överenskommelsen\n\n### Årligen\nStyrgruppen följer upp överenskommelsen varje år.")
        assertFindings(in: text, [])
    }

    @Test func missingSectionIsAWarningAtTheBodyStart() {
        let text = Fixture.valid.replacing("---\n# Lokal", with: "---\n1️⃣# Lokal").replacing("## Samtycke", with: "## Sekretess")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS015", "the section \"Samtycke\" is missing", .warning)])
        #expect(found.first?.message.sv == "avsnittet ”Samtycke” saknas")
    }

    /// A short stem such as "SIP" is a whole word: "Sipprutiner" is no SIP heading. A section is then
    /// recognised only by what it says, when it says it more than once.
    @Test func aWordInsideAnotherWordDoesNotCountAsAHeading() throws {
        let text = Fixture.valid.replacing("---\n# Lokal", with: "---\n1️⃣# Lokal").replacing("## Samordnad individuell plan", with: "## Sipprutiner")
        let requirement = try #require(RuleSet.builtIn(named: "bus-2012")?.requiredSections.first { $0.id == "sip" })
        let agreement = try #require(Fixture.parse(MarkedText(text).text))
        #expect(SectionMatcher(agreement.body).match(requirement)?.kind != .heading)
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS015", "the section \"SIP\" is missing", .warning)])
        let said = text.replacing("## Sipprutiner\n", with: "## Sipprutiner\nEn SIP upprättas när barnet behöver insatser från flera huvudmän; varje SIP följs upp.\n")
        assertFindings(in: said, [])
    }

    @Test(arguments: [
        ("## Samtycke", "## 6. Samtycke och sekretess"), ("## Samtycke", "## Sekretess och samtycke"),
        ("## Rutiner för avvikelserapportering", "## Avvikelsehantering"), ("## Rutiner för avvikelserapportering", "## 7.2 Hantering av avvikelser"),
        ("## Rutiner för avvikelserapportering", "## När samverkan brister"), ("## Rutiner för avvikelserapportering", "## Brister i samverkan"),
        ("## Samordnad individuell plan", "## Samordnade individuella planer"), ("## Samordnad individuell plan", "## SIP-rutiner"),
        ("## Uppföljning av överenskommelsen", "## Så följer vi upp arbetet"), ("## Uppföljning av överenskommelsen", "## Uppföljning och utvärdering"),
        // Its text names SIP once, too few to tell by content: the heading says it.
        ("## Samordnad individuell plan", "## Gemensam planering för barnet"), ("## Samordnad individuell plan", "## Samordnad planering"),
    ]) func headingsAsSwedishIsWritten(old: String, new: String) {
        assertFindings(in: Fixture.valid.replacing(old, with: new), [])
    }

    @Test func aMisspeltHeadingGetsADidYouMean() {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "1️⃣## Samtyke\n")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Without the consent words in its text, only the heading can tell what the section is.
        let stripped = lines.map { $0.contains("amtyck") && !$0.hasPrefix("samtycke:") && !$0.contains("Samtyke") ? "Text." : String($0) }.joined(separator: "\n")
        let found = assertFindings(in: stripped, [
            ExpectedFinding("1️⃣", "BUS015", "the section \"Samtycke\" is missing; the heading \"Samtyke\" looks like it", .warning),
        ])
        #expect(found.first?.hint?.sv == "Menade du `## Samtycke`?")
    }
}
