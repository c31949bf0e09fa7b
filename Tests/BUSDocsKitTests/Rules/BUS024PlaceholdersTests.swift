import BUSDocsKit
import Testing

@Suite struct BUS024PlaceholdersTests {
    /// A party name `new` wrote is the placeholder as a whole: deleting its "(ange enhetens namn)" alone
    /// leaves a generic name, still flagged, with a hint that (applied as written) clears the finding.
    /// Also as `new` writes it outside Stockholms stad: "Socialtjänst (socialförvaltning) i …".
    @Test(arguments: ["Socialtjänst (socialtjänst / stadsdelsförvaltning)", "Socialtjänst (socialförvaltning)"])
    func aGeneratedPartyNameIsFlaggedAsAWhole(service: String) throws {
        let generated = "\(service) i Testområdet, Teststads kommun"
        for name in [generated + " (ange enhetens namn)", generated] {
            let text = Fixture.valid.replacing("    namn: Teststads socialförvaltning\n", with: "    namn: 1️⃣\"\(name)\"\n")
            let found = assertFindings(in: text, [
                ExpectedFinding("1️⃣", "BUS024", "the party's name is still the one `bus-docs new` wrote", .warning),
            ])
            #expect(found.first?.hint?.sv == "Skriv enhetens riktiga namn i stället för hela värdet, t.ex. `namn: \"Teststads kommun, socialförvaltningen, enheten för barn och unga\"`.")
            #expect(found.first?.hint?.en == "Write the unit's real name instead of the whole value, e.g. `namn: \"Teststads kommun, socialförvaltningen, enheten för barn och unga\"`.")
            // The hint applied as written.
            let fixed = Fixture.valid.replacing("    namn: Teststads socialförvaltning\n", with: "    namn: \"Teststads kommun, socialförvaltningen, enheten för barn och unga\"\n")
            assertFindings(in: fixed, [])
        }
    }

    /// The skeleton's list of the parties' tasks: each item still "– beskriv uppdraget" is a finding of its
    /// own, so that the count goes down as each is written.
    @Test func eachPlaceholderItemOfAListIsAFinding() {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "## Parter\n- **BUP** 1️⃣– beskriv uppdraget och lagstödet.\n- **HAB** 2️⃣– beskriv uppdraget och lagstödet.\n  Fortsättning av punkten.\n- **BUMM** ansvarar för barnmedicin.\n\n## Samtycke\n")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS024", "placeholder text is left in the draft", .warning),
            ExpectedFinding("2️⃣", "BUS024", "placeholder text is left in the draft", .warning),
        ])
    }

    /// Word's prompts of content controls left in the text ("Välj datum (ÅÅÅÅ-MM-DD)", "Klicka eller tryck
    /// här för att ange text.") are placeholders; prose that asks to write or choose ("Skriv under …",
    /// "välj datum för mötet") is not. The hint applied as written (the prompt replaced) clears it.
    @Test func wordPromptsLeftInTheTextArePlaceholdersButProseIsNot() {
        let prompts = Fixture.valid.replacing("## Samtycke\n", with: "## Underskrift\nDatum: 1️⃣Välj datum (ÅÅÅÅ-MM-DD)\n\n2️⃣Klicka eller tryck här för att ange text.\n\n## Samtycke\n")
        assertFindings(in: prompts, [
            ExpectedFinding("1️⃣", "BUS024", "placeholder text is left in the draft", .warning),
            ExpectedFinding("2️⃣", "BUS024", "placeholder text is left in the draft", .warning),
        ])
        let prose = Fixture.valid.replacing("## Samtycke\n", with: "## Underskrift\nSkriv under med ort och datum. Sammankallande välj datum för mötet inom två veckor. Skriv ort och datum.\n\nDatum: 2024-03-01\n\n## Samtycke\n")
        assertFindings(in: prose, [])
    }

    @Test func inADecidedAgreementItIsAnError() {
        let text = Fixture.valid.replacing("typ: lokal-överenskommelse\n", with: "typ: lokal-överenskommelse\nstatus: beslutad\n")
            .replacing("    namn: BUP Teststad\n", with: "    namn: 1️⃣\"BUP (barn- och ungdomspsykiatri) i Testområdet, Region Stockholm\"\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS024", "the party's name is still the one `bus-docs new` wrote, in a decided agreement"),
        ])
        #expect(found.first?.hint?.sv.contains("`namn: \"BUP Testområdet, Region Stockholm\"`") == true)
    }

    /// A real name that mentions the service is the parties' own.
    @Test func aNameOfTheirOwnIsNotAPlaceholder() {
        let text = Fixture.valid.replacing("    namn: BUP Teststad\n", with: "    namn: BUP (barn- och ungdomspsykiatri) Teststad\n")
        assertFindings(in: text, [])
    }

    /// The skeleton's role and substitute name nobody: each line still holding them is one finding,
    /// an error once decided, and the hint applied as written clears it.
    @Test func theSkeletonsRolesArePlaceholders() {
        let role = "Chef med mandat att fatta beslut för verksamheten", substitute = "Ersättare med samma mandat"
        let text = Fixture.valid
            .replacing("      - { part: sof, roll: Avdelningschef, ersättare: Enhetschef }\n", with: "      - { part: sof, roll: 1️⃣\(role), ersättare: \(substitute) }\n")
            .replacing("      - { part: skola, roll: Grundskolechef }\n", with: "      - { part: skola, roll: Grundskolechef, ersättare: 2️⃣\(substitute) }\n")
            .replacing("      - { part: bup, roll: Verksamhetschef }\n", with: "      - { part: bup, roll: 3️⃣\(role) }\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS024", "the role and the substitute are still the ones `bus-docs new` wrote", .warning),
            ExpectedFinding("2️⃣", "BUS024", "the substitute is still the one `bus-docs new` wrote", .warning),
            ExpectedFinding("3️⃣", "BUS024", "the role is still the one `bus-docs new` wrote", .warning),
        ])
        #expect(found.first?.hint?.sv == "Skriv ledamotens och ersättarens befattningar, t.ex. `roll: Avdelningschef, ersättare: Biträdande avdelningschef`; ta bort `ersättare:` om ingen ersättare är utsedd.")
        #expect(found.last?.hint?.en == "Write the member's title, e.g. `roll: Avdelningschef`.")
        let decided = text.replacing("typ: lokal-överenskommelse\n", with: "typ: lokal-överenskommelse\nstatus: beslutad\n")
        assertFindings(in: decided, [
            ExpectedFinding("1️⃣", "BUS024", "the role and the substitute are still the ones `bus-docs new` wrote, in a decided agreement"),
            ExpectedFinding("2️⃣", "BUS024", "the substitute is still the one `bus-docs new` wrote, in a decided agreement"),
            ExpectedFinding("3️⃣", "BUS024", "the role is still the one `bus-docs new` wrote, in a decided agreement"),
        ])
        // The hints applied as written.
        let fixed = Fixture.valid
            .replacing("      - { part: sof, roll: Avdelningschef, ersättare: Enhetschef }\n", with: "      - { part: sof, roll: Avdelningschef, ersättare: Biträdande avdelningschef }\n")
        assertFindings(in: fixed, [])
    }
}
