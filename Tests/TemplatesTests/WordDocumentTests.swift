import BUSDocsKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
@testable import Templates

/// Word documents: golden `document.xml` per kind of document, every part well-formed, content controls
/// of the right kind, text that round-trips, and a reference document's styles taken by name.
@Suite struct WordDocumentTests {
    let source = Documents.source()
    let renderer = WordRenderer()

    func parts(_ bytes: [UInt8]) throws -> [String: String] {
        try WordPackage.textParts(of: Data(bytes))
    }

    /// Every part parses as XML (Foundation's parser, not bus-docs' writer).
    func expectWellFormed(_ parts: [String: String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(parts.count >= 10, sourceLocation: sourceLocation)
        for (name, text) in parts {
            let parser = XMLParser(data: Data(text.utf8))
            #expect(parser.parse(), "\(name): \(parser.parserError.map { "\($0)" } ?? "")", sourceLocation: sourceLocation)
        }
    }

    /// The content controls of a document.xml as "kind tag", in order.
    static func controls(in document: String) -> [String] {
        document.components(separatedBy: "<w:sdt>").dropFirst().map { control in
            let tag = control.components(separatedBy: "<w:tag w:val=\"").dropFirst().first?.components(separatedBy: "\"").first ?? "?"
            let kind = control.contains("<w14:checkbox>") ? "checkbox" : control.contains("<w:date") ? "date"
                : control.contains("<w:dropDownList>") ? "dropdown" : control.contains("<w:text") ? "text" : "other"
            return "\(kind) \(tag)"
        }
    }

    @Test func protocolGoldenAndControls() throws {
        let bytes = try renderer.groupDocument(source, group: Documents.group("individforum", in: source), date: LocalDate(iso: "2026-11-20"),
                                               noticed: LocalDate(iso: "2026-11-02"), today: Documents.today)
        let parts = try parts(bytes)
        expectWellFormed(parts)
        let document = try #require(parts["word/document.xml"])
        Snapshot.expect(document, matches: "protocol-individforum.document.xml")
        let controls = Self.controls(in: document)
        #expect(controls.prefix(4) == ["date datum", "text plats", "date uppmarksammat", "date senast"])
        // The forum names no members: its convener's row, a manager with decision mandate from each other
        // party, then one empty row to write in.
        #expect(controls.filter { $0.hasPrefix("text roll-") || $0.hasPrefix("text org-") }.count == 2)
        // Several parties may share an action: a check box per action and party, as the HTML and PDF form
        // have (`ansvarig-ÅTGÄRD-PART`), party by party, each row labelled with the party's name; no drop-down.
        let parties = source.agreement.parties
        #expect(controls.filter { $0.hasPrefix("checkbox ansvarig-") }
                == parties.indices.flatMap { party in (1...4).map { "checkbox ansvarig-\($0)-\(party + 1)" } })
        #expect(!controls.contains { $0.hasPrefix("dropdown") })
        // Present and absent on each row (one per party and one empty), consent and escalation, and the grid.
        #expect(controls.filter { $0.hasPrefix("checkbox") }.count == 2 * (parties.count + 1) + 2 + 4 * parties.count)
        #expect(!controls.contains { $0.hasPrefix("other") })
        for (index, party) in parties.enumerated() {
            #expect(document.contains("<w:alias w:val=\"Åtgärd 2: \(WordXML.escape(party.name!.value))\"/><w:tag w:val=\"ansvarig-2-\(index + 1)\"/>"))
        }
        #expect(document.contains("<w:tblCaption w:val=\"Ansvarig part: kryssa för varje åtgärd den eller de parter som ansvarar\"/>"))
        // The dates given are in their pickers.
        #expect(document.contains("<w:date w:fullDate=\"2026-11-20T00:00:00Z\"><w:dateFormat w:val=\"yyyy-MM-dd\"/><w:lid w:val=\"sv-SE\"/>"))
        #expect(document.contains("mc:Ignorable=\"w14\""))
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\""))
        let core = try #require(parts["docProps/core.xml"])
        #expect(core.contains("<dc:title>Protokoll – ") && core.contains("<dc:subject>Protokoll för BUS individforum</dc:subject>"))
        #expect(try #require(parts["docProps/custom.xml"]).contains("name=\"Område\"><vt:lpwstr>\(WordXML.escape(source.agreement.area!.value))</vt:lpwstr>"))
        #expect(try #require(parts["word/styles.xml"]).contains("<w:lang w:val=\"sv-SE\""))
    }

    /// Printed, every Word document numbers its pages ("Sida 1 av 3", PAGE and NUMPAGES in a footer on
    /// every page) and names itself in a header from page 2 (the first page has its heading).
    @Test func everyWordDocumentNumbersItsPagesAndNamesItselfFromPage2() throws {
        let (report, ruleSets) = try ReportRenderingTests.exampleReport()
        let documents: [(String, [UInt8])] = [
            ("Protokoll – ", try renderer.groupDocument(source, group: Documents.group("individforum", in: source), date: nil, noticed: nil, today: Documents.today)),
            ("Dagordning och minnesanteckningar – ", try renderer.groupDocument(source, group: Documents.group("styrgrupp", in: source), date: nil, noticed: nil, today: Documents.today)),
            ("Avvikelseblankett", try renderer.deviationForm(source)),
            ("", try renderer.agreement(source)),
            ("Uppföljning", try renderer.followUpReport(report, ruleSets: ruleSets)),
        ]
        for (title, bytes) in documents {
            let parts = try parts(bytes)
            expectWellFormed(parts)
            let document = try #require(parts["word/document.xml"])
            #expect(document.contains("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
                + "<w:footerReference w:type=\"first\" r:id=\"rIdFirstFooter\"/>"), "\(title)")
            #expect(document.contains("<w:titlePg/></w:sectPr>"), "\(title)")
            let relations = try #require(parts["word/_rels/document.xml.rels"])
            #expect(relations.contains("Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\""))
            #expect(relations.contains("Id=\"rIdFirstFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer2.xml\""))
            let types = try #require(parts["[Content_Types].xml"])
            #expect(types.contains("<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"))
            // The header says the document's title, as its properties do.
            let core = try #require(parts["docProps/core.xml"])
            let named = try #require(core.components(separatedBy: "<dc:title>").dropFirst().first?.components(separatedBy: "</dc:title>").first)
            #expect(named.hasPrefix(WordXML.escape(title)), "\(named)")
            let header = try #require(parts["word/header1.xml"])
            #expect(header.contains("<w:t xml:space=\"preserve\">\(named)</w:t>"), "\(header)")
            for footer in ["word/footer1.xml", "word/footer2.xml"] {
                let text = try #require(parts[footer])
                #expect(text.contains("<w:t xml:space=\"preserve\">Sida </w:t>") && text.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")
                    && text.contains("<w:t xml:space=\"preserve\"> av </w:t>") && text.contains("<w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText>"), "\(text)")
            }
        }
    }

    @Test func agendaGoldenAndControls() throws {
        let bytes = try renderer.groupDocument(source, group: Documents.group("styrgrupp", in: source), date: LocalDate(iso: "2027-02-10"), noticed: nil, today: Documents.today)
        let parts = try parts(bytes)
        expectWellFormed(parts)
        let document = try #require(parts["word/document.xml"])
        Snapshot.expect(document, matches: "agenda-styrgrupp.document.xml")
        let controls = Self.controls(in: document)
        #expect(controls.first == "date datum")
        #expect(controls.filter { $0.hasPrefix("text anteckning-") }.count == document.components(separatedBy: "<w:pStyle w:val=\"Heading2\"/>").count - 1)
    }

    @Test func deviationFormGoldenAndControls() throws {
        let parts = try parts(try renderer.deviationForm(source))
        expectWellFormed(parts)
        let document = try #require(parts["word/document.xml"])
        Snapshot.expect(document, matches: "avvikelseblankett.document.xml")
        let controls = Self.controls(in: document)
        // A check box per party, for who reports and whom the deviation concerns, as the HTML and PDF form
        // (several may be ticked), each named by its question and its party as the PDF's boxes are.
        let parties = source.agreement.parties.indices.map { $0 + 1 }
        #expect(Array(controls.prefix(parties.count + 5)) == parties.map { "checkbox rapporterande-part-\($0)" }
                + ["text namn", "text roll", "text telefon", "text epost", "date datum"])
        #expect(controls.filter { $0.contains("-part") } == parties.map { "checkbox rapporterande-part-\($0)" } + parties.map { "checkbox berord-part-\($0)" })
        #expect(!document.contains("<w:tag w:val=\"berord-part\"/>") && !document.contains("Kryssa i ett av parterna"))
        let party = try #require(source.agreement.parties.first?.name?.value)
        #expect(document.contains("<w:alias w:val=\"Avvikelsen gäller part: \(WordXML.escape(party))\"/><w:tag w:val=\"berord-part-1\"/>"))
        #expect(document.contains("<w:alias w:val=\"Rapporteras av, part: \(WordXML.escape(party))\"/><w:tag w:val=\"rapporterande-part-1\"/>"))
        // Whether the question is of a principal nature is one answer, as the PDF's radio field: one
        // drop-down `principiell` recording ja or nej, its two answers written out for paper.
        #expect(controls.filter { $0.contains("principiell") } == ["dropdown principiell"])
        let receiver = try #require(source.agreement.deviations?.receiver?.value)
        let named = Wording.definiteBody(receiver)
        #expect(document.contains("<w:dropDownList><w:listItem w:displayText=\"Ja – skickas till \(named)\" w:value=\"ja\"/>"
            + "<w:listItem w:displayText=\"Nej – hanteras lokalt\" w:value=\"nej\"/></w:dropDownList>"))
        // The answers to choose among are the drop-down's placeholder (shown while none is chosen, and
        // replaced by the answer once one is), not a paragraph of their own that a filled form still prints.
        #expect(document.contains("<w:sdtContent><w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr>"
            + "<w:t xml:space=\"preserve\">Kryssa i ett av svaren: \u{2610} Ja – skickas till \(named)   \u{2610} Nej – hanteras lokalt</w:t></w:r></w:sdtContent></w:sdt></w:p>"))
        #expect(!document.contains("<w:p><w:r><w:t xml:space=\"preserve\">Kryssa i ett av"))
        #expect(controls.contains("checkbox steg-1"))
    }

    /// The signing is one block on paper: from the "Justering" heading to its last line every paragraph
    /// keeps with the next, so a page never ends between the heading, the names and the lines to sign on.
    @Test func theSigningIsKeptTogether() throws {
        let forum = try renderer.groupDocument(source, group: Documents.group("individforum", in: source), date: nil, noticed: nil, today: Documents.today)
        let agenda = try renderer.groupDocument(source, group: Documents.group("styrgrupp", in: source), date: nil, noticed: nil, today: Documents.today)
        for (bytes, last) in [(forum, "Underskrift justerare"), (agenda, "Underskrift justerare")] {
            let document = try #require(try parts(bytes)["word/document.xml"])
            let signing = try #require(document.components(separatedBy: ">Justering</w:t>").last)
            let paragraphs = signing.components(separatedBy: "<w:p>").dropFirst()
            let end = try #require(paragraphs.firstIndex { $0.contains(">\(last)</w:t>") })
            #expect(!paragraphs[..<end].isEmpty && paragraphs[..<end].allSatisfy { $0.contains("<w:keepNext/>") }, "\(last)")
            #expect(document.components(separatedBy: ">Justering</w:t>").first?.hasSuffix("<w:keepNext/><w:keepLines/></w:pPr><w:r><w:t xml:space=\"preserve\"") == true)
        }
    }

    @Test func agreementEndsInASignaturePage() throws {
        let parts = try parts(try renderer.agreement(source))
        expectWellFormed(parts)
        let document = try #require(parts["word/document.xml"])
        Snapshot.expect(document, matches: "agreement.document.xml")
        let signatures = try #require(document.components(separatedBy: "<w:pageBreakBefore/>").last)
        let controls = Self.controls(in: signatures)
        #expect(controls.count == 3 * source.agreement.signatories.count)
        for number in 1...source.agreement.signatories.count {
            #expect(controls.contains("text ort-\(number)") && controls.contains("date datum-\(number)") && controls.contains("text namn-\(number)"))
        }
        #expect(signatures.components(separatedBy: "<w:pBdr><w:top ").count - 1 == source.agreement.signatories.count)
        // The body's Markdown is there, its headings one level under the document's own.
        #expect(document.contains("<w:pStyle w:val=\"Heading2\"/><w:keepNext/><w:keepLines/></w:pPr><w:r><w:t xml:space=\"preserve\">"))
    }

    @Test func sameInputGivesTheSameBytes() throws {
        #expect(try renderer.agreement(source) == renderer.agreement(Documents.source()))
    }

    @Test func partyNamesRoundTrip() throws {
        let text = Documents.validText.replacingOccurrences(of: "namn: Teststads socialförvaltning", with: "namn: \"A & B <x> \\\"citat\\\" \\a\"")
        #expect(text != Documents.validText)
        let hostile = Documents.source(text)
        let parts = try parts(try renderer.deviationForm(hostile))
        expectWellFormed(parts)
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains("<w:alias w:val=\"Avvikelsen gäller part: A &amp; B &lt;x&gt; &quot;citat&quot; \"/>"))
        #expect(document.contains("<w:t xml:space=\"preserve\"> A &amp; B &lt;x&gt; &quot;citat&quot; </w:t>"))
        // Read back by an XML parser, the name is as written (the bell character, which XML cannot hold, left out).
        final class Items: NSObject, XMLParserDelegate {
            var names: [String] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if name == "w:alias", let text = attributes["w:val"] { names.append(text) }
            }
        }
        let items = Items()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = items
        #expect(parser.parse())
        #expect(items.names.contains("Rapporteras av, part: A & B <x> \"citat\" "))
    }

    @Test func markdownBlocksKeepListsQuotesAndEmphasis() {
        let blocks = CommonMarkConverter.blocks(from: "# Rubrik {#id}\n\nText med **fet** och *kursiv*.\n\n1. ett\n2. två\n   - under\n\n> citat\n", headingOffset: 1)
        #expect(blocks.first?.kind == .heading(level: 2))
        #expect(blocks.first?.spans.map(\.text) == ["Rubrik"])
        #expect(blocks[1].spans.map(\.strong) == [false, true, false, false, false])
        #expect(blocks[2].list?.ordered == true && blocks[2].list?.opensItem == true && blocks[2].list?.start == 1)
        #expect(blocks[4].list?.ordered == false && blocks[4].list?.level == 1)
        #expect(blocks[5].quoteDepth == 1)
        let links = CommonMarkConverter.blocks(from: "Se [regionens sida](https://www.regionstockholm.se/bus) och [bilagan](bilagor/a.pdf).")
        #expect(links.first?.spans.map(\.text).joined() == "Se regionens sida (https://www.regionstockholm.se/bus) och bilagan.")
        var body = WordBody()
        body.markdown(blocks)
        #expect(body.numberedLists == [2: 1])
        #expect(body.xml.contains("<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>"))
    }

    @Test func aReferenceDocumentsStylesAreTakenByName() throws {
        // A Swedish Word names its styles in Swedish: "heading 1" is Rubrik1, and it has no Table Grid.
        let swedish = WordStyles.header + #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
            + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="C00000"/></w:rPr></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/></w:style></w:styles>"#
        let merged = WordStyles.merge(reference: swedish)
        #expect(merged.ids["Heading1"] == "Rubrik1" && merged.ids["Title"] == "Rubrik" && merged.ids["Normal"] == "Normal")
        #expect(merged.part.contains("w:styleId=\"TableGrid\"") && merged.part.contains("w:styleId=\"Heading2\""))
        #expect(!merged.part.contains("w:styleId=\"Heading1\""))
        let (body, title, subject) = renderer.deviationFormBody(DeviationFormView(source))
        let package = WordPackage(body: body, properties: .init(title: title, subject: subject, area: nil), reference: WordReference(styles: swedish, theme: nil))
        let document = package.documentPart
        #expect(document.contains("<w:pStyle w:val=\"Rubrik1\"/>") && document.contains("<w:pStyle w:val=\"Rubrik\"/>"))
        #expect(!document.contains("<w:pStyle w:val=\"Heading1\"/>"))
        let parser = XMLParser(data: Data(package.stylesPart.part.utf8))
        #expect(parser.parse())
    }

    @Test func aFileThatIsNoWordDocumentIsRefusedByName() throws {
        let folder = Scratch.url("bus-docs-word")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("mall.docx")
        try "inte en zip".write(to: text, atomically: true, encoding: .utf8)
        #expect(throws: WordError.unreadableReference(path: text.path, problem: .notZip)) { try WordReference.load(text.path) }
        #expect(throws: WordError.unreadableReference(path: folder.path + "/saknas.docx", problem: .missing)) { try WordReference.load(folder.path + "/saknas.docx") }
        // One of bus-docs' own documents is a reference document too.
        let own = folder.appendingPathComponent("egen.docx")
        try Data(try renderer.deviationForm(source)).write(to: own)
        #expect(try WordReference.load(own.path).styles.contains("w:styleId=\"TableGrid\""))
    }
}
