import BUSDocsKit
import Testing

@Suite struct BUS018PersonalIdentityNumbersTests {
    @Test func datesAndOtherNumbersPass() {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Dnr 2017-01-01, tel 08-123 456 78, 0701234567, 1234567890123, 201713011234.")
        assertFindings(in: text, [])
    }

    @Test(arguments: ["121212-1212", "1212121212", "19121212-1212", "191212121212", "121212+1212", "701063-2391"])
    func personalIdentityNumberIsAnErrorAtItsFirstDigit(number: String) {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnet (1️⃣\(number)) gäller.")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS018", "a personal identity number (personnummer or samordningsnummer) is on line 83"),
        ])
        #expect(found.allSatisfy { !$0.message.sv.contains(number) && !$0.message.en.contains(number) })
    }

    @Test func impossibleDatePasses() {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "121312-1212 och 121232-1212 och 19121312-1212.")
        assertFindings(in: text, [])
    }

    /// A mistyped number is still personal data: the same error as one that checks, and masked like the others.
    @Test(arguments: ["121212-1213", "19121212-1213", "201701011234", "20150312-2384"])
    func wrongCheckDigitIsAnError(number: String) {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnet (1️⃣\(number)) gäller.")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS018", "what looks like a personal identity number with a wrong check digit is on line 83"),
        ])
    }

    /// The reviewer's line: a mistyped number in a sentence about a case is an error (the agreement is
    /// withheld), and so is one with a separator anywhere; twelve digits in a row with a wrong check digit
    /// in no sentence about a child are a warning: as likely a time stamp.
    @Test func aMistypedNumberIsAWarningOnlyAsTwelveDigitsOutsideACase() {
        let inCase = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Exempel: ärendet gällande född 1️⃣20150312-2383, lyftes 2025 i individforum.")
        let found = assertFindings(in: inCase, [
            ExpectedFinding("1️⃣", "BUS018", "what looks like a personal identity number with a wrong check digit is on line 83"),
        ])
        #expect(found.map(\.severity) == [.error])
        let dashed = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Se 1️⃣20150312-2383.")
        #expect(assertFindings(in: dashed, [
            ExpectedFinding("1️⃣", "BUS018", "what looks like a personal identity number with a wrong check digit is on line 83"),
        ]).map(\.severity) == [.error])
        let bare = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Loggen 1️⃣201701011234 sparas.")
        assertFindings(in: bare, [
            ExpectedFinding("1️⃣", "BUS018", "what looks like a personal identity number with a wrong check digit is on line 83", .warning),
        ])
    }

    /// One finding a line, at the line's first number: a file full of numbers is no flood.
    @Test func oneFindingPerLine() {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "1️⃣121212-1213, 121212-1212, 121212-1212.\n\n2️⃣121212-1213 och 121212-1213.\n\nLoggen 201701011234 och 3️⃣121212-1212.")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS018", "what looks like a personal identity number with a wrong check digit is on line 83"),
            ExpectedFinding("2️⃣", "BUS018", "what looks like a personal identity number with a wrong check digit is on line 85"),
            ExpectedFinding("3️⃣", "BUS018", "a personal identity number (personnummer or samordningsnummer) is on line 87"),
        ])
        #expect(found.map(\.severity) == [.error, .error, .error])
    }

    /// A number whose last four digits someone masked already still shows the date of birth: the text
    /// every output quotes masks its date part too, with the separator and the length kept.
    @Test func anAlreadyMaskedNumberIsMaskedWhole() {
        let source = SourceFile(path: "a.md", text: "Flickan 20150312-****, pojken 121212-XXXX och 150312\u{2013}**** väntade.\n")
        #expect(source.text == "Flickan ********-****, pojken ******-**** och ******\u{2013}**** väntade.\n")
        #expect(source.personalNumbers.map(\.isMasked) == [true, true, true])
    }

    @Test func theSourceTextIsMaskedAndTheNumbersKept() {
        let source = SourceFile(path: "a.md", text: "a: 19121212-1212\nb 121212+1213 och 1212121212.\n")
        // Every digit: the date part is a child's date of birth.
        #expect(source.text == "a: ********-****\nb ******+**** och **********.\n")
        #expect(source.lines[0] == "a: ********-****")
        #expect(source.personalNumbers.map(\.hasValidCheckDigit) == [true, false, true])
        #expect(source.personalNumbers.map { source.location(ofByte: $0.offset) } == [BUSDocsKit.SourceLocation(line: 1, column: 4), BUSDocsKit.SourceLocation(line: 2, column: 3), BUSDocsKit.SourceLocation(line: 2, column: 19)])
    }

    @Test func numbersInTheFrontMatterCountToo() {
        assertFindings(in: Fixture.valid.replacing("område: Testområdet", with: "område: Testområdet 1️⃣121212-1212"), [
            ExpectedFinding("1️⃣", "BUS018", "a personal identity number (personnummer or samordningsnummer) is on line 5"),
        ])
    }

    /// Word makes an en dash of a hyphen, and people write a space or a spaced dash: each is found, and
    /// masked, as the hyphen is.
    @Test(arguments: ["150312 2382", "20150312 2382", "20150312\u{2013}2382", "150312\u{2013}2382", "20150312 - 2382", "20150312\u{2014}2382",
                      "20150312 \u{2013} 2382", "150312\u{00A0}2382", "150312\u{2212}2382"])
    func otherSeparatorsAreFoundToo(number: String) {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnet (1️⃣\(number)) gäller.")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS018", "a personal identity number (personnummer or samordningsnummer) is on line 83"),
        ])
        let source = SourceFile(path: "a.md", text: "a \(number).\n")
        // Every digit, the separator as it was.
        let masked = String(number.map { $0.isASCII && $0.isNumber ? "*" : $0 })
        #expect(source.text == "a \(masked).\n" && masked.hasSuffix("****") && !masked.contains("1"))
    }

    /// With a dash a mistyped number is one still; with a space only a number that checks counts: a date
    /// followed by a time or a phone number written in two parts is no personal data.
    @Test func aSpaceNeedsAValidCheckDigit() {
        let dashed = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnet (1️⃣150312\u{2013}2383) gäller.")
        assertFindings(in: dashed, [
            ExpectedFinding("1️⃣", "BUS018", "what looks like a personal identity number with a wrong check digit is on line 83"),
        ])
        let spaced = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Mötet 20250101 1200, tel 070123 4567, 150312 2383, 150312 - 2383, 2015 03 12 2382.")
        assertFindings(in: spaced, [])
    }

    /// A number with its last four digits masked still gives a child's date of birth: an error until it
    /// is taken out, so that an imported draft that kept one is not published.
    @Test(arguments: ["20150312-****", "150312 ****", "121212-XXXX", "20150312****", "701063\u{2013}****"])
    func aMaskedNumberIsAnError(number: String) {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Flickan 1️⃣\(number) gäller.")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS018", "a masked personal identity number is on line 83: the date of birth still shows"),
        ])
    }

    @Test func starsAfterOtherNumbersPass() {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Betyg 2017-01-01 ****, 121312-****, 121212-*****, 121212-XXXXL.")
        assertFindings(in: text, [])
    }
}
