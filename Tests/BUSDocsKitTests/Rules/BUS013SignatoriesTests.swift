import BUSDocsKit
import Testing

@Suite struct BUS013SignatoriesTests {
    @Test func signatoriesFromBothPrincipalsPass() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func noRegionSignatoryFailsAtTheSignatories() {
        let text = Fixture.valid.replacing("undertecknare:\n", with: "1️⃣undertecknare:\n")
            .replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "bilagor:")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS013", "no signatory from the principal `region`")])
        #expect(found.first?.message.en == "no signatory from the principal `region`")
    }

    @Test func aMisspeltSignatoryPartyIsLeftToBUS014() {
        let text = Fixture.valid.replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "  - { part: bupp, roll: Verksamhetschef }\nbilagor:")
        assertFindings(in: text, [ExpectedFinding("75:13", "BUS014", "unknown party `bupp`")])
        assertFindings(in: text.replacing("part: bupp, roll: Verksamhetschef }\nbilagor:", with: "part: 1️⃣bupp, roll: Verksamhetschef }\nbilagor:"), [ExpectedFinding("1️⃣", "BUS014", "unknown party `bupp`")])
    }

    @Test func signatoryWithoutPartyFailsAtTheSignatory() {
        let text = Fixture.valid.replacing("undertecknare:\n", with: "1️⃣undertecknare:\n")
            .replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "  - 2️⃣{ roll: Verksamhetschef }\nbilagor:")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS013", "no signatory from the principal `region`"),
            ExpectedFinding("2️⃣", "BUS013", "the signatory names no party"),
            ExpectedFinding("2️⃣", "BUS019", "the key `part` is missing"),
        ]).filter { $0.ruleID == "BUS013" }
        #expect(found.last?.message.en == "the signatory names no party")
    }

    @Test func aSigningPartyWithoutPrincipalIsOneFinding() {
        // Which principal BUP signs for is the missing key's question, not a missing signatory.
        let text = Fixture.valid.replacing("  - id: bup\n    namn: BUP Teststad\n    huvudman: region\n", with: "  - 1️⃣id: bup\n    namn: BUP Teststad\n")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS019", "the key `huvudman` is missing")])
    }

    /// The text's own "Underskrifter" under the page `bus-docs agreement` makes from `undertecknare:` is
    /// the heading twice. What it says is in the front matter: the hint, applied, leaves no finding.
    @Test func aSignatureSectionOfTheTextsOwnIsOneWarningToRemoveIt() {
        let section = "\n## Underskrifter\n\nFör Teststads socialförvaltning: Avdelningschef\n\nFör BUP Teststad: Verksamhetschef\n\nOrt och datum: ____________\n"
        let found = assertFindings(in: Fixture.valid + "\n1️⃣" + section.dropFirst(), [
            ExpectedFinding("1️⃣", "BUS013", "the text has its own section \"Underskrifter\", and the document from `bus-docs agreement` ends in a page to sign too: the heading stands there twice", .warning),
        ])
        #expect(found.map { $0.hint?.en } == ["Remove the section: the page to sign is made from `undertecknare:`."])
        #expect(found.map { $0.hint?.sv } == ["Ta bort avsnittet: sidan för underskrifter görs av `undertecknare:`."])
        // The hint applied: the section removed.
        assertFindings(in: Fixture.valid, [])
    }

    /// A numbered heading, as many agreements number every section: the same one warning.
    @Test(arguments: ["## 10. Underskrifter", "## 10 Underskrift", "## § 9 Undertecknande"])
    func aNumberedSignatureSectionIsTheSameWarning(heading: String) {
        let title = heading.drop { $0 == "#" || $0 == " " }
        let section = heading + "\n\nFör Teststads socialförvaltning: Avdelningschef\n"
        let found = assertFindings(in: Fixture.valid + "\n1️⃣" + section, [
            ExpectedFinding("1️⃣", "BUS013", "the text has its own section \"\(title)\", and the document from `bus-docs agreement` ends in a page to sign too: the heading stands there twice", .warning),
        ])
        #expect(found.count == 1)
    }

    /// A section naming someone the front matter does not: the names and roles go into `undertecknare:` first.
    @Test func aSignatureSectionWithNamesOfItsOwnSaysToMoveThemFirst() {
        let section = "## Underskrifter\n\nAnna Andersson, socialdirektör, Teststads socialförvaltning\n"
        let found = assertFindings(in: Fixture.valid + "\n1️⃣" + section, [
            ExpectedFinding("1️⃣", "BUS013", "the text has its own section \"Underskrifter\", and the document from `bus-docs agreement` ends in a page to sign too: the heading stands there twice", .warning),
        ])
        #expect(found.map { $0.hint?.en } == ["First write the section's names and roles under `undertecknare:` (`{ part: …, roll: … }`), then remove the section: the page to sign is made from `undertecknare:`."])
    }
}
