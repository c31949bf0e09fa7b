import BUSDocsKit
import Testing

/// An attachment's file (`fil:` under `bilagor:`) is published with the agreement under its name: a
/// child's name in the file name is personal data as in the text (BUS018), one error at the name, which
/// is masked wherever the file name is shown.
@Suite struct BUS018AttachmentNamesTests {
    static let entry = "  - { titel: Arbetsform för BUS individforum, fil: bilagor/individforum.md }"
    static let message = "a name is in an attachment's file name on line 78"
    static let hint = "Rename the file and write its new name in fil: – the attachment is published with the agreement under its file name, and a file name must not hold personal data either."

    /// A first name and a surname, a year or a date, however the file is named and the entry written.
    @Test(arguments: [
        "  - { titel: Kartläggning, fil: bilagor/kartlaggning-1️⃣wilma-johansson-2016.pdf }",
        "  - { titel: Intyg, fil: \"bilagor/Intyg 1️⃣Hugo Lindqvist.docx\" }",
        "  - { titel: Utredning, fil: bilagor/Utredning%201️⃣Omar%202015.pdf }",
        "  - { titel: Beslut, fil: bilagor/beslut_1️⃣MAJA_BERG_140312.pdf }",
    ])
    func aNameInAFileNameIsAnError(entry: String) {
        let found = assertFindings(in: Fixture.valid.replacing(Self.entry, with: entry), [ExpectedFinding("1️⃣", "BUS018", Self.message)])
        #expect(found.map(\.hint?.en) == [Self.hint])
        #expect(found.map(\.message.sv) == ["ett namn står i en bilagas filnamn på rad 78"])
        #expect(found.map(\.hint?.sv) == ["Byt namn på filen och skriv det nya namnet i fil: – bilagan publiceras med överenskommelsen under sitt filnamn, och ett filnamn får inte heller innehålla personuppgifter."])
    }

    /// A block entry: the finding is on the `fil:` line.
    @Test func aBlockEntryIsFoundOnItsLine() {
        let text = Fixture.valid.replacing(Self.entry, with: "  - titel: Läkarintyg\n    fil: bilagor/intyg-1️⃣ebba-2017.pdf")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS018", "a name is in an attachment's file name on line 79")])
    }

    /// File names without a name, and first names that are words a file is named with.
    @Test(arguments: [
        "  - { titel: Rutin, fil: bilagor/rutin-per-skola-2024.pdf }",
        "  - { titel: Bilaga 2, fil: \"bilagor/Bilaga 2 Samverkansrutin.pdf\" }",
        "  - { titel: SIP-mall, fil: bilagor/sip-mall-anna.docx }",
        "  - { titel: Statistik, fil: bilagor/statistik-jan-2025.xlsx }",
        "  - { titel: Elevhälsan, fil: bilagor/elevhalsa-skolan-2025.pdf }",
    ])
    func otherFileNamesPass(entry: String) {
        assertFindings(in: Fixture.valid.replacing(Self.entry, with: entry), [])
    }

    /// The name is masked in the text, and so in the agreement read from it and in every line quoted.
    @Test func theNameIsMaskedInTheSourceText() {
        let source = SourceFile(path: "a.md", text: "---\nbilagor:\n  - { titel: Intyg, fil: bilagor/intyg-elias-andersson-2014.pdf }\n---\nText.\n")
        #expect(source.text == "---\nbilagor:\n  - { titel: Intyg, fil: bilagor/intyg-***************-2014.pdf }\n---\nText.\n")
        #expect(source.attachmentNames.map { source.location(ofByte: $0.offset) } == [BUSDocsKit.SourceLocation(line: 3, column: 40)])
        // Only the front matter's `fil:` entries are file names.
        #expect(SourceFile(path: "a.md", text: "Text om fil: elias-andersson-2014.pdf\n").attachmentNames.isEmpty)
    }
}
