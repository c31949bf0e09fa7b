import BUSDocsKit
import Foundation
import Testing

/// `import` of an agreement bus-docs itself wrote as Word or PDF, the way a neighbour's agreement usually
/// travels: the draft's body is the agreement's text only, at its own heading levels, and the parts made
/// from the front matter (status, parties, organisation, routines, attachments, the page to sign) are
/// read into the front matter, never kept as text. And a Word content control showing its placeholder is
/// no text in any Word file.
@Suite(.serialized) struct ImportOwnDocumentTests {
    /// A body as its blocks, each its kind (heading level, list kind and depth) and its text: what a reader
    /// sees, without the `{#id}` of headings or the emphasis.
    /// The blocks a document prints of a body: a `#` heading opening the text names the document, whose
    /// title the document already has, so it is not printed again (and cannot come back).
    static func printed(_ blocks: [String]) -> [String] {
        blocks.first?.hasPrefix("h1: Lokal BUS-överenskommelse") == true ? Array(blocks.dropFirst()) : blocks
    }

    static func blocks(_ markdown: String, headingsAbove depth: Int = 6) -> [String] {
        CommonMarkConverter.blocks(from: markdown).map { block in
            var kind: String
            switch block.kind {
            case .heading(let level): kind = level <= depth ? "h\(level)" : "p"
            case .paragraph: kind = "p"
            case .code: kind = "code"
            case .rule: kind = "rule"
            }
            if let list = block.list, block.kind == .paragraph, list.opensItem { kind = (list.ordered ? "ol" : "ul") + "\(list.level)" }
            let text = block.spans.map(\.text).joined().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return kind + ": " + text
        }
    }

    static func body(_ path: String) throws -> String {
        try ImportCommandTests.draft(path).agreement.body.markdown
    }

    static let agreements = ["nacka-2023.md", "rinkeby-kista-spanga-tensta-2017.md"]

