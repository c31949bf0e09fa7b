import Foundation
import Testing
@testable import BUSDocsKit

/// What `import` makes of documents written without bus-docs: the title style is the document's `#`
/// title, headings made by direct formatting are headings, and a document naming no group or party gets
/// a skeleton `check` reads (never a `grupper:` or `parter:` with only comments under it).
@Suite struct ImportDraftShapeTests {
    static let pandoc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CLITests/Import/pandoc")

    /// A python-docx script run to make a Word file at its first argument, as another municipality writes one.
    static func word(_ script: String) throws -> ImportedDocument {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("import-shape-\(UUID().uuidString).docx").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import sys, docx\nfrom docx.shared import Pt\n" + script, file]
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0, "python-docx is missing: `make test` installs it")
        return try DocumentImporter.read(path: file)
    }

    static func body(_ document: ImportedDocument) -> String {
        let text = DocumentImporter.draft(document, rules: nil).draft.text
        return String(text[text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex)!.upperBound...])
    }

    /// A mandatory service the text never names is reported under the key its party would have, a key of
    /// the format as every other line of the report has (not Swedish words in an English report).
    @Test func aServiceNotNamedIsReportedUnderAKeyOfTheFormat() throws {
        let document = try Self.word("""
            d = docx.Document()
            d.add_paragraph("Lokal överenskommelse om BUS i Salem", style="Title")
            d.add_paragraph("Socialtjänsten och skolan i Salems kommun samverkar med BUP.")
            d.save(sys.argv[1])
            """)
        let missing = DocumentImporter.draft(document, rules: nil).draft.missing
        #expect(missing.contains { $0.key == "parter.hab" && $0.hint.en.hasSuffix("is not named; add the party if it takes part") }, "\(missing.map(\.key))")
        #expect(missing.allSatisfy { !$0.key.contains(" ") }, "\(missing.map(\.key))")
    }

    /// A table whose first row is set in bold by hand, over rows that are not, has a header row: its rows
    /// are items with the labels, never cells with pipes between.
    @Test func aBoldFirstRowIsATablesHeader() throws {
        let document = try Self.word("""
            d = docx.Document()
            d.add_paragraph("Lokal överenskommelse om BUS i Upplands-Bro", style="Title")
            t = d.add_table(rows=3, cols=2)
            # As LibreOffice writes a table: no table style marks the first row.
            for look in t._tbl.tblPr.findall(docx.oxml.ns.qn("w:tblLook")): t._tbl.tblPr.remove(look)
            for (r, row) in enumerate([("Part", "Huvudman"), ("Socialförvaltningen, Upplands-Bro kommun", "Upplands-Bro kommun"), ("BUMM Järfälla", "Region Stockholm")]):
                for (c, text) in enumerate(row):
                    t.cell(r, c).paragraphs[0].add_run(text).bold = (r == 0)
            d.save(sys.argv[1])
            """)
        let body = Self.body(document)
        #expect(body.contains("- **Part:** Socialförvaltningen, Upplands-Bro kommun; **Huvudman:** Upplands-Bro kommun\n- **Part:** BUMM Järfälla; **Huvudman:** Region Stockholm\n"), "\(body)")
        #expect(!body.contains(" | "), "\(body)")
    }

    /// The place and date above the signatures is when the agreement was signed: a revision entry that
    /// says so, before the later revision; the text's own signature lines are not the date.
    @Test func thePlaceAndDateOfSigningIsKept() throws {
        let document = try Self.word("""
            d = docx.Document()
            d.add_paragraph("Lokal överenskommelse om BUS i Botkyrka", style="Title")
            d.add_paragraph("Reviderad 2025-11-12.")
            d.add_paragraph("Socialtjänsten och skolan i Botkyrka kommun samverkar med BUP.")
            d.add_paragraph("Underskrifter", style="Heading 1")
            d.add_paragraph("Botkyrka den 1 mars 2025")
            d.add_paragraph("För Botkyrka kommun")
            d.save(sys.argv[1])
            """)
        let text = DocumentImporter.draft(document, rules: nil).draft.text
        #expect(text.contains("revisioner:\n  - { datum: 2025-03-01, beskrivning: Undertecknad }  # \"Botkyrka den 1 mars 2025\""), "\(text)")
        #expect(text.contains("\n  - { datum: 2025-11-12, beskrivning: Reviderad }"), "\(text)")
    }

    /// Word's "Title" over "Heading 1" sections (Lidingö's way): the title is `#` and the front matter's
    /// title, the sections `##` (the title was a `##` beside them).
    @Test func theTitleStyleIsTheDocumentsTitle() throws {
        let document = try Self.word("""
            d = docx.Document()
            d.add_paragraph("Samverkan kring barn och unga i Lidingö", style="Title")
            d.add_paragraph("Bakgrund", style="Heading 1")
            d.add_paragraph("Lidingö stad och Region Stockholm samverkar.")
            d.add_paragraph("Styrgrupp", style="Heading 2")
            d.add_paragraph("Styrgruppen träffas två gånger per termin.")
            d.save(sys.argv[1])
            """)
        #expect(Self.body(document) == "# Samverkan kring barn och unga i Lidingö\n\n## Bakgrund\n\nLidingö stad och Region Stockholm samverkar.\n\n### Styrgrupp\n\nStyrgruppen träffas två gånger per termin.\n")
        let draft = DocumentImporter.draft(document, rules: nil).draft.text
        #expect(draft.contains("\ntitel: \"Samverkan kring barn och unga i Lidingö\"  # "), "\(draft)")
    }

    /// The area is the place the title names, a municipality by its place name: "i Lidingö stad" and "på
    /// Lidingö" are the area *Lidingö*; the municipality and the parties keep their full names.
    @Test(arguments: ["Lokal överenskommelse om BUS i Lidingö stad", "Lokal överenskommelse om BUS på Lidingö"])
    func theAreaIsThePlaceNotTheMunicipalitysName(title: String) throws {
        let document = try Self.word("""
            d = docx.Document()
            d.add_paragraph("\(title)", style="Title")
            d.add_paragraph("Parter", style="Heading 1")
            d.add_paragraph("Lidingö stad, socialförvaltningen", style="List Bullet")
            d.add_paragraph("BUP Lidingö", style="List Bullet")
            d.add_paragraph("Lidingö stad och Region Stockholm samverkar.")
            d.save(sys.argv[1])
            """)
        let draft = DocumentImporter.draft(document, rules: nil).draft.text
        let lines = draft.split(separator: "\n").map { $0.split(separator: "  # ").first.map(String.init) ?? "" }
        #expect(lines.contains("område: \"Lidingö\""), "\(draft)")
        #expect(lines.contains("kommun: \"Lidingö stad\""), "\(draft)")
        #expect(lines.contains("    namn: \"Lidingö stad, socialförvaltningen\""), "\(draft)")
    }

    /// LibreOffice gives the cells of a table's header row (an HTML `<th>` row, or a row marked as the
    /// header) the paragraph style "Table Heading": that row labels the columns (made with soffice from
    /// `sources/tabellrubrik.html`, as Word and as OpenDocument).
    @Test(arguments: ["docx", "odt"]) func aRowInTheTableHeadingStyleIsTheTablesHeader(kind: String) throws {
        let document = try DocumentImporter.read(path: Self.pandoc.deletingLastPathComponent().appendingPathComponent("tabellrubrik.\(kind)").path)
        #expect(document.blocks.contains { block in
            if case .table(let rows, let header) = block { return header && rows == [["Part", "Huvudman"], ["Ekerö kommun, socialtjänsten", "Kommun"], ["BUP Ekerö", "Region"]] }
            return false
        }, "\(document.blocks)")
        #expect(Self.body(document) == """
            # Lokal överenskommelse om BUS i Ekerö

            ## Parter

            - **Part:** Ekerö kommun, socialtjänsten; **Huvudman:** Kommun
            - **Part:** BUP Ekerö; **Huvudman:** Region

            Samtycke inhämtas skriftligt.

            """)
    }

    /// `möten` counts per one period: "varannan vecka" is at least twice a month, "varannan månad" three
    /// times a term, never `per: varannan vecka` (which check refuses); "vartannat år" holds no whole
    /// time in any period `möten` counts in, so it is left for the authors with the sentence cited.
    @Test func aCadenceEveryOtherPeriodIsCountedInTheNextLongerOne() throws {
        let document = try Self.word("""
            d = docx.Document()
            d.add_paragraph("Lokal överenskommelse om BUS i Nacka", style="Title")
            d.add_paragraph("Behandlingskonferens", style="Heading 1")
            d.add_paragraph("Behandlingskonferensen möts varannan vecka.")
            d.add_paragraph("Arbetsgrupp", style="Heading 1")
            d.add_paragraph("Arbetsgruppen möts varannan månad.")
            d.add_paragraph("Styrgrupp", style="Heading 1")
            d.add_paragraph("Styrgruppen möts vartannat år.")
            d.save(sys.argv[1])
            """)
        let draft = DocumentImporter.draft(document, rules: nil).draft.text
        let lines = draft.split(separator: "\n").map(String.init).filter { $0.contains("möten") }
        #expect(lines == [
            "    # grupper.styrgrupp.möten: HITTADES INTE I DOKUMENTET — texten säger \"Styrgruppen möts vartannat år.\" (stycke 7); `möten` räknar per vecka, månad, termin eller år: skriv `möten: { minst: 1, per: år }` eller det som gäller",
            "    möten: { minst: 3, per: termin }  # \"Arbetsgruppen möts varannan månad.\" (stycke 5)",
            "    möten: { minst: 2, per: månad }  # \"Behandlingskonferensen möts varannan vecka.\" (stycke 3)",
        ], "\(draft)")
    }

    /// Danderyd's way: no heading styles, headings set bold or larger by hand. A short line of its own,
    /// bold or larger, without a sentence's end, is a heading; a bold sentence is not.
    @Test func headingsMadeByDirectFormattingAreHeadings() throws {
        let document = try Self.word("""
            d = docx.Document()
            def line(text, size, bold):
                r = d.add_paragraph().add_run(text); r.bold = bold; r.font.size = Pt(size)
            line("Lokal överenskommelse om BUS i Danderyd", 20, True)
            d.add_paragraph("Danderyds kommun och Region Stockholm samverkar.")
            line("Parter", 14, True)
            d.add_paragraph("Socialtjänsten och BUP deltar.")
            line("Styrgrupp", 13, False)
            d.add_paragraph("Styrgruppen träffas två gånger per termin.")
            line("Detta är en fet mening som slutar med punkt.", 11, True)
            line("Samma storlek som texten", 11, False)
            d.save(sys.argv[1])
            """)
        #expect(Self.body(document) == """
            # Lokal överenskommelse om BUS i Danderyd

            Danderyds kommun och Region Stockholm samverkar.

            ## Parter

            Socialtjänsten och BUP deltar.

            ## Styrgrupp

            Styrgruppen träffas två gånger per termin.

            Detta är en fet mening som slutar med punkt.

            Samma storlek som texten

            """)
    }

    /// A document naming no group and no service (pandoc's paragraph test): the draft has the parties and
    /// the three tiers `new` writes, and check finds no error in their shape (BUS019) nor a missing tier.
    @Test func aDocumentNamingNoGroupGetsTheSkeleton() throws {
        let document = try DocumentImporter.read(path: Self.pandoc.appendingPathComponent("odt/paragraph.odt").path)
        let draft = DocumentImporter.draft(document, rules: nil).draft.text
        #expect(draft.contains("\nparter:\n  # parter: HITTADES INTE I DOKUMENTET — ingen av regelverkets verksamheter nämns; parterna nedan är mallens, en per verksamhet som ska delta: skriv deras namn\n  - id: socialtjanst\n"), "\(draft)")
        #expect(draft.contains("\ngrupper:\n  # grupper: HITTADES INTE I DOKUMENTET — inga grupper nämns; grupperna nedan är mallens tre nivåer: skriv ledamöternas roller och ändra det som inte stämmer\n  # Ledningsnivån"), "\(draft)")
        let found = CheckedFile.parse(bytes: Array(draft.utf8), path: "utkast.md", validator: Validator(today: LocalDate(year: 2026, month: 11, day: 24))).diagnostics
        #expect(found.filter { ["BUS003", "BUS006", "BUS014", "BUS019", "BUS020"].contains($0.ruleID) }.map(\.message.en) == [])
    }
}
