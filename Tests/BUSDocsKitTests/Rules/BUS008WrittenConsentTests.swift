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

    /// A text that lets oral consent do changes with the header: the finding notes its sentence, and its
    /// hint, applied to both (the header and the sentence), leaves no finding — BUS023 finds none after it.
    @Test func oralConsentInTheTextIsNotedAndTheHintFixesBoth() {
        let text = Fixture.valid.replacing("samtycke: skriftligt", with: "samtycke: 1️⃣muntligt")
            .replacing("## Samtycke\n", with: "## Samtycke\n2️⃣Det räcker med ett muntligt samtycke från vårdnadshavarna.\n\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS008", "consent to break secrecy must be written, not `muntligt`", notes: [ExpectedNote("2️⃣", "here the text says that oral consent will do")]),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv `samtycke: skriftligt` och skriv om det texten säger om muntligt samtycke (se noterna) så att samtycket inhämtas skriftligt för varje tillfälle."])
        let fixed = MarkedText(text).text.replacing("samtycke: muntligt", with: "samtycke: skriftligt")
            .replacing("Det räcker med ett muntligt samtycke från vårdnadshavarna.", with: "Samtycket inhämtas skriftligt för varje tillfälle.")
        assertFindings(in: fixed, [])
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
    /// The regional agreement: written consent "för det specifika tillfället". A text that lets one
    /// consent hold for a time is one finding at its sentence, quoting what it says; the hint, applied
    /// (the sentence rewritten as it says), checks clean. Sentences that name the occasion, or deny a
    /// time, are no finding.
    @Test(arguments: [
        ("Samtycket gäller i ett år från att det lämnats.", "Samtycket gäller i ett år"),
        ("Ett skriftligt samtycke gäller tills vidare.", "samtycke gäller tills vidare"),
        ("Vårdnadshavarnas samtycke gäller under hela läsåret.", "samtycke gäller under hela läsåret"),
        ("Ett samtycke räcker för alla möten om barnet.", "samtycke räcker för alla"),
        // A negation elsewhere in the sentence, and an earlier consent word: quoted from the one nearest the time.
        ("När barnet inte deltar ska skriftligt samtycke inhämtas, och samtycket gäller sedan för samtliga möten under läsåret.",
         "samtycket gäller sedan för samtliga möten under läsåret"),
    ]) func consentForATimeIsOneFindingAtItsSentence(sentence: String, said: String) {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "## Samtycke\n1️⃣\(sentence)\n\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS008", "the text lets one consent hold for a time (\"\(said)\"), but consent is obtained for the specific occasion"),
        ])
        #expect(found.first?.hint?.sv == "Skriv om meningen så att skriftligt samtycke inhämtas för varje tillfälle då sekretess behöver brytas.")
        let rewritten = MarkedText(text).text.replacingOccurrences(of: sentence, with: "Skriftligt samtycke inhämtas för varje tillfälle då sekretess behöver brytas.")
        assertFindings(in: rewritten, [])
    }

    @Test(arguments: [
        "Samtycket gäller för det specifika tillfället och ska förnyas inför nästa möte.",
        "Samtycket gäller bara det tillfället.",
        "Ett samtycke gäller inte för hela läsåret.",
        "Överenskommelsen gäller i ett år och därefter tills vidare.",
    ]) func consentForTheOccasionIsNoFinding(sentence: String) {
        assertFindings(in: Fixture.valid.replacing("## Samtycke\n", with: "## Samtycke\n\(sentence)\n\n"), [])
    }
}