    /// Written by `agreement --format docx` and imported back: the body is the agreement's text, block by
    /// block as the source has it; the front matter has the parties; made again, the agreement has one
    /// page to sign, not two. The same document without the generator in its properties (as another
    /// program would have written it) is read whole: it is the generator, not the wording, that tells.
    @Test(arguments: agreements) func ourOwnWordAgreementComesBackAsItsText(name: String) throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = BusDocsProcess.packageRoot.appendingPathComponent("Agreements/\(name)").path
        let docx = folder.appendingPathComponent("avtal.docx").path
        #expect(try BusDocsProcess.run(["agreement", source, "-o", docx, "--today", "2026-01-01"]).status == 0)
        let draft = folder.appendingPathComponent("utkast.md").path
        let run = try BusDocsProcess.run(["import", docx, "-o", draft, "--today", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let original = try ImportCommandTests.draft(source).agreement
        let imported = try ImportCommandTests.draft(draft)
        #expect(Self.blocks(imported.agreement.body.markdown) == Self.printed(Self.blocks(original.body.markdown)), "\(imported.text)")
        for generated in ["Status:", "Namnförtydligande", "## Underskrifter", "Överenskommelsens text", "Parter och verksamheter"] {
            #expect(!imported.agreement.body.markdown.contains(generated), "\(generated) in the body")
        }
        #expect(Set(imported.agreement.parties.compactMap { $0.name?.value }) == Set(original.parties.compactMap { $0.name?.value }))
        ImportCommandTests.expectSameFacts(original, imported.agreement, name)

        // Made again: as many places to sign as the source has.
        func signatureLines(_ agreement: String) throws -> Int {
            let html = folder.appendingPathComponent(UUID().uuidString + ".html").path
            #expect(try BusDocsProcess.run(["agreement", agreement, "-o", html, "--today", "2026-01-01"]).status == 0)
            return try String(contentsOfFile: html, encoding: .utf8).components(separatedBy: "Namnförtydligande").count - 1
        }
        #expect(try signatureLines(draft) == signatureLines(source))

        // Without the generator, the same wording is any document's: read whole.
        let foreign = folder.appendingPathComponent("annan.docx").path
        try ImportCommandTests.writeWord("""
            import sys, zipfile, re
            source, target = sys.argv[1].split("|")
            with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
                for item in zin.infolist():
                    data = zin.read(item.filename)
                    if item.filename == "docProps/custom.xml":
                        data = re.sub(rb'<property [^>]*name="Generator">.*?</property>', b"", data)
                    if item.filename == "docProps/core.xml":
                        data = data.replace(b"<dc:creator>bus-docs</dc:creator>", b"<dc:creator>Kommunen</dc:creator>")
                    if item.filename == "docProps/app.xml":
                        data = data.replace(b"bus-docs", b"Microsoft Office Word")
                    zout.writestr(item, data)
            """, to: docx + "|" + foreign)
        let whole = folder.appendingPathComponent("helt.md").path
        #expect(try BusDocsProcess.run(["import", foreign, "-o", whole, "--today", "2026-01-01"]).status == 0)
        let wholeBody = try Self.body(whole)
        #expect(wholeBody.contains("Överenskommelsens text") && wholeBody.contains("Underskrifter"), "\(wholeBody)")
    }

    /// The agreement to sign as bus-docs prints it (WeasyPrint; the PDF's Creator is bus-docs): the body
    /// is the text. A PDF sets `###` in the text's size, bold: those come back as paragraphs, the one
    /// thing the printed page does not carry.
    @Test func ourOwnPrintedAgreementComesBackAsItsText() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("nacka.md").path
        let report = folder.appendingPathComponent("nacka.json").path
        let run = try BusDocsProcess.run(["import", ImportCommandTests.fixtures.appendingPathComponent("nacka-2023-tryckt.pdf").path, "-o", draft,
                                          "--report", report, "--today", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let original = try ImportCommandTests.draft(BusDocsProcess.packageRoot.appendingPathComponent("Agreements/nacka-2023.md").path).agreement
        #expect(Self.blocks(try Self.body(draft), headingsAbove: 2) == Self.blocks(original.body.markdown, headingsAbove: 2))
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("\"ownPartsRead\""))
    }

    /// Content controls showing their placeholder — Word's own prompt, or a prompt an older form wrote
    /// ("Skriv ort", "Välj datum") — in a document any program wrote: in a paragraph, a table cell, or
    /// standing as a block of their own, they are left out; a control that was filled in is text.
    @Test func contentControlsShowingTheirPlaceholderAreNoText() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("formular.docx").path
        try ImportCommandTests.writeWord("""
            import sys, docx
            from docx.oxml import parse_xml
            W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            def control(tag, text, placeholder):
                shown = "<w:showingPlcHdr/>" if placeholder else ""
                return (f'<w:sdt {W}><w:sdtPr><w:tag w:val="{tag}"/>{shown}<w:text/></w:sdtPr>'
                        f'<w:sdtContent><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')
            d = docx.Document()
            d.add_heading("Lokal överenskommelse om BUS i Värmdö", 1)
            d.add_paragraph("Överenskommelsen gäller för Värmdö kommun och Region Stockholm.")
            p = d.add_paragraph("Ort: ")
            p._p.append(parse_xml(control("ort", "Skriv ort", True)))
            p = d.add_paragraph("Kommun: ")
            p._p.append(parse_xml(control("kommun", "Värmdö", False)))
            t = d.add_table(rows=1, cols=2)
            t.rows[0].cells[0].text = "Datum"
            t.rows[0].cells[1].paragraphs[0]._p.append(parse_xml(control("datum", "Välj datum (ÅÅÅÅ-MM-DD)", True)))
            block = parse_xml(f'<w:sdt {W}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Klicka eller tryck här för att ange text.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
            d.element.body.insert(len(d.element.body) - 1, block)
            d.add_paragraph("Samtycke inhämtas skriftligt.")
            d.save(sys.argv[1])
            """, to: file)
        let draft = folder.appendingPathComponent("utkast.md").path
        let report = folder.appendingPathComponent("utkast.json").path
        let run = try BusDocsProcess.run(["import", file, "-o", draft, "--report", report, "--today", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: draft, encoding: .utf8)
        for prompt in ["Skriv ort", "Välj datum", "Klicka eller tryck"] { #expect(!text.contains(prompt), "\(prompt): \(text)") }
        #expect(text.contains("Kommun: Värmdö") && text.contains("Samtycke inhämtas skriftligt."), "\(text)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("\"placeholdersDropped\" : 3"))
    }
}
