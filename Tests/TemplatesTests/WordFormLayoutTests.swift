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

    /// A longer free-text answer is a box: a paragraph with a border all round that is not split over two
    /// pages, its content control's placeholder as many lines as the PDF's box is tall (no-break spaces,
    /// which print as nothing), no ruled line in it; what it is for on the line above, kept with it. A
    /// chair printing the Word form has room to write by hand; on screen the box is the field to type in.
    @Test func longerAnswersAreBoxesToWriteIn() throws {
        let forum = document(source, group: "individforum")
        let agenda = document(source, group: "styrgrupp")
        let form = deviationForm(source)
        let border = "<w:pBdr>" + ["top", "left", "bottom", "right"].map { "<w:\($0) w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\"auto\"/>" }.joined() + "</w:pBdr>"
        // The agenda's notes: their label in small type on the box's first line, under the item's heading.
        let boxes: [(String, String, Int?, String?)] = [
            (forum, "anledning", 4, nil), (forum, "arendet", 7, nil), (form, "beskrivning", 7, nil), (form, "vem-tar-emot", nil, nil),
            (form, "resultat", nil, nil), (agenda, "anteckning-1", 2, "Anteckningar, punkt 1"), (agenda, "anteckning-2", 2, "Anteckningar, punkt 2"),
        ]
        for (document, tag, lines, inside) in boxes {
            let (box, before) = try #require(Self.paragraph(holding: tag, in: document), "\(tag)")
            #expect(box.hasPrefix("<w:p><w:pPr>") && box.contains("<w:keepLines/>" + border), "\(tag): \(box)")
            #expect(box.contains("<w:tag w:val=\"\(tag)\"/><w:id w:val=") && box.contains("<w:text w:multiLine=\"1\"/>"), "\(tag)")
            #expect(!box.contains("___"), "\(tag): no line to write on in the box")
            #expect(Self.table(holding: tag, in: document) == nil, "\(tag)")
            if let lines {
                #expect(box.contains("<w:showingPlcHdr/>") && box.components(separatedBy: "<w:br/>").count == lines + (inside == nil ? 0 : 1), "\(tag): \(lines) lines")
                #expect(box.components(separatedBy: String(repeating: "\u{00A0}", count: 60)).count == lines + 1, "\(tag)")
            }
            // What the box is for, on the line above it (kept with it) or in it; the paragraph after it has no
            // border, so the box is not drawn as one with it.
            #expect(Self.paragraphProperties(before).last?.contains("<w:keepNext/>") == true, "\(tag)")
            if let inside {
                #expect(box.contains("<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\">\(inside)</w:t><w:br/></w:r><w:sdt>"), "\(tag): \(box)")
            }
            let after = try #require(document.components(separatedBy: box).last)
            #expect(!(Self.paragraphProperties(after).first ?? "").contains("<w:pBdr>"), "\(tag)")
        }
        // The agreement's routine is in its box as the answer already given.
        let (recipient, _) = try #require(Self.paragraph(holding: "vem-tar-emot", in: form))
        #expect(recipient.contains(WordXML.escape(DeviationFormView(source).recipient)) && !recipient.contains("<w:showingPlcHdr/>"))
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

    /// The agenda's signing keeps with its last item (its heading, its notes' box): printed, "Justering"
    /// is never alone on the last page.
    @Test func theAgendasSigningKeepsWithItsLastItem() throws {
        for (source, group) in [(source, "styrgrupp"), (try Self.example("nacka-2023"), "styrgrupp"), (try Self.example("rinkeby-kista-spanga-tensta-2017"), "arbetsgrupp")] {
            let agenda = document(source, group: group)
            let lastItem = try #require(agenda.components(separatedBy: "<w:pStyle w:val=\"Heading2\"/>").last)
            let untilSigning = try #require(lastItem.components(separatedBy: ">Justering</w:t>").first)
            let properties = Self.paragraphProperties("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/>" + untilSigning)
            #expect(properties.count >= 2 && properties.allSatisfy { $0.contains("<w:keepNext/>") }, "\(group): \(untilSigning)")
        }
    }

    /// Who reports a deviation, and how to reach them: one set of fields under "Rapporteras av" — the party,
    /// name, role, telephone and e-mail, and the date — in Word, HTML (and so the PDF) and Markdown.
    @Test func theDeviationFormAsksWhoReportsAndHowToReachThem() throws {
        let word = deviationForm(source)
        let controls = WordDocumentTests.controls(in: word)
        let parties = source.agreement.parties.indices.map { "checkbox rapporterande-part-\($0 + 1)" }
        #expect(Array(controls.prefix(parties.count + 5)) == parties + ["text namn", "text roll", "text telefon", "text epost", "date datum"])
        for label in ["Namn", "Roll", "Telefon", "E-post"] {
            #expect(word.contains("<w:r><w:t xml:space=\"preserve\">\(label): </w:t></w:r><w:sdt><w:sdtPr><w:alias w:val=\"\(label)\"/>"), "\(label)")
        }
        let html = try Documents.renderer.deviationForm(source)
        let reporter = try #require(html.components(separatedBy: "<legend>Rapporteras av</legend>").dropFirst().first?.components(separatedBy: "<legend>Avvikelsen</legend>").first)
        for (id, label) in [("namn", "Namn"), ("roll", "Roll"), ("telefon", "Telefon"), ("epost", "E-post"), ("datum", "Datum")] {
            #expect(reporter.contains("<label for=\"\(id)\">\(label)</label><input type=\"text\""), "\(id)")
        }
        #expect(reporter.contains("inputmode=\"tel\" id=\"telefon\"") && reporter.contains("inputmode=\"email\" id=\"epost\""))
        #expect(html.components(separatedBy: "Rapporteras av").count == 2 && !html.contains("Vem rapporterar"))
        let markdown = try Documents.renderer.deviationForm(source, format: .md)
        #expect(markdown.contains("- Namn: ____________\n- Roll: ____________\n- Telefon: ____________\n- E-post: ____________\n- Datum: ____________\n"), "\(markdown)")
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
