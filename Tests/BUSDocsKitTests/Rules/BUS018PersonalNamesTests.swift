import BUSDocsKit
import Testing

/// A child's name in an agreement (BUS018): a common first name and a surname in a sentence about a child
/// or a case is an error, as a personal identity number is; an official's name elsewhere is not. The
/// findings never repeat the name, and their hint, applied as it says, leaves no personal data.
@Suite struct BUS018PersonalNamesTests {
    static let nameMessage = "a name is on line 83 in a sentence about a child or a case"
    static let removeCase = "Remove the whole sentence about the case, not only the number or the name – or write the case without name and number: agreements and templates are public and must not hold personal data."

    /// The reviewer's line: the name comes first on the line, and the hint takes the whole sentence out.
    @Test func aCaseWithANameAndANumberIsOneErrorAtTheName() {
        let sentence = "Exempel från 2024: ärendet gällde 1️⃣Elsa Andersson, 20150312-2382, där BUP och skolan inte kunde enas."
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnkonventionen gäller. \(sentence)")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS018", Self.nameMessage)])
        #expect(found.map(\.hint?.en) == [Self.removeCase])
        #expect(found.map(\.hint?.sv) == ["Ta bort hela meningen om ärendet, inte bara numret eller namnet – eller skriv ärendet utan namn och nummer: överenskommelser och mallar är allmänna och får inte innehålla personuppgifter."])
        #expect(found.allSatisfy { !"\($0.message.sv) \($0.message.en) \($0.hint?.sv ?? "")".contains("Elsa") })
        // The hint applied as it says: the sentence goes, and with it every finding.
        let plain = sentence.replacing("1️⃣", with: "")
        let applied = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnkonventionen gäller. \(plain)").replacing(" \(plain)", with: "")
        #expect(applied == Fixture.valid)
        assertFindings(in: applied, [])
        // The number alone taken out, or masked, leaves the name: still an error.
        for left in ["(nummer borttaget)", "", "20150312-****", "XXXXXX-XXXX"] {
            let sentence = "Exempel från 2024: ärendet gällde 1️⃣Elsa Andersson, \(left), där BUP och skolan inte kunde enas."
            assertFindings(in: Fixture.valid.replacing("Barnkonventionen gäller.", with: sentence), [ExpectedFinding("1️⃣", "BUS018", Self.nameMessage)])
        }
    }

    /// A number in a sentence about a case: the hint takes the sentence out, not only the number.
    @Test func aNumberInACaseIsTakenOutWithItsSentence() {
        let inCase = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Pojken 1️⃣20150312-2382 fick vänta i ett år.")
        let found = assertFindings(in: inCase, [
            ExpectedFinding("1️⃣", "BUS018", "a personal identity number (personnummer or samordningsnummer) is on line 83"),
        ])
        #expect(found.map(\.hint?.en) == [Self.removeCase])
        let alone = Fixture.valid.replacing("område: Testområdet", with: "område: Testområdet 1️⃣121212-1212")
        let number = assertFindings(in: alone, [
            ExpectedFinding("1️⃣", "BUS018", "a personal identity number (personnummer or samordningsnummer) is on line 5"),
        ])
        #expect(number.map(\.hint?.en) == ["Remove the number: agreements and templates are public and must not hold personal data."])
    }

    /// Written as another municipality would: each is found at the first name. (A name with an age is one
    /// finding that names both: `BUS018NamedChildTests`.)
    @Test(arguments: [
        "Eleven 1️⃣Omar Hassan hade inte varit i skolan sedan höstlovet.",
        "Vårdnadshavare till 1️⃣Anna-Karin Lindqvist kallades inte till SIP-mötet.",
        "Här beskrivs ett fall: pojken hette 1️⃣Ali Mohamed Yusuf och fick vänta.",
        "Ärendet rörde 1️⃣Wilma Johansson, född 2014, och hennes skolgång.",
        "Pojken 1️⃣Kalle fick vänta på BUP.",
        "Vi talade med eleven 1️⃣Omar om skolgången.",
        "I ärendet var barnet 1️⃣Anna-Karin rädd för att gå till skolan.",
    ])
    func aChildsNameIsAnError(sentence: String) {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: sentence)
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS018", Self.nameMessage)])
        #expect(found.map(\.hint?.en) == [Self.removeCase])
    }

    /// A paragraph goes on over a line break: the case on one line, the name on the next.
    @Test func aSentenceGoesOnOverALineBreak() {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Vi tog upp ärendet\nom 1️⃣Ebba\nLind, som fick vänta.")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS018", "a name is on line 84 in a sentence about a child or a case")])
        let source = SourceFile(path: "a.md", text: "Vi tog upp ärendet\nom Ebba\nLind, som fick vänta.\n\nKontaktperson är Anna Svensson.\n")
        #expect(source.text == "Vi tog upp ärendet\nom ****\n****, som fick vänta.\n\nKontaktperson är Anna Svensson.\n")
        #expect(source.personalNames.caseSentences == [0..<50])
    }

    /// An official's name, a name in a sentence about no child, a place named after a person: no finding.
    @Test(arguments: [
        "Kontaktperson är Anna Svensson, enhetschef för elevhälsan.",
        "Kontaktperson Anna Svensson, enhetschef, svarar på frågor om samverkan.",
        "Samordnare för BUS i området är Erik Lundberg på socialförvaltningen.",
        "Barnet kan få vård på Astrid Lindgrens barnsjukhus.",
        "Barnet ska få stöd av elevhälsan. Frågor besvaras av Maria Berg, rektor.",
        "Mötet leds av Per Holm. Vårdnadshavare bjuds in.",
        "Flickan och pojken ska få stöd enligt BUP Region Stockholm.",
        "Vårdnadshavare som har frågor kan vända sig till Maria Holm, BUS-samordnare.",
        "Rektor Johan Berg ansvarar för att eleven får stöd enligt skollagen.",
        "Enhetschef Karin Ek på socialtjänsten tar emot frågor från vårdnadshavare.",
        "Frågor om barnets skolgång besvaras av kuratorn Lena Nyström.",
        "Ärendet anmäls till Eva Lund, enhetschef på individ- och familjeomsorgen.",
        "Barnet kan remitteras av skolsköterskan Sofia Lind vid behov.",
        "Samordnaren Peter Ström kallar vårdnadshavare till SIP.",
        "Vårdnadshavare kan kontakta Anders Karlsson (verksamhetschef, BUP Södertälje).",
        "Ärendet lyfts av handläggaren Anna Svensson, socialtjänsten, till individforum.",
        "Eleven får stöd av specialpedagog Sara Lindberg – och av elevhälsan.",
        "Flickor och pojkar ska få samma stöd; barnet själv ska höras.",
        "Barnet Och Ungdomsnämnden beslutar om barnet Anna-ärendet.",
        "Eleven Alla har rätt till stöd.",
    ])
    func anOfficialsNamePasses(sentence: String) {
        assertFindings(in: Fixture.valid.replacing("Barnkonventionen gäller.", with: sentence), [])
    }

    /// The text every page, report and diff is made from has the name masked, letter for letter.
    @Test func theNameIsMaskedInTheSourceText() {
        let source = SourceFile(path: "a.md", text: "Eleven Omar Hassan, 20150312-2382, fick vänta.\nKontaktperson är Anna Svensson.\n")
        #expect(source.text == "Eleven **** ******, ********-****, fick vänta.\nKontaktperson är Anna Svensson.\n")
        #expect(source.personalNames.names.map { source.location(ofByte: $0.offset) } == [BUSDocsKit.SourceLocation(line: 1, column: 8)])
    }
}
