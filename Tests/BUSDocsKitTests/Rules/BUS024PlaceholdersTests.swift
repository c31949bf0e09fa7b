import BUSDocsKit
import Testing

@Suite struct BUS024PlaceholdersTests {
    /// An ellipsis or underscores where a value belongs — a field's value, after a label, between two
    /// words of a sentence, in brackets — are placeholders; the hint applied (the value written) clears them.
    @Test func anEllipsisWhereAValueBelongsIsAPlaceholder() {
        let text = Fixture.valid
            .replacing("  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "  - { part: bup, roll: \"1️⃣…\" }\nbilagor:")
            .replacing("  - { part: sof, roll: Avdelningschef }\n  - { part: bup", with: "  - { part: sof, roll: 2️⃣____ }\n  - { part: bup")
            .replacing("## Samtycke\n", with: """
                ## Kontakt
                Kontaktperson i individforum: 3️⃣…

                Resultatet redovisas för 4️⃣... i februari, och
                sedan för 5️⃣… i mars.

                Mottagare i kommunen: 6️⃣[…]

                Ansvarig för rutinen: 7️⃣\\_\\_\\_\\_

                - Samordnare: 8️⃣...

                ## Samtycke

                """)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS024", "placeholder text is left in the draft", .warning),
            ExpectedFinding("2️⃣", "BUS024", "placeholder text is left in the draft", .warning),
            ExpectedFinding("3️⃣", "BUS024", "placeholder text is left in the draft", .warning),
            // Another line of the same paragraph: a note of its finding, so that it is pointed at too.
            ExpectedFinding("4️⃣", "BUS024", "placeholder text is left in the draft", .warning, notes: [
                ExpectedNote("5️⃣", "another placeholder in the same paragraph"),
            ]),
            ExpectedFinding("6️⃣", "BUS024", "placeholder text is left in the draft", .warning),
            ExpectedFinding("7️⃣", "BUS024", "placeholder text is left in the draft", .warning),
            ExpectedFinding("8️⃣", "BUS024", "placeholder text is left in the draft", .warning),
        ])
        #expect(found.first?.hint?.sv == "Skriv det som ska stå där i stället för utelämningstecknet eller strecken, eller ta bort raden om inget ska stå där.")
        // The hint followed: the values written.
        let fixed = text.replacing("\"1️⃣…\"", with: "Verksamhetschef").replacing("2️⃣____", with: "Avdelningschef")
            .replacing("3️⃣…", with: "enhetschefen för barn och unga").replacing("4️⃣...", with: "styrgruppen")
            .replacing("5️⃣…", with: "samrådsgruppen").replacing("6️⃣[…]", with: "enhetschefen")
            .replacing("7️⃣\\_\\_\\_\\_", with: "avdelningschefen").replacing("8️⃣...", with: "Enhetschef")
        assertFindings(in: fixed, [])
    }

    /// Ellipses of ordinary prose are not placeholders: words left out of a quotation, "and so on" after
    /// a list, a dot leader, Markdown's own underscores (a thematic break, bold italics) and code.
    @Test func proseEllipsesAreNotPlaceholders() {
        let text = Fixture.valid.replacing("## Samtycke\n", with: """
            ## Bakgrund
            Barnkonventionen säger att ”vid alla åtgärder som rör barn … ska i första hand beaktas vad som bedöms
            vara barnets bästa”, och att barnet ska höras ”[…] i alla frågor som rör barnet”. Utredningen skrev "vi ... måste samverka".

            Vi samverkar med BUP, BUMM, habiliteringen … Alla deltar.

            Innehåll.....3

            ___

            Det här är ___mycket___ viktigt, och värdet skrivs `…` i mallen.

            ## Samtycke

            """)
        assertFindings(in: text, [])
    }

    /// A party name `new` wrote is the placeholder as a whole: deleting its "(ange enhetens namn)" alone
    /// leaves a generic name, still flagged, with a hint that (applied as written) clears the finding.
    /// Also as `new` writes it outside Stockholms stad: "Socialtjänst (socialförvaltning) i …".
    @Test(arguments: ["Socialtjänst (socialtjänst / stadsdelsförvaltning)", "Socialtjänst (socialförvaltning)"])
    func aGeneratedPartyNameIsFlaggedAsAWhole(service: String) throws {
        let generated = "\(service) i Testområdet, Teststads kommun"
        for name in [generated + " (ange enhetens namn)", generated] {
            let text = Fixture.valid.replacing("    namn: Teststads socialförvaltning\n", with: "    namn: 1️⃣\"\(name)\"\n")
            let found = assertFindings(in: text, [
                ExpectedFinding("1️⃣", "BUS024", "the party's name is still the placeholder bus-docs wrote", .warning),
            ])
            // What to write, not a value of this area to paste: pasted, it would silence the check with an invented name.
            #expect(found.first?.hint?.sv == "Ersätt hela värdet med enhetens namn så som den själv skriver det (t.ex. i sin e-postsignatur): kommunen, förvaltningen och enheten.")
            #expect(found.first?.hint?.en == "Replace the whole value with the unit's name as it writes it itself (e.g. in its e-mail signature): the municipality, the administration and the unit.")
            #expect(found.first?.hint?.sv.contains("Testområdet") == false && found.first?.hint?.sv.contains("`namn:") == false)
            // The hint followed: the unit's own name.
            let fixed = Fixture.valid.replacing("    namn: Teststads socialförvaltning\n", with: "    namn: \"Teststads kommun, socialförvaltningen, enheten för barn och unga\"\n")
            assertFindings(in: fixed, [])
        }
    }

    /// A convener `import` could not tell from the text (`part: "(ange part)"`) is a placeholder, BUS024's
    /// finding alone: no unknown party besides (BUS014). The hint applied (a party's id written) clears it.
    @Test func aConvenerLeftForTheAuthorsIsAPlaceholderNotAnUnknownParty() {
        let text = Fixture.valid.replacing("    sammankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov",
                                           with: "    sammankallande: { part: \"1️⃣(ange part)\", roll: Enhetschef }\n    möten: { vid-behov")
        #expect(text != Fixture.valid)
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS024", "placeholder text is left in the draft", .warning),
        ])
        assertFindings(in: text.replacing("\"1️⃣(ange part)\"", with: "sof"), [])
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
        let prompts = Fixture.valid.replacing("## Samtycke\n", with: "## Anteckningar\nDatum: 1️⃣Välj datum (ÅÅÅÅ-MM-DD)\n\n2️⃣Klicka eller tryck här för att ange text.\n\n## Samtycke\n")
        assertFindings(in: prompts, [
            ExpectedFinding("1️⃣", "BUS024", "placeholder text is left in the draft", .warning),
            ExpectedFinding("2️⃣", "BUS024", "placeholder text is left in the draft", .warning),
        ])
        let prose = Fixture.valid.replacing("## Samtycke\n", with: "## Anteckningar\nSkriv under med ort och datum. Sammankallande välj datum för mötet inom två veckor. Skriv ort och datum.\n\nDatum: 2024-03-01\n\n## Samtycke\n")
        assertFindings(in: prose, [])
    }

    @Test func inADecidedAgreementItIsAnError() {
        let text = Fixture.valid.replacing("typ: lokal-överenskommelse\n", with: "typ: lokal-överenskommelse\nstatus: beslutad\n")
            .replacing("    namn: BUP Teststad\n", with: "    namn: 1️⃣\"BUP (barn- och ungdomspsykiatri) i Testområdet, Region Stockholm\"\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS024", "the party's name is still the placeholder bus-docs wrote, in a decided agreement"),
        ])
        #expect(found.first?.hint?.sv == "Ersätt hela värdet med enhetens namn så som den själv skriver det (t.ex. i sin e-postsignatur): mottagningens eller vårdcentralens eget namn.")
    }

    /// The template's guidance left in the text without its "Vägledning:" label — "Skriv här …",
    /// "Beskriv …", a bracketed "[Ange …]" — is one finding per sentence: a warning in a draft, an error
    /// once decided (`status: beslutad`), each hint quoting the sentence. Followed literally (the sentences
    /// removed, the bracket written as the text it asks for), nothing is left.
    @Test func guidanceLeftWithoutItsLabelIsAFindingPerSentence() {
        let guidance = "1️⃣Skriv här hur frågor som inte kan lösas förs vidare. 2️⃣Beskriv vem som sitter i varje grupp."
        let text = Fixture.valid
            .replacing("## Samtycke\n", with: "## Organisation\nSamverkan sker på tre nivåer. \(guidance)\n\n## Samtycke\n")
            .replacing("Styrgruppen följer upp överenskommelsen varje år.", with: "Styrgruppen följer upp överenskommelsen varje år. 3️⃣Uppföljningen avser [ange vad som följs upp].")
        #expect(text != Fixture.valid)
        let draft = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS024", "an instruction to the agreement's authors is left in the draft", .warning),
            ExpectedFinding("2️⃣", "BUS024", "an instruction to the agreement's authors is left in the draft", .warning),
            ExpectedFinding("3️⃣", "BUS024", "an instruction to the agreement's authors is left in the draft", .warning),
        ])
        #expect(draft.map(\.hint?.sv) == [
            "Ta bort meningen ”Skriv här hur frågor som inte kan lösas förs vidare” eller skriv i dess ställe den text som den ber om.",
            "Ta bort meningen ”Beskriv vem som sitter i varje grupp” eller skriv i dess ställe den text som den ber om.",
            "Ta bort meningen ”Uppföljningen avser [ange vad som följs upp]” eller skriv i dess ställe den text som den ber om.",
        ])
        #expect(draft.first?.hint?.en == "Remove the sentence \"Skriv här hur frågor som inte kan lösas förs vidare\" or write in its place the text it asks for.")
        assertFindings(in: text.replacing("typ: lokal-överenskommelse\n", with: "typ: lokal-överenskommelse\nstatus: beslutad\n"), [
            ExpectedFinding("1️⃣", "BUS024", "an instruction to the agreement's authors is left in a decided agreement"),
            ExpectedFinding("2️⃣", "BUS024", "an instruction to the agreement's authors is left in a decided agreement"),
            ExpectedFinding("3️⃣", "BUS024", "an instruction to the agreement's authors is left in a decided agreement"),
        ])
        // The hints followed: the two sentences removed, the third's bracket written as the text.
        let fixed = MarkedText(text).text
            .replacing(" Skriv här hur frågor som inte kan lösas förs vidare. Beskriv vem som sitter i varje grupp.", with: "")
            .replacing("[ange vad som följs upp]", with: "ärenden i individforum och avvikelser")
        assertFindings(in: fixed, [])
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
            ExpectedFinding("1️⃣", "BUS024", "the role and the substitute are still the placeholders bus-docs wrote", .warning),
            ExpectedFinding("2️⃣", "BUS024", "the substitute is still the placeholder bus-docs wrote", .warning),
            ExpectedFinding("3️⃣", "BUS024", "the role is still the placeholder bus-docs wrote", .warning),
        ])
        #expect(found.first?.hint?.sv == "Skriv ledamotens befattning så som huvudmannen själv skriver den (i regionen ofta verksamhetschef, i kommunen ofta förvaltnings- eller avdelningschef), och ersättarens; ta bort `ersättare:` om ingen ersättare är utsedd.")
        #expect(found.last?.hint?.en == "Write the member's title as the principal writes it itself (in the region often verksamhetschef, in the municipality often förvaltningschef or avdelningschef).")
        #expect(found.allSatisfy { $0.hint?.sv.contains("`roll:") == false }, "no value to paste")
        let decided = text.replacing("typ: lokal-överenskommelse\n", with: "typ: lokal-överenskommelse\nstatus: beslutad\n")
        assertFindings(in: decided, [
            ExpectedFinding("1️⃣", "BUS024", "the role and the substitute are still the placeholders bus-docs wrote, in a decided agreement"),
            ExpectedFinding("2️⃣", "BUS024", "the substitute is still the placeholder bus-docs wrote, in a decided agreement"),
            ExpectedFinding("3️⃣", "BUS024", "the role is still the placeholder bus-docs wrote, in a decided agreement"),
        ])
        // The hints followed.
        let fixed = Fixture.valid
            .replacing("      - { part: sof, roll: Avdelningschef, ersättare: Enhetschef }\n", with: "      - { part: sof, roll: Avdelningschef, ersättare: Biträdande avdelningschef }\n")
        assertFindings(in: fixed, [])
    }

    /// `new --from`'s party names get the same finding and hint as `new`'s, and its attachment files a
    /// finding of their own; a built-in `mall:` attachment is none.
    @Test func fromsPlaceholdersAreNamedForWhatTheyAre() {
        let text = Fixture.valid
            .replacing("    namn: Teststads socialförvaltning\n", with: "    namn: 1️⃣\"Ange partens namn i Testområdet (socialtjänst)\"\n")
            .replacing("bilagor/individforum.md }\n", with: "bilagor/individforum.md }\n  - { titel: Rutin för SIP, fil: 2️⃣\"(ange filen för Testområdet)\" }\n  - { titel: Protokollmall, mall: individforum }\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS024", "the party's name is still the placeholder bus-docs wrote", .warning),
            ExpectedFinding("2️⃣", "BUS024", "the attachment's file is not given: the former agreement's file belonged to its area", .warning),
        ])
        #expect(found.first?.hint?.sv == "Ersätt hela värdet med enhetens namn så som den själv skriver det (t.ex. i sin e-postsignatur): kommunen, förvaltningen och enheten.")
        #expect(found.last?.hint?.sv == "Skriv sökvägen till områdets egen fil (t.ex. i mappen bilagor/), eller ta bort bilagan om området inte har någon.")
    }
}
