import BUSDocsKit
import Foundation
import Testing
import TestSupport
@testable import Templates

/// The Word forms as a chair prints them: a box to write each longer answer in, short tables kept on one
/// page, an attendance table whose words are not broken inside, an agenda whose signing keeps with its last
/// item, and a deviation form that says who reports and how to reach them. `scripts/word-test.sh` checks
/// the same documents printed through LibreOffice.
@Suite struct WordFormLayoutTests {
    let source = Documents.source()
    let renderer = WordRenderer()

    /// One of the example agreements in Agreements/.
    static func example(_ name: String) throws -> DocumentSource {
        let url = TestPaths.packageRoot().appendingPathComponent("Agreements/\(name).md")
        return Documents.source(try String(contentsOf: url, encoding: .utf8), slug: name)
    }

    func document(_ source: DocumentSource, group: String) -> String {
        let body = renderer.groupDocumentBody(source, group: Documents.group(group, in: source), date: nil, noticed: nil, today: Documents.today).body
        return WordPackage(body: body, properties: .init(title: "Dokument", subject: "Dokument", area: nil)).documentPart
    }

    func deviationForm(_ source: DocumentSource) -> String {
        WordPackage(body: renderer.deviationFormBody(DeviationFormView(source)).body, properties: .init(title: "Avvikelseblankett", subject: "Avvikelseblankett", area: nil)).documentPart
    }

    /// The table (from `<w:tbl>` to `</w:tbl>`) that holds the control tagged `tag`; nil when it is in none.
    static func table(holding tag: String, in document: String) -> String? {
        guard let at = document.range(of: "<w:tag w:val=\"\(tag)\"/>"),
              let start = document[..<at.lowerBound].range(of: "<w:tbl>", options: .backwards),
              let end = document[start.lowerBound...].range(of: "</w:tbl>"), end.lowerBound > at.lowerBound else { return nil }
        return String(document[start.lowerBound..<end.upperBound])
    }

    /// The paragraph (from `<w:p>` to `</w:p>`) that holds the control tagged `tag`, and what comes before it.
    static func paragraph(holding tag: String, in document: String) -> (paragraph: String, before: String)? {
        guard let at = document.range(of: "<w:tag w:val=\"\(tag)\"/>"),
              let start = document[..<at.lowerBound].range(of: "<w:p>", options: .backwards),
              let end = document[at.upperBound...].range(of: "</w:p>") else { return nil }
        return (String(document[start.lowerBound..<end.upperBound]), String(document[..<start.lowerBound]))
    }

    /// The table whose caption is `caption`, from `<w:tbl>` to `</w:tbl>`.
    static func table(captioned caption: String, in document: String) -> String? {
        guard let at = document.range(of: "<w:tblCaption w:val=\"\(WordXML.escape(caption))\"/>"),
              let start = document[..<at.lowerBound].range(of: "<w:tbl>", options: .backwards),
              let end = document[at.upperBound...].range(of: "</w:tbl>") else { return nil }
        return String(document[start.lowerBound..<end.upperBound])
    }

    /// Each paragraph's properties in a piece of document.xml ("" for a paragraph without any).
    static func paragraphProperties(_ xml: some StringProtocol) -> [String] {
        xml.components(separatedBy: "<w:p>").dropFirst().map { paragraph in
            paragraph.hasPrefix("<w:pPr>") ? paragraph.components(separatedBy: "</w:pPr>")[0] : ""
        }
    }

    /// The protocol's two short tables (the actions and the grid of responsible parties) stay on one page:
    /// no row splits, the head repeats, and every paragraph of every row but the last keeps with the next.
    @Test func theProtocolsShortTablesAreKeptOnOnePage() throws {
        for source in [source, try Self.example("rinkeby-kista-spanga-tensta-2017")] {
            let forum = document(source, group: "individforum")
            for caption in ["Ansvarig part: kryssa för varje åtgärd den eller de parter som ansvarar", "Beslutade åtgärder"] {
                let table = try #require(Self.table(captioned: caption, in: forum), "\(caption)")
                let rows = table.components(separatedBy: "<w:tr>").dropFirst()
                #expect(rows.count >= 3 && rows.allSatisfy { $0.hasPrefix("<w:trPr><w:cantSplit/>") }, "\(caption)")
                #expect(rows.first?.hasPrefix("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>") == true, "\(caption)")
                for row in rows.dropLast() {
                    let properties = Self.paragraphProperties(row)
                    #expect(!properties.isEmpty && properties.allSatisfy { $0.contains("<w:keepNext/>") }, "\(caption): \(row)")
                }
                #expect(Self.paragraphProperties(rows.last!).allSatisfy { !$0.contains("<w:keepNext/>") }, "\(caption): the last row keeps with nothing")
            }
        }
    }

    @Test func keepingWithNextPutsTheElementInItsPlace() {
        #expect(WordXML.keepingWithNext("<w:p><w:r><w:t>a</w:t></w:r></w:p>") == "<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>")
        #expect(WordXML.keepingWithNext("") == "<w:p><w:pPr><w:keepNext/></w:pPr></w:p>")
        #expect(WordXML.keepingWithNext("<w:p/><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr></w:p>")
                == "<w:p><w:pPr><w:keepNext/></w:pPr></w:p><w:p><w:pPr><w:keepNext/><w:jc w:val=\"right\"/></w:pPr></w:p>")
        // After the style, as the schema orders a paragraph's properties; once.
        #expect(WordXML.keepingWithNext("<w:p><w:pPr><w:pStyle w:val=\"Caption\"/><w:spacing w:after=\"0\"/></w:pPr></w:p>")
                == "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/><w:keepNext/><w:spacing w:after=\"0\"/></w:pPr></w:p>")
        #expect(WordXML.keepingWithNext("<w:p><w:pPr><w:keepNext/><w:keepLines/></w:pPr></w:p>") == "<w:p><w:pPr><w:keepNext/><w:keepLines/></w:pPr></w:p>")
    }

    /// The attendance table's columns are as wide as their longest word needs as LibreOffice prints them
    /// ("Utbildningsförvaltningen," in Rinkeby-Kista, "Verksamhetschef" in Nacka): no word breaks inside.
    @Test func noWordOfTheAttendanceTableIsBrokenInside() throws {
        let rinkeby = try Self.example("rinkeby-kista-spanga-tensta-2017")
        let nacka = try Self.example("nacka-2023")
        let documents = [
            document(rinkeby, group: "individforum"), document(rinkeby, group: "styrgrupp"), document(rinkeby, group: "arbetsgrupp"),
            document(nacka, group: "individforum"), document(nacka, group: "styrgrupp"), document(source, group: "styrgrupp"),
        ]
        #expect(documents[0].contains("Utbildningsförvaltningen,"))
        for document in documents {
            let tables = ReportWordTableTests.tables(in: document).filter { $0.caption.hasPrefix("Ledamöter") }
            #expect(tables.count == 1)
            #expect(ReportWordTableTests.tooNarrow(tables) == [])
            for table in tables {
                #expect(table.columns.reduce(0, +) == WordXML.textWidth)
                // Legible: the cells at 9 pt or more, the heads at 7 pt or more.
                #expect(table.rows.joined().allSatisfy { $0.points >= 7 } && table.rows.dropFirst().joined().allSatisfy { $0.points >= 9 })
            }
        }
    }

    /// The substitute the agreement names is printed as such, with a line for the name of whoever comes in
    /// the member's place — not a role in the field where the name is to be written.
    @Test func theAttendanceTableHasALineForTheSubstitutesName() throws {
        let agenda = document(source, group: "styrgrupp")
        let substitute = try #require(Self.table(holding: "ersattare-1", in: agenda))
        let cell = try #require(substitute.components(separatedBy: "<w:tc>").dropFirst().first { $0.contains("<w:tag w:val=\"ersattare-1\"/>") })
        #expect(cell.contains("<w:t xml:space=\"preserve\">Enhetschef</w:t></w:r></w:p><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:sdt>"), "\(cell)")
        #expect(cell.contains("<w:showingPlcHdr/>") && cell.contains(">__________</w:t>"), "\(cell)")
        let markdown = try Documents.renderer.groupDocument(source, group: Documents.group("styrgrupp", in: source), date: nil, noticed: nil,
                                                            today: Documents.today, format: .md)
        #expect(!markdown.contains("skriv ersättaren efter kolon"))
        #expect(markdown.contains("Kommer en ersättare i ledamotens ställe: skriv ersättarens namn efter ”ersättare:”."))
        #expect(markdown.contains("— ersättare: ____________ (enligt överenskommelsen: Enhetschef)\n"), "\(markdown)")
    }
}
