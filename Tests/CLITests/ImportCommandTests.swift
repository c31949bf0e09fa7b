import BUSDocsKit
import Foundation
import Testing

/// `bus-docs import` from the built binary, on documents it did not write: pandoc's Word and OpenDocument
/// test files (compared with python-docx and Python's XML reader), agreements written as other
/// municipalities write them (Word, OpenDocument, PDF made by LibreOffice), hostile archives, and the
/// agreements of `Agreements/` turned into Word — by LibreOffice from the published page, and by our own
/// writer — and imported back.
@Suite(.serialized) struct ImportCommandTests {
    static let fixtures = BusDocsProcess.packageRoot.appendingPathComponent("Tests/CLITests/Import")

    static func draft(_ path: String) throws -> (text: String, agreement: Agreement) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let parsed = AgreementParser.parse(bytes: Array(text.utf8), path: path)
        return (text, try #require(parsed.agreement, "\(path) does not parse"))
    }

    // MARK: Documents written by others

    @Test(arguments: ["docx", "odt"]) func pandocsTestFilesImportWithNothingLostOrDoubled(kind: String) throws {
        let script = BusDocsProcess.packageRoot.appendingPathComponent("scripts/import-corpus-check.py").path
        let folder = Self.fixtures.appendingPathComponent("pandoc/\(kind)").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, BusDocsProcess.executable.path, folder]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: PipeIO.readToEnd(out.fileHandleForReading)[0], as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        let count = kind == "docx" ? 85 : 52
        #expect(output.contains("\(count) passed, 0 failed"), "\(output)")
    }

    @Test func trackedChangesAndCommentsAreResolvedAndSaid() throws {
        let folder = Self.fixtures.appendingPathComponent("pandoc/docx")
        for (file, kept, dropped, note) in [
            ("track_changes_insertion.docx", "This is a text with two exciting insertions.", nil as String?, "tracked insertions kept"),
            ("track_changes_deletion.docx", "This is a text with a deletion.", "excessively modified", "tracked deletions dropped"),
            ("comments.docx", "I want some text to have a comment on it.", "I left a comment", "comments dropped"),
        ] {
            let run = try BusDocsProcess.run(["import", folder.appendingPathComponent(file).path, "--today", "2026-01-01"])
            #expect(run.status == 0, "\(file): \(run.stderr)")
            let body = run.stdout.components(separatedBy: "\n---\n").last ?? ""
            #expect(body.contains(kept), "\(file): \(body)")
            if let dropped { #expect(!body.contains(dropped), "\(file): \(body)") }
            #expect(run.stderr.contains(note), "\(file): \(run.stderr)")
        }
    }

    @Test func footnotesHeadingsListsAndTablesKeepTheirStructure() throws {
        let folder = Self.fixtures.appendingPathComponent("pandoc/docx")
        let notes = try BusDocsProcess.run(["import", folder.appendingPathComponent("notes.docx").path])
        #expect(notes.stdout.contains("## Fotnoter"), "\(notes.stdout)")
        #expect(notes.stdout.contains("[1]"))
        let headers = try BusDocsProcess.run(["import", folder.appendingPathComponent("headers.docx").path])
        #expect(headers.stdout.contains("\n## "), "\(headers.stdout)")
        let lists = try BusDocsProcess.run(["import", folder.appendingPathComponent("lists.docx").path])
        #expect(lists.stdout.contains("\n- ") && lists.stdout.contains("\n1. "), "\(lists.stdout)")
        let tables = try BusDocsProcess.run(["import", folder.appendingPathComponent("tables.docx").path])
        #expect(tables.stdout.contains("- **Name:** Lebron James; **Game:** Basketball"), "\(tables.stdout)")
        // A numbered paragraph is a heading as Word documents write them ("3.2 Samverkan").
        let varmdo = try BusDocsProcess.run(["import", Self.fixtures.appendingPathComponent("varmdo-2024.docx").path])
        #expect(varmdo.stdout.contains("### 3.2 Arbetsgrupp"), "\(varmdo.stdout)")
        #expect(varmdo.stdout.contains("## 6. Om samverkan brister"))
    }

    // MARK: Agreements written elsewhere

    /// The facts each fixture states, read back from the draft; nothing the text does not say.
    @Test func anAgreementInWordBecomesACitedDraft() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("värmdö.md").path
        let run = try BusDocsProcess.run(["import", Self.fixtures.appendingPathComponent("varmdo-2024.docx").path, "-o", out, "--today", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let (text, agreement) = try Self.draft(out)
        #expect(agreement.status?.value == .draft)
        #expect(agreement.area?.value == "Värmdö")
        #expect(agreement.municipality?.value == "Värmdö kommun")
        #expect(agreement.ruleSet?.value == "hök-2022")
        #expect(Set(agreement.parties.flatMap { $0.services.map(\.value) }) == ["socialtjanst", "utbildning", "elevhalsa", "bup", "hab", "bumm"])
        let groups = Dictionary(uniqueKeysWithValues: agreement.groups.compactMap { group in group.kind.map { ($0.value, group) } })
        #expect(groups[.steeringGroup]?.meetings?.value == .atLeast(count: 4, per: .year))
        #expect(groups[.workingGroup]?.meetings?.value == .atLeast(count: 1, per: .term))
        if case .whenNeeded(let days)? = groups[.individualForum]?.meetings?.value { #expect(days?.value == 14) } else { Issue.record("no individforum deadline") }
        #expect(agreement.consent?.value == .written)
        #expect(agreement.sip?.school?.value == .shall)
        #expect(agreement.deviations?.receiver?.value == "samrådsgrupp för barns och ungas hälsa")
        #expect(agreement.deviations?.escalation.map(\.value) == ["individforum", "styrgrupp", "samrådsgrupp för barns och ungas hälsa"])
        #expect(agreement.followUp?.period?.value == Interval(.year))
        #expect(agreement.signatories.count == 5)
        #expect(text.contains("möten: { minst: 4, per: år }  # \"Gruppen träffas fyra gånger per år.\" (stycke 14)"), "\(text)")
        Self.expectEveryValueCitedOrMarked(text)
        // The structure checks pass; the report names what to fill in.
        let checked = try BusDocsProcess.run(["check", out, "--today", "2026-01-01", "--format", "json"])
        #expect(!checked.stdout.contains("BUS019"), "\(checked.stdout)")
        #expect(run.stderr.contains("Not found — fill in (2):\n  grupper.individforum.protokoll: write which protocol template"), "\(run.stderr)")
        #expect(run.stderr.contains("  grupper.individforum.ledamöter: write the group's members"), "\(run.stderr)")
    }

    @Test func anAgreementInOpenDocumentAndOneInPDFBecomeDrafts() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let odt = folder.appendingPathComponent("ekerö.md").path
        #expect(try BusDocsProcess.run(["import", Self.fixtures.appendingPathComponent("ekero-2023.odt").path, "-o", odt]).status == 0)
        let (odtText, ekero) = try Self.draft(odt)
        #expect(ekero.ruleSet?.value == "bus-2012")
        #expect(ekero.validity?.from?.value.raw == "2023-01-01")
        #expect(ekero.sip?.school?.value == .may)
        #expect(ekero.deviations?.firstStep?.value == "närmaste arbetsledare")
        #expect(ekero.parties.contains { $0.services.map(\.value) == ["mvc-bvc"] })
        #expect(odtText.contains("# undertecknare: HITTADES INTE I DOKUMENTET"))
        Self.expectEveryValueCitedOrMarked(odtText)

        let pdf = folder.appendingPathComponent("sigtuna.md").path
        let run = try BusDocsProcess.run(["import", Self.fixtures.appendingPathComponent("sigtuna-2022.pdf").path, "-o", pdf])
        #expect(run.status == 0, "\(run.stderr)")
        let (pdfText, sigtuna) = try Self.draft(pdf)
        #expect(sigtuna.title?.value == "Samverkan kring barn i behov av särskilt stöd i Sigtuna")
        #expect(sigtuna.area?.value == "Sigtuna")
        let groups = Dictionary(uniqueKeysWithValues: sigtuna.groups.compactMap { group in group.kind.map { ($0.value, group) } })
        #expect(groups[.workingGroup]?.meetings?.value == .atLeast(count: 6, per: .year))
        #expect(pdfText.contains("## 2. Organisation"), "\(pdfText)")
        // The re-flowed paragraph is whole: its two lines in the PDF are one.
        #expect(pdfText.contains("ordförande som alternerar mellan huvudmännen."), "\(pdfText)")
        Self.expectEveryValueCitedOrMarked(pdfText)
    }

    /// A numbered Word document with bold paragraphs as headings and a table between them: the title is
    /// `#`, every "N." `##`, every "N.M" `###` — a run of paragraphs after a table has no title of its own.
    @Test func numberedBoldHeadingsAroundATableKeepTheirLevels() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("numrerad.docx").path
        let script = """
            import sys, docx
            d = docx.Document()
            def bold(text):
                d.add_paragraph().add_run(text).bold = True
            bold("Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd (BUS) i Värmdö kommun")
            bold("1. Parter")
            t = d.add_table(rows=2, cols=2)
            for row, cells in zip(t.rows, [("Part", "Huvudman"), ("BUP Nacka-Värmdö", "Region Stockholm")]):
                for cell, text in zip(row.cells, cells): cell.text = text
            bold("2. Organisation")
            bold("2.1 Lokal styrgrupp")
            d.add_paragraph("Styrgruppen träffas fyra gånger per år.")
            bold("3. Samtycke")
            d.add_paragraph("Skriftligt samtycke inhämtas.")
            d.save(sys.argv[1])
            """
        try Self.writeWord(script, to: file)
        let run = try BusDocsProcess.run(["import", file])
        let headings = run.stdout.split(separator: "\n").filter { $0.hasPrefix("#") && !$0.hasPrefix("# ") || $0.hasPrefix("# Lokal") }
        #expect(headings == ["# Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd (BUS) i Värmdö kommun",
                             "## 1. Parter", "## 2. Organisation", "### 2.1 Lokal styrgrupp", "## 3. Samtycke"], "\(run.stdout)")
    }

    /// A Word agreement saved as plain text: a paragraph per line, no blank lines, a byte-order mark. The
    /// first line is the title (not the first long sentence), and the area is read from it.
    @Test func aWordAgreementSavedAsPlainTextKeepsItsTitle() throws {
        let text = "\u{FEFF}Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd (BUS) i Värmdö kommun\n"
            + "Gäller fr.o.m. 2024-03-01 och tills vidare. Reviderad 2023-11-15.\n1. Bakgrund\n"
            + "Överenskommelsen bygger på Huvudöverenskommelsen (HÖK 2022) mellan Region Stockholm och kommunerna i länet. Den ersätter den tidigare överenskommelsen från 2016.\n"
            + "2. Samtycke\nInnan ett enskilt barns situation tas upp inhämtas skriftligt samtycke från vårdnadshavare för varje tillfälle.\n"
        let (draft, _) = try Self.importText(text)
        #expect(draft.contains("titel: \"Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd (BUS) i Värmdö kommun\"  # "), "\(draft)")
        // The area is the place: "i Värmdö kommun" is the area *Värmdö*.
        #expect(draft.contains("område: \"Värmdö\"  # ") && draft.contains("kommun: \"Värmdö kommun\"  # "), "\(draft)")
        #expect(draft.contains("\n## 1. Bakgrund\n") && draft.contains("\n## 2. Samtycke\n"), "\(draft)")
    }

    /// "muntligt eller skriftligt" allows oral consent: the draft says so, and `check` reports the routine
    /// (BUS008's ground), not a mismatch the import made between the text and the front matter.
    @Test func consentTakesTheWeakestTheTextAllows() throws {
        let text = """
            Lokal BUS-överenskommelse för Ekerö

            Överenskommelse mellan Ekerö kommun och Region Stockholm.

            Samtycke

            Samtycke inhämtas muntligt eller skriftligt från vårdnadshavare.

            """
        let (draft, stderr) = try Self.importText(text)
        #expect(draft.contains("samtycke: muntligt  # \"Samtycke inhämtas muntligt eller skriftligt från vårdnadshavare.\""), "\(draft)")
        #expect(!stderr.contains("BUS023"), "\(stderr)")
        let written = try Self.importText(text.replacingOccurrences(of: "muntligt eller skriftligt", with: "skriftligt; muntligt samtycke räcker inte. Samtycket gäller"))
        #expect(written.draft.contains("samtycke: skriftligt  # "), "\(written.draft)")
    }

    /// A Word agreement as municipalities write one (python-docx): a party named with an en dash in its
    /// table cell, a member's role longer than its title word, and the usual two-column signature table
    /// headed "För <principal>", read by column: each signs for its own principal.
    @Test func tableCellsAreReadWholeAndSignatureTablesByColumn() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("varmdo.docx").path
        let script = """
            import sys, docx
            d = docx.Document()
            d.add_heading("Lokal överenskommelse om BUS i Värmdö", 0)
            d.add_paragraph("Överenskommelse mellan Värmdö kommun och Region Stockholm enligt HÖK 2022.")
            d.add_heading("Parter", 1)
            t = d.add_table(rows=1, cols=3)
            for c, x in zip(t.rows[0].cells, ["Part", "Huvudman", "Verksamhet"]): c.text = x
            for row in [("Socialförvaltningen, Värmdö kommun", "Värmdö kommun", "Socialtjänst"),
                        ("Utbildningsförvaltningen – Barn- och elevhälsan, Värmdö kommun", "Värmdö kommun", "Förskola och skola"),
                        ("BUP Nacka-Värmdö", "Region Stockholm", "BUP")]:
                for c, x in zip(t.add_row().cells, row): c.text = x
            d.add_heading("Styrgrupp", 1)
            d.add_paragraph("Styrgruppen möts fyra gånger per år. Ledamöter:")
            t = d.add_table(rows=1, cols=2)
            for c, x in zip(t.rows[0].cells, ["Roll", "Part"]): c.text = x
            for row in [("Chef med mandat att fatta beslut för verksamheten", "Socialförvaltningen, Värmdö kommun"), ("Verksamhetschef", "BUP Nacka-Värmdö")]:
                for c, x in zip(t.add_row().cells, row): c.text = x
            d.add_heading("Underskrifter", 1)
            t = d.add_table(rows=3, cols=2)
            for row, cells in zip(t.rows, [("För Värmdö kommun", "För Region Stockholm"), ("Socialchef", "Verksamhetschef, BUP Nacka-Värmdö"),
                                           ("Ort och datum: ____", "Ort och datum: ____")]):
                for cell, text in zip(row.cells, cells): cell.text = text
            d.save(sys.argv[1])
            """
        try Self.writeWord(script, to: file)
        let out = folder.appendingPathComponent("varmdo.md").path
        let run = try BusDocsProcess.run(["import", file, "-o", out, "--today", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let (draft, agreement) = try Self.draft(out)
        let partyNames: [String] = agreement.parties.compactMap { $0.name?.value }
        #expect(partyNames.contains("Utbildningsförvaltningen – Barn- och elevhälsan, Värmdö kommun"), "\(draft)")
        #expect(draft.contains("- { part: socialtjanst, roll: Chef med mandat att fatta beslut för verksamheten }"), "\(draft)")
        #expect(agreement.signatories.map { "\($0.party?.value ?? ""): \($0.role?.value ?? "")" } == ["socialtjanst: Socialchef", "bup: Verksamhetschef"], "\(draft)")
        #expect(!run.stderr.contains("BUS013"), "\(run.stderr)")
    }

    /// The signed agreement as bus-docs prints it (WeasyPrint: a kicker line above the larger title, the
    /// parties as a table, signature columns with the role above the party) and one a municipality wrote
    /// in Word and printed with LibreOffice (its cells running together in pdftotext's blocks): read with
    /// their layout, both give back the title, the area, every party's name and every signatory.
    @Test func aPrintedAgreementGivesBackItsTitlePartiesAndSignatories() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nacka = folder.appendingPathComponent("nacka.md").path
        let report = folder.appendingPathComponent("nacka.json").path
        let run = try BusDocsProcess.run(["import", Self.fixtures.appendingPathComponent("nacka-2023-tryckt.pdf").path, "-o", nacka,
                                          "--report", report, "--today", "2026-01-01"], environment: ["LANG": "C"])
        #expect(run.status == 0, "\(run.stderr)")
        let (text, agreement) = try Self.draft(nacka)
        let source = try #require(AgreementParser.parse(bytes: Array(try String(contentsOf: BusDocsProcess.packageRoot.appendingPathComponent("Agreements/nacka-2023.md"), encoding: .utf8).utf8), path: "nacka-2023.md").agreement)
        #expect(agreement.title?.value == source.title?.value)
        #expect(agreement.area?.value == "Nacka")
        #expect(agreement.parties.compactMap { $0.name?.value } == source.parties.compactMap { $0.name?.value })
        // Each signatory with the role printed above the party's name.
        let names = Dictionary(uniqueKeysWithValues: agreement.parties.compactMap { party in party.name.map { (party.id.value, $0.value) } })
        let sourceNames = Dictionary(uniqueKeysWithValues: source.parties.compactMap { party in party.name.map { (party.id.value, $0.value) } })
        // (The role's first word: "Rektor utsedd av de anslutna fristående skolorna" is read as "Rektor".)
        #expect(Set(agreement.signatories.map { "\($0.role?.value ?? "") \(names[$0.party?.value ?? ""] ?? "")" })
                == Set(source.signatories.map { "\($0.role?.value.split(separator: " ").first ?? "") \(sourceNames[$0.party?.value ?? ""] ?? "")" }))
        #expect(agreement.signatories.count == 8)
        let missing = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any]
        #expect((missing?["missing"] as? [Any])?.isEmpty == true, "\(String(describing: missing?["missing"]))")
        let checked = try BusDocsProcess.run(["check", nacka, "--today", "2026-01-01"])
        #expect(checked.status == 0 && checked.stdout.contains("0 errors, 0 warnings"), "\(checked.stdout)")
        // bus-docs' own print: the signature page made from the front matter is not body text.
        #expect(!agreement.body.markdown.contains("Namnförtydligande"), "\(text)")
        Self.expectEveryValueCitedOrMarked(text)

        let tyreso = folder.appendingPathComponent("tyreso.md").path
        let printed = try BusDocsProcess.run(["import", Self.fixtures.appendingPathComponent("tyreso-2025.pdf").path, "-o", tyreso, "--today", "2026-01-01"])
        #expect(printed.status == 0, "\(printed.stderr)")
        let (tyresoText, word) = try Self.draft(tyreso)
        #expect(word.title?.value == "Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd i Tyresö")
        #expect(word.area?.value == "Tyresö")
        #expect(word.parties.compactMap { $0.name?.value } == ["Tyresö kommun, socialförvaltningen, barn och unga", "Tyresö kommun, barn- och utbildningsförvaltningen",
                                                              "BUP Tyresö", "Habilitering & Hälsa, habiliteringscenter Tyresö", "BUMM Haninge-Tyresö"])
        #expect(word.signatories.map { "\($0.party?.value ?? ""): \($0.role?.value ?? "")" }
                == ["socialtjanst: Socialchef", "utbildning: Förvaltningschef", "bup: Verksamhetschef", "hab: Verksamhetschef", "bumm: Verksamhetschef"])
        #expect(tyresoText.contains("\n### Styrgrupp\n"), "\(tyresoText)")
        // The running header ("Tyresö kommun · Region Stockholm") is no part of the text.
        #expect(!tyresoText.contains("Tyresö kommun · Region Stockholm"), "\(tyresoText)")
        Self.expectEveryValueCitedOrMarked(tyresoText)
    }

    /// What README says import recovers, written as another municipality writes it: the individforum's
    /// deadline, its minutes and the steering group's chair in sentences that go on about the group named
    /// in the sentence before, and "chefer från varje part" (a plural, no role: left to fill in). The
    /// report is a message in the run's language ("paragraph" in English); the draft cites in Swedish.
    @Test(arguments: ["Protokoll förs på fastställd mall.", "Protokoll förs på en fastställd protokollmall.", "Protokollet skrivs på en fast mall."])
    func factsInTheSentenceAfterTheGroupsAreRead(minutes: String) throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("nykvarn.docx").path
        try Self.writeWord("""
            import sys, docx
            d = docx.Document()
            d.add_paragraph("Lokal överenskommelse om BUS i Nykvarn", style="Title")
            d.add_paragraph("Parter", style="Heading 1")
            d.add_paragraph("Överenskommelsen gäller mellan Nykvarns kommun (socialtjänsten och elevhälsan), BUP Södertälje och Habilitering & Hälsa.")
            d.add_paragraph("Samverkan", style="Heading 1")
            d.add_paragraph("Den lokala styrgruppen består av chefer från varje part. Ordförandeskapet växlar mellan kommunen och regionen varje år.")
            d.add_paragraph("BUS individforum sammankallas av socialtjänsten. Mötet hålls senast inom tio arbetsdagar från att behovet uppmärksammats. \(minutes)")
            d.save(sys.argv[1])
            """, to: source)
        let draft = folder.appendingPathComponent("nykvarn.md").path
        let english = try BusDocsProcess.run(["import", source, "-o", draft, "--today", "2026-01-01"], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.status == 0, "\(english.stderr)")
        let (text, _) = try Self.draft(draft)
        let groups = text[text.range(of: "grupper:\n")!.upperBound..<text.range(of: "\n# avvikelser")!.lowerBound]
        #expect(groups == """
              - id: styrgrupp
                typ: styrgrupp
                namn: "Lokala styrgruppen"  # "Den lokala styrgruppen består av chefer från varje part." (stycke 5)
                # grupper.styrgrupp.möten: HITTADES INTE I DOKUMENTET — skriv hur ofta gruppen möts (`möten: { minst: 1, per: termin }`)
                ordförande: { växlar: [kommun, region], period: år }  # "Ordförandeskapet växlar mellan kommunen och regionen varje år." (stycke 5)
                ledamöter:
                  - { part: socialtjanst, roll: (ange roll) }  # "Den lokala styrgruppen består av chefer från varje part." (stycke 5)
                  - { part: elevhalsa, roll: (ange roll) }  # "Den lokala styrgruppen består av chefer från varje part." (stycke 5)
                  - { part: bup, roll: (ange roll) }  # "Den lokala styrgruppen består av chefer från varje part." (stycke 5)
                  - { part: hab, roll: (ange roll) }  # "Den lokala styrgruppen består av chefer från varje part." (stycke 5)
              - id: individforum
                typ: individforum
                namn: "BUS individforum"  # "BUS individforum sammankallas av socialtjänsten." (stycke 6)
                möten: { vid-behov: true, inom-dagar: 14 }  # "Mötet hålls senast inom tio arbetsdagar från att behovet uppmärksammats." (stycke 6)
                sammankallande: { part: socialtjanst }  # "BUS individforum sammankallas av socialtjänsten." (stycke 6)
                protokoll: individforum  # "\(minutes)" (stycke 6)
                # grupper.individforum.ledamöter: HITTADES INTE I DOKUMENTET — skriv gruppens ledamöter (`- { part: …, roll: … }`)
            """, "\(text)")
        #expect(english.stderr.contains("  grupper.individforum.protokoll: individforum — \"\(minutes)\" (paragraph 6)\n"), "\(english.stderr)")
        #expect(!english.stderr.contains("stycke"), "\(english.stderr)")
        let swedish = try BusDocsProcess.run(["import", source, "-o", draft, "--force", "--today", "2026-01-01"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stderr.contains("  grupper.individforum.protokoll: individforum — \"\(minutes)\" (stycke 6)\n"), "\(swedish.stderr)")
        #expect(!swedish.stderr.contains("paragraph"), "\(swedish.stderr)")
    }

    /// A bordered parties table printed by LibreOffice from Word, its cells wrapping onto two or three
    /// lines. Read by the lines' columns and the rows' heights, each cell is whole and in order.
    @Test func aPrintedTableWithWrappedCellsIsReadCellByCell() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nykvarn = folder.appendingPathComponent("nykvarn.md").path
        let run = try BusDocsProcess.run(["import", Self.fixtures.appendingPathComponent("nykvarn-2025.pdf").path, "-o", nykvarn, "--today", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let (text, agreement) = try Self.draft(nykvarn)
        #expect(agreement.parties.map { "\($0.id.value): \($0.name?.value ?? "")" } == ["utbildning: Nykvarns kommun", "bup: Region Stockholm", "hab: Region Stockholm"])
        let body = agreement.body.markdown.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(body.hasSuffix("""
            ## Parter

            Överenskommelsen gäller mellan parterna i tabellen.

            - **Part:** Nykvarns kommun; **Verksamhet:** Barn- och utbildningsförvaltningen, Nykvarns kommun; **Undertecknas av:** Socialchef
            - **Part:** Region Stockholm; **Verksamhet:** BUP Södertälje; **Undertecknas av:** Verksamhetschef
            - **Part:** Region Stockholm; **Verksamhet:** Habiliteringscenter Södertälje, Habilitering & Hälsa; **Undertecknas av:** Enhetschef

            ## Samverkan

            Styrgruppen möts två gånger per år.
            """), "\(text)")
        Self.expectEveryValueCitedOrMarked(text)
    }

    /// A parties table (Part, Huvudman, Ansvar och uppdrag) printed by LibreOffice from Word, its cells
    /// wrapping over up to seven lines and a row broken by the page, with the header row repeated on the next
    /// page or not: read row by row, one table, each party named by its row's first cell and none made of the
    /// services the responsibility column names (elevhälsan, husläkarmottagningen, polisen …).
    @Test(arguments: ["danderyd-2025.pdf", "danderyd-2025-rubrikrad.pdf"])
    func aWrappedPartiesTableCutByAPageIsReadRowByRow(fixture: String) throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let danderyd = folder.appendingPathComponent("danderyd.md").path
        let run = try BusDocsProcess.run(["import", Self.fixtures.appendingPathComponent(fixture).path, "-o", danderyd, "--today", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let (text, agreement) = try Self.draft(danderyd)
        #expect(agreement.parties.map(\.id.value) == ["socialtjanst", "utbildning", "bup", "hab", "bumm"], "\(text)")
        #expect(agreement.parties.filter { $0.id.value != "utbildning" }.map { "\($0.id.value): \($0.name?.value ?? "")" } == [
            "socialtjanst: Socialförvaltningen, Danderyds kommun", "bup: BUP Danderyd", "hab: Habilitering & Hälsa, habiliteringscenter Danderyd", "bumm: BUMM Danderyd",
        ], "\(text)")
        let body = agreement.body.markdown
        #expect(body.contains("""
            - **Part:** BUP Danderyd; **Huvudman:** Region Stockholm; **Ansvar och uppdrag:** Utreder och behandlar barn och unga med psykisk ohälsa. Samverkar med tandvården och barnavårdscentralen kring de yngsta barnen och deras familjer.
            """), "\(body)")
        // pdftotext sets "utbildningsförvaltninge" and the next column's "kommun" on one line: the line is not
        // yet split at the column's edge by its words' places.
        withKnownIssue("a pdftotext line spanning two columns") {
            #expect(agreement.parties.first { $0.id.value == "utbildning" }?.name?.value == "Barn- och utbildningsförvaltningen, förskola och skola")
        }
        withKnownIssue("a pdftotext line spanning two columns") {
        #expect(body.contains("""
            - **Part:** Barn- och utbildningsförvaltningen, förskola och skola; **Huvudman:** Danderyds kommun; **Ansvar och uppdrag:** Ansvarar för förskola, grundskola och gymnasieskola. Rektor ansvarar för elevhälsans arbete och kallar till samordnad individuell plan när polisen eller ungdomsmottagningen behöver delta.
            - **Part:** BUP Danderyd; **Huvudman:** Region Stockholm; **Ansvar och uppdrag:** Utreder och behandlar barn och unga med psykisk ohälsa. Samverkar med tandvården och barnavårdscentralen kring de yngsta barnen och deras familjer.
            """), "\(body)")
        }
        #expect(body.components(separatedBy: "**Part:**").count == 7, "one table, the header row once: \(body)")
        Self.expectEveryValueCitedOrMarked(text)
    }

    /// Those a parties section invites when needed — a row "Adjungerade vid behov: Lokalpolisområde Täby,
    /// Försäkringskassan", a sentence "Vid behov bjuds även in representanter från tandvården" — are no
    /// parties: the draft says where, in a comment under `parter:`.
    @Test func invitedWhenNeededIsNoParty() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let danderyd = folder.appendingPathComponent("danderyd.md").path
        let run = try BusDocsProcess.run(["import", Self.fixtures.appendingPathComponent("danderyd-2025.docx").path, "-o", danderyd, "--today", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let (text, agreement) = try Self.draft(danderyd)
        #expect(agreement.parties.map(\.id.value) == ["socialtjanst", "utbildning", "bup", "hab", "bumm"], "\(text)")
        #expect(text.contains("  # Inbjuds vid behov, ingen part: \"Adjungerade vid behov: Lokalpolisområde Täby, Försäkringskassan – Staten – Bjuds in"), "\(text)")
        #expect(text.contains("  # Inbjuds vid behov, ingen part: \"Vid behov bjuds även in representanter från tandvården och Försäkringskassan.\""), "\(text)")
        // Without a parties section, a service the text only invites is no party either.
        let (draft, _) = try Self.importText("""
            Lokal BUS-överenskommelse i Danderyd

            Socialtjänsten, skolan, BUP, habiliteringen och BUMM samverkar kring barn i behov av särskilt stöd.

            Vid behov bjuds även in representanter från polisen. Ungdomsmottagningen kan adjungeras till styrgruppen.
            """)
        let parsed = try #require(AgreementParser.parse(bytes: Array(draft.utf8), path: "utkast.md").agreement)
        #expect(parsed.parties.map(\.id.value) == ["socialtjanst", "utbildning", "bup", "hab", "bumm"], "\(draft)")
        #expect(draft.contains("  # Inbjuds vid behov, ingen part: \"Vid behov bjuds även in representanter från polisen.\""), "\(draft)")
    }

    /// Imports a text written as `text` and gives the draft and the import's standard error.
    /// Runs a python-docx `script` that saves a Word file at its first argument, `file`.
    static func writeWord(_ script: String, to file: String) throws {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, file]
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0, "python-docx is missing: `make test` installs it")
    }

    static func importText(_ text: String, named name: String = "avtal.txt") throws -> (draft: String, stderr: String) {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent(name)
        try text.write(to: source, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("utkast.md").path
        let run = try BusDocsProcess.run(["import", source.path, "-o", out, "--today", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        return (try String(contentsOfFile: out, encoding: .utf8), run.stderr)
    }

    /// Validity as Word agreements write it: without a subject, and with fr.o.m./t.o.m.
    @Test(arguments: [
        ("Överenskommelse mellan Ekerö kommun och Region Stockholm. Gäller från och med 2024-03-01 och tills vidare.", "tillsvidare"),
        ("Överenskommelsen gäller fr.o.m. 2024-03-01 tills vidare.", "tillsvidare"),
        ("Överenskommelsen gäller fr.o.m. 2024-03-01 t.o.m. 2026-12-31.", "2026-12-31"),
        ("Gäller fr.o.m. den 1 mars 2024 och tills vidare.", "tillsvidare"),
    ])
    func validityIsFoundAsWordAgreementsWriteIt(sentence: String, until: String) throws {
        let (draft, stderr) = try Self.importText("Lokal BUS-överenskommelse i Ekerö\n\n\(sentence)\n\nSkriftligt samtycke inhämtas.\n")
        #expect(draft.contains("giltighet:\n  från: 2024-03-01  # "), "\(draft)")
        #expect(draft.contains("  till: \(until)  # "), "\(draft)")
        #expect(stderr.contains("  giltighet.från: 2024-03-01 — ") && !stderr.contains("giltighet: write"), "\(stderr)")
    }

    /// A .txt saved from an editor or a mail with Markdown's "#" headings: no "#" in the title or the body's heading.
    @Test func aTextFileWithHashHeadingsHasTheirTextAsHeadings() throws {
        let (draft, _) = try Self.importText("# Lokal BUS-överenskommelse i Ekerö\n\nÖverenskommelse mellan Ekerö kommun och Region Stockholm.\n\n## Samtycke\n\nSkriftligt samtycke inhämtas.\n")
        #expect(draft.contains("titel: \"Lokal BUS-överenskommelse i Ekerö\""), "\(draft)")
        #expect(draft.contains("område: \"Ekerö\""), "\(draft)")
        #expect(draft.contains("\n# Lokal BUS-överenskommelse i Ekerö\n") && draft.contains("\n## Samtycke\n"), "\(draft)")
        #expect(!draft.contains("# #") && !draft.contains("\"# "), "\(draft)")
    }

    /// "För Ekerö kommun / ____ / Socialchef": the principal signs for its party; a role no party can be
    /// found for is listed with its text, not dropped.
    @Test func signatureBlocksForAPrincipalAreRecovered() throws {
        let text = """
            Lokal BUS-överenskommelse i Ekerö

            Överenskommelse mellan Ekerö kommun och Region Stockholm.

            Parter

            - Socialtjänsten, Ekerö kommun
            - BUP Väst, Region Stockholm

            Underskrifter

            För Ekerö kommun

            ____________________
            Socialchef

            För Region Stockholm

            ____________________
            Verksamhetschef, BUP Väst

            """
        let (draft, stderr) = try Self.importText(text)
        #expect(draft.contains("undertecknare:\n  - { part: socialtjanst, roll: Socialchef }  # \"____________________ Socialchef\""), "\(draft)")
        #expect(draft.contains("  - { part: bup, roll: Verksamhetschef }  # "), "\(draft)")
        #expect(!stderr.contains("BUS013"), "\(stderr)")
        let unplaced = try Self.importText(text.replacingOccurrences(of: "För Ekerö kommun\n", with: "Ekerö\n"))
        #expect(unplaced.draft.contains("# undertecknare: HITTADES INTE I DOKUMENTET — \"____________________ Socialchef\" (stycke 8): ingen part hittades för Socialchef; skriv den som - { part: ID, roll: Socialchef }\n"), "\(unplaced.draft)")
        #expect(unplaced.stderr.contains("no party found for Socialchef"), "\(unplaced.stderr)")
    }

    /// "För X" names the party whatever service the role's line names (python-docx, lines under
    /// "Underskrifter"): in an agreement of two municipalities "För Österåkers kommun" signs for the party
    /// named "…, Österåkers kommun", not for the first municipal party listed; under "För Ekerö kommun",
    /// "Förvaltningschef, socialförvaltningen" picks among Ekerö's parties, and no other Ekerö party is
    /// left with a role to write.
    @Test(arguments: [
        ("Socialtjänsten, Vaxholms stad|Socialtjänsten, Österåkers kommun|BUP Nordost, Region Stockholm",
         "För Österåkers kommun|____________________|Socialchef|För Vaxholms stad|____________________|Förvaltningschef, socialförvaltningen|För Region Stockholm|____________________|Verksamhetschef, BUP Nordost",
         ["socialtjanst-2: Socialchef", "socialtjanst: Förvaltningschef", "bup: Verksamhetschef"]),
        ("Förskola och skola, Ekerö kommun|Socialtjänsten, Ekerö kommun|BUP Väst, Region Stockholm",
         "För Ekerö kommun|____________________|Förvaltningschef, socialförvaltningen|För Region Stockholm|____________________|Verksamhetschef, BUP Väst",
         ["socialtjanst: Förvaltningschef", "bup: Verksamhetschef"]),
    ])
    func aSignatureUnderForXSignsForXsParty(parties: String, lines: String, signing: [String]) throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("avtal.docx").path
        let script = """
            import sys, docx
            d = docx.Document()
            d.add_heading("Lokal BUS-överenskommelse", 0)
            d.add_paragraph("Överenskommelse mellan kommunen och Region Stockholm enligt HÖK 2022.")
            d.add_heading("Parter", 1)
            for p in "\(parties)".split("|"):
                d.add_paragraph(p, style="List Bullet")
            d.add_heading("Underskrifter", 1)
            for line in "\(lines)".split("|"):
                d.add_paragraph(line)
            d.save(sys.argv[1])
            """
        try Self.writeWord(script, to: file)
        let out = folder.appendingPathComponent("avtal.md").path
        let run = try BusDocsProcess.run(["import", file, "-o", out, "--today", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let (draft, agreement) = try Self.draft(out)
        #expect(agreement.signatories.map { "\($0.party?.value ?? ""): \($0.role?.value ?? "")" } == signing, "\(draft)")
    }

    /// The same as a Word table ("Part | Befattning") written by python-docx, another tool than ours.
    @Test func aSignatureTableNamingThePrincipalsIsRecovered() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ekero.docx").path
        let script = """
            import sys, docx
            d = docx.Document()
            d.add_heading("Lokal BUS-överenskommelse i Ekerö", 0)
            d.add_paragraph("Överenskommelse mellan Ekerö kommun och Region Stockholm enligt HÖK 2022. Gäller från och med 2024-03-01 och tills vidare.")
            d.add_heading("Parter", 1)
            d.add_paragraph("Socialtjänsten, Ekerö kommun", style="List Bullet")
            d.add_paragraph("BUP Väst, Region Stockholm", style="List Bullet")
            d.add_heading("Underskrifter", 1)
            t = d.add_table(rows=3, cols=2)
            for row, cells in zip(t.rows, [("Part", "Befattning"), ("Ekerö kommun", "Socialchef"), ("Region Stockholm, BUP Väst", "Verksamhetschef")]):
                for cell, text in zip(row.cells, cells): cell.text = text
            d.save(sys.argv[1])
            """
        try Self.writeWord(script, to: file)
        let out = folder.appendingPathComponent("ekero.md").path
        let run = try BusDocsProcess.run(["import", file, "-o", out, "--today", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let draft = try String(contentsOfFile: out, encoding: .utf8)
        #expect(draft.contains("  - { part: socialtjanst, roll: Socialchef }  # \"Ekerö kommun – Socialchef\""), "\(draft)")
        #expect(draft.contains("  - { part: bup, roll: Verksamhetschef }  # "), "\(draft)")
        #expect(draft.contains("giltighet:\n  från: 2024-03-01  # "), "\(draft)")
        #expect(!run.stderr.contains("BUS013") && !run.stderr.contains("giltighet: write"), "\(run.stderr)")
    }

    /// The convener as municipalities word it, in a Word agreement (python-docx): named after "sammankallas
    /// av", "Kallelse skickas av", "Sammankallande är" or a table's "Sammankallande" row; the subject of
    /// "sammankallar" in its own clause. Where the text names no single party (it rotates, names two, or
    /// only "kommunens BUS-samordnare"), the key is left for the authors with BUS024's placeholder, and
    /// the draft has no unknown party (BUS014).
    @Test(arguments: [
        ("Individforum", "Sammankallande är socialtjänsten.", "{ part: socialtjanst }"),
        ("Individforum", "Kallelse skickas av BUP:s enhetschef.", "{ part: bup, roll: Enhetschef }"),
        ("Individforum", "Sammankallande | Elevhälsan", "{ part: elevhalsa }"),
        ("Individforum", "Skolan kan begära att socialtjänsten sammankallar individforum.", "{ part: socialtjanst }"),
        ("Individforum", "Vid behov sammankallar BUP individforum.", "{ part: bup }"),
        ("Individforum", "Elevhälsan anmäler ärendet till socialtjänsten, som sammankallar.", "{ part: socialtjanst }"),
        ("Individforum", "Socialtjänsten och BUP turas om att vara sammankallande.", "{ part: \"(ange part)\" }"),
        ("Styrgrupp", "Ordförande och sammankallande växlar årligen mellan kommun och region.", "{ part: \"(ange part)\" }"),
        ("Styrgrupp", "Styrgruppen sammankallas av kommunens BUS-samordnare.", "{ part: \"(ange part)\", roll: BUS-samordnare }"),
    ])
    func theConvenerIsReadAsWordAgreementsWordItOrLeftForTheAuthors(section: String, wording: String, convener: String) throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("nykvarn.docx").path
        let script = """
            import sys, docx
            section, wording = sys.argv[2], sys.argv[3]
            d = docx.Document()
            d.add_heading("Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd i Nykvarn", 0)
            d.add_paragraph("Överenskommelse mellan Nykvarns kommun och Region Stockholm enligt HÖK 2022.")
            d.add_heading("Parter", 1)
            for p in ["Socialtjänsten, Nykvarns kommun", "Förskola och skola, Nykvarns kommun", "Elevhälsan, Nykvarns kommun",
                      "BUP Södertälje, Region Stockholm", "Habilitering & Hälsa, Region Stockholm"]:
                d.add_paragraph(p, style="List Bullet")
            for heading, text in [("Styrgrupp", "Styrgruppen består av en enhetschef från varje part och träffas fyra gånger per år."),
                                  ("Individforum", "Individforum hålls vid behov, senast inom 14 dagar. Protokoll förs vid varje möte.")]:
                d.add_heading(heading, 1)
                d.add_paragraph(text)
                if heading == section and " | " in wording:
                    t = d.add_table(rows=1, cols=2)
                    for c, x in zip(t.rows[0].cells, wording.split(" | ")): c.text = x
                elif heading == section:
                    d.add_paragraph(wording)
            d.save(sys.argv[1])
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, file, section, wording]
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0, "python-docx is missing: `make test` installs it")
        let run = try BusDocsProcess.run(["import", file, "--today", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let group = section == "Styrgrupp" ? "styrgrupp" : "individforum"
        let lines = run.stdout.split(separator: "\n").filter { $0.hasPrefix("    sammankallande:") }
        let quoted = wording.replacingOccurrences(of: " | ", with: " – ")
        #expect(lines.map { String($0.prefix { $0 != "#" }) } == ["    sammankallande: \(convener)  "], "\(run.stdout)")
        #expect(lines.first?.contains("# \"\(quoted)\" (stycke ") == true, "\(run.stdout)")
        let frontMatter = run.stdout.components(separatedBy: "\n---\n").first ?? ""
        #expect(frontMatter.contains("  - id: \(group)\n") && frontMatter.components(separatedBy: "  - id: \(group)\n").last?.components(separatedBy: "  - id: ").first?.contains("    sammankallande: \(convener)") == true, "\(run.stdout)")
        #expect(!run.stderr.contains("BUS014"), "\(run.stderr)")
        let left = convener.contains("(ange part)")
        #expect(run.stderr.contains("grupper.\(group).sammankallande: the text does not say which party convenes; write the party's id in place of (ange part)") == left, "\(run.stderr)")
        #expect(run.stderr.contains("[BUS024] placeholder text is left in the draft") == left, "\(run.stderr)")
    }

    /// Signature blocks as municipalities write them in Word (python-docx): "För Salems kommun" over a line to
    /// sign on, "Namnförtydligande" and "Datum"; a two-column table with the names and roles filled in; a
    /// plain "Underskrifter" line with "Ort och datum" and "Namn, roll, part" lines. Each is read into
    /// `undertecknare` (a role it does not name left for the authors, never a name), and none of it is
    /// body text: no form line, no person's name; a sentence in the section stays.
    @Test(arguments: [
        ("lines", ["  - { part: socialtjanst, roll: \"(ange roll)\" }", "  - { part: bup, roll: \"(ange roll)\" }"], "## Samtycke\n\nSkriftligt samtycke inhämtas från vårdnadshavare.\n"),
        ("table", ["  - { part: socialtjanst, roll: Socialchef }", "  - { part: bup, roll: Verksamhetschef }"], "## Samtycke\n\nSkriftligt samtycke inhämtas från vårdnadshavare.\n"),
        ("plain", ["  - { part: socialtjanst, roll: Socialchef }", "  - { part: bup, roll: Verksamhetschef }"],
         "## Samtycke\n\nSkriftligt samtycke inhämtas från vårdnadshavare.\n\nUnderskrifter\n\nÖverenskommelsen har upprättats i två likalydande exemplar.\n"),
    ])
    func signatureBlocksAreReadIntoSignatoriesNeverIntoTheBody(layout: String, signatories: [String], end: String) throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("salem.docx").path
        let script = """
            import sys, docx
            layout = sys.argv[2]
            d = docx.Document()
            d.add_heading("Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd i Salem", 0)
            d.add_paragraph("Överenskommelse mellan Salems kommun och Region Stockholm enligt HÖK 2022.")
            d.add_heading("Parter", 1)
            for p in ["Socialtjänsten, Salems kommun", "Förskola och skola, Salems kommun", "BUP Södertälje, Region Stockholm"]:
                d.add_paragraph(p, style="List Bullet")
            d.add_heading("Samtycke", 1)
            d.add_paragraph("Skriftligt samtycke inhämtas från vårdnadshavare.")
            if layout == "lines":
                d.add_heading("Underskrifter", 1)
                for principal in ["För Salems kommun", "För Region Stockholm"]:
                    for line in [principal, "……………………………………", "Namnförtydligande", "Datum"]:
                        d.add_paragraph(line)
            elif layout == "table":
                d.add_heading("Underskrifter", 1)
                rows = [("För Salems kommun", "För Region Stockholm"), ("……………………………", "……………………………"), ("Anna Berg", "Per Lund"),
                        ("Socialchef", "Verksamhetschef, BUP Södertälje"), ("Ort och datum", "Ort och datum")]
                t = d.add_table(rows=len(rows), cols=2)
                for row, cells in zip(t.rows, rows):
                    for c, x in zip(row.cells, cells): c.text = x
            else:
                for line in ["Underskrifter", "Överenskommelsen har upprättats i två likalydande exemplar.", "Ort och datum: Salem 2024-01-15",
                             "Anna Berg, socialchef, Salems kommun", "Per Lund, verksamhetschef, BUP Södertälje"]:
                    d.add_paragraph(line)
            d.save(sys.argv[1])
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, file, layout]
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0, "python-docx is missing: `make test` installs it")
        let run = try BusDocsProcess.run(["import", file, "--today", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let parts = run.stdout.components(separatedBy: "\n---\n")
        let frontMatter = parts.first ?? "", body = parts.dropFirst().joined(separator: "\n---\n")
        let signing = frontMatter.components(separatedBy: "\nundertecknare:\n").dropFirst().first?.split(separator: "\n").map { String($0.prefix { $0 != "#" }).trimmingCharacters(in: .whitespaces) }
        #expect(signing == signatories.map { $0.trimmingCharacters(in: .whitespaces) }, "\(run.stdout)")
        // The body ends with the last section of text: the signature block is none of it.
        #expect(body.hasSuffix("\n" + end), "\(body)")
        for form in ["Namnförtydligande", "……", "Ort och datum", "Anna Berg", "Per Lund", "För Salems kommun", "## Underskrifter"] {
            #expect(!body.contains(form), "\(form) in the body: \(body)")
        }
        #expect(!run.stderr.contains("BUS013") && !run.stderr.contains("BUS014"), "\(run.stderr)")
        // The report says what left the body: the heading and eight lines; the heading and the table; three lines.
        let dropped = ["lines": 9, "table": 2, "plain": 3][layout] ?? 0
        #expect(run.stderr.contains("\n  the signature block's lines were read into undertecknare, not kept as body text (\(dropped))\n"), "\(run.stderr)")
        let left = layout == "lines"
        #expect(run.stderr.contains("the signature block names no role for socialtjanst; write the role in place of (ange roll)") == left, "\(run.stderr)")
        // The signatory's placeholder role is in the draft only where the block names none (BUS024 warns of
        // it, and of the groups' skeleton written as the document names no group).
        #expect(run.stdout.contains("  - { part: socialtjanst, roll: \"(ange roll)\" }") == left, "\(run.stdout)")
        #expect(run.stderr.contains("[BUS024] placeholder text is left in the draft"), "\(run.stderr)")
    }

    /// Every value line of the front matter holds a citation, a marked gap, or is fixed by the format.
    static func expectEveryValueCitedOrMarked(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let frontMatter = text.components(separatedBy: "\n---\n").first ?? ""
        let fixed = ["---", "bus-docs: 1", "typ: lokal-överenskommelse", "status: utkast", "parter:", "grupper:", "ledamöter:", "avvikelser:",
                     "sip:", "uppföljning:", "undertecknare:", "giltighet:", "revisioner:"]
        for line in frontMatter.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("#") || fixed.contains(line) || line.hasPrefix("- id: ") || line.hasPrefix("id: ") || line.hasPrefix("typ: ") || line.hasPrefix("huvudman: ") { continue }
            #expect(line.contains("# \"") || line.contains("HITTADES INTE I DOKUMENTET") || line.contains("--rules"), "neither cited nor marked: \(line)", sourceLocation: sourceLocation)
        }
    }

    // MARK: Files and errors

    /// `-o` as `new` reads it: a folder gets the document's name as an agreement's file name (the documented
    /// `Agreements/` made when missing, said), a name without an extension gets `.md` (said), another
    /// extension is refused with `new`'s words, in both languages, and nothing is written.
    /// A personal identity number in an imported document never reaches the draft on disk: it is masked
    /// there, and stderr says so.
    @Test func aPersonalIdentityNumberIsMaskedInTheDraft() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let source = folder.appendingPathComponent("lidingo.txt")
        try "Lokal överenskommelse om BUS i Lidingö\n\nSom exempel kan nämnas Kalle (19121212-1212) som fick vänta i sex månader.\n"
            .write(to: source, atomically: true, encoding: .utf8)
        let result = try BusDocsProcess.run(["import", source.path, "-o", folder.appendingPathComponent("lidingo.md").path], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        let draft = try String(contentsOf: folder.appendingPathComponent("lidingo.md"), encoding: .utf8)
        #expect(draft.contains("Kalle (19121212-****) som fick vänta") && !draft.contains("1212-1212"), "\(draft)")
        #expect(result.stderr.contains("bus-docs: dokumentet innehåller personnummer; utkastet får dem maskerade"), "\(result.stderr)")
        let piped = try BusDocsProcess.run(["import", source.path])
        #expect(!piped.stdout.contains("1212-1212") && !piped.stderr.contains("1212-1212"))
    }

    @Test func outputTakesAFolderAndAMissingExtensionAsNewDoes() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("Ekerö BUS 2023.odt")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("ekero-2023.odt"), to: source)
        let printed = try BusDocsProcess.run(["import", source.path, "--today", "2026-01-01"], in: folder)
        #expect(printed.status == 0, "\(printed.stderr)")

        let intoFolder = try BusDocsProcess.run(["import", source.lastPathComponent, "-o", "Agreements/", "--today", "2026-01-01"], in: folder)
        #expect(intoFolder.status == 0, "\(intoFolder.stderr)")
        #expect(intoFolder.stderr.hasPrefix("Created the folder Agreements/, where check, build and serve look for agreements.\nImport of Ekerö BUS 2023.odt"), "\(intoFolder.stderr)")
        let written = folder.appendingPathComponent("Agreements/ekero-bus-2023.md").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Agreements").path) == ["ekero-bus-2023.md"])
        #expect(try String(contentsOfFile: written, encoding: .utf8) == printed.stdout)
        // The folder's file is there now: kept, as any -o file, unless --force.
        let again = try BusDocsProcess.run(["import", source.path, "-o", "Agreements", "--today", "2026-01-01"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr == "bus-docs: -o Agreements/ekero-bus-2023.md: exists and may have been worked on by hand; choose another name, e.g. -o Agreements/ekero-bus-2023-2.md, or pass --force to replace it\n", "\(again.stderr)")
        // The name offered is free: applied as it stands, the import is written there.
        #expect(try BusDocsProcess.run(["import", source.path, "-o", "Agreements/ekero-bus-2023-2.md", "--today", "2026-01-01"], in: folder).status == 0)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Agreements/ekero-bus-2023-2.md"))
        #expect(try BusDocsProcess.run(["import", source.path, "-o", "Agreements", "--force", "--today", "2026-01-01"], in: folder).status == 0)

        let bare = try BusDocsProcess.run(["import", source.path, "-o", "ekero", "--today", "2026-01-01"], environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(bare.stderr.hasPrefix("En överenskommelse är en .md-fil: skriver ekero.md.\nImport av "), "\(bare.stderr)")
        #expect(try String(contentsOfFile: folder.appendingPathComponent("ekero.md").path, encoding: .utf8) == printed.stdout)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ekero").path))
        let english = try BusDocsProcess.run(["import", source.path, "-o", "ekero", "--today", "2026-01-01"], in: folder)
        #expect(english.stderr == "bus-docs: -o ekero.md: exists and may have been worked on by hand; choose another name, e.g. -o ekero-2.md, or pass --force to replace it\n", "\(english.stderr)")

        for (language, message) in [("C", "bus-docs: -o ekero.txt: an agreement is a .md file, and check, build and serve read no other — write -o ekero.md\n"),
                                    ("sv_SE.UTF-8", "bus-docs: -o ekero.txt: en överenskommelse är en .md-fil, och check, build och serve läser inga andra — skriv -o ekero.md\n")] {
            let refused = try BusDocsProcess.run(["import", source.path, "-o", "ekero.txt"], environment: ["LANG": language], in: folder)
            #expect(refused.status == 2)
            #expect(refused.stderr == message, "\(refused.stderr)")
            let new = try BusDocsProcess.run(["new", "--area", "Ekerö", "-o", "ekero.txt"], environment: ["LANG": language], in: folder)
            #expect(new.stderr == message, "\(new.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ekero.txt").path))
        // Another folder that does not exist is refused, as new refuses it.
        let missing = try BusDocsProcess.run(["import", source.path, "-o", "utkast/"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr == "bus-docs: -o utkast/: the folder utkast does not exist; create it (mkdir utkast) and run again, or write -o Agreements/, where check, build and serve look\n", "\(missing.stderr)")
    }

    @Test func anExistingFileIsReplacedOnlyWithForce() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("utkast.md").path
        try "mitt eget arbete\n".write(toFile: out, atomically: true, encoding: .utf8)
        let source = Self.fixtures.appendingPathComponent("ekero-2023.odt").path
        let refused = try BusDocsProcess.run(["import", source, "-o", out])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("pass --force"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "mitt eget arbete\n")
        let forced = try BusDocsProcess.run(["import", source, "-o", out, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("---\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["utkast.md"])
    }

    @Test func theReportIsMarkdownOrJSONAndSwedishUnderASwedishLocale() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = Self.fixtures.appendingPathComponent("ekero-2023.odt").path
        let json = folder.appendingPathComponent("rapport.json").path
        let run = try BusDocsProcess.run(["import", source, "-o", folder.appendingPathComponent("a.md").path, "--report", json])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        let recognised = try #require(object["recognised"] as? [[String: Any]])
        #expect(recognised.contains { $0["key"] as? String == "samtycke" && $0["value"] as? String == "skriftligt" && $0["paragraph"] as? Int == 20 })
        #expect((object["missing"] as? [[String: Any]])?.contains { $0["key"] as? String == "undertecknare" } == true)
        #expect((object["errors"] as? Int ?? 0) > 0)
        let markdown = folder.appendingPathComponent("rapport.md").path
        let swedish = try BusDocsProcess.run(["import", source, "-o", folder.appendingPathComponent("b.md").path, "--report", markdown], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.status == 0)
        let report = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(report.contains("## Känt igen") && report.contains("## Hittades inte — fyll i") && report.contains("fel: [BUS013]"), "\(report)")
    }

    @Test func hostileAndUnreadableDocumentsGetClearErrors() throws {
        let hostile = Self.fixtures.appendingPathComponent("hostile")
        for (file, message) in [
            ("password.docx", "password-protected"),
            ("legacy.doc", "save it as .docx"),
            ("legacy-named-docx.docx", "save it as .docx"),
            ("not-a-zip.docx", "not a .docx document"),
            ("zip-bomb.docx", "zip bomb"),
            ("malformed-xml.docx", "word/document.xml:1: malformed XML"),
        ] {
            let run = try BusDocsProcess.run(["import", hostile.appendingPathComponent(file).path], timeout: 30)
            #expect(run.status == 2, "\(file): \(run.stderr)")
            #expect(run.stderr.hasPrefix("bus-docs: ") && run.stderr.contains(message), "\(file): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        let swedish = try BusDocsProcess.run(["import", hostile.appendingPathComponent("legacy.doc").path], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stderr.contains("spara som .docx"), "\(swedish.stderr)")
    }

    @Test func zipSlipNamesAndEntitiesDoNothing() throws {
        let hostile = Self.fixtures.appendingPathComponent("hostile")
        try? FileManager.default.removeItem(atPath: "/tmp/bus-docs-zip-slip.txt")
        let slip = try BusDocsProcess.run(["import", hostile.appendingPathComponent("zip-slip.docx").path])
        #expect(slip.status == 0, "\(slip.stderr)")
        #expect(slip.stdout.contains("Avvikelser skickas till BUSSAM."))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/bus-docs-zip-slip.txt"))
        // Entities are never substituted; libxml2 refuses the "billion laughs" outright, at once.
        let laughs = try BusDocsProcess.run(["import", hostile.appendingPathComponent("entity-expansion.docx").path], timeout: 20)
        #expect(laughs.status == 2, "\(laughs.stderr)")
        #expect(laughs.stderr.contains("word/document.xml:1: malformed XML (Detected an entity reference loop)"), "\(laughs.stderr)")
        #expect(!laughs.stdout.contains("aaaaaaaaaa"))
        let external = try BusDocsProcess.run(["import", hostile.appendingPathComponent("external-entity.docx").path], timeout: 20)
        #expect(external.status == 0, "\(external.stderr)")
        #expect(!external.stdout.contains("root:"))
    }

    @Test func aHugeDocumentImportsWholeWithinLimits() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 5 000 paragraphs, 600 kB of text (an agreement has a few hundred): written by Python's zipfile, another tool than ours.
        let file = folder.appendingPathComponent("stor.docx").path
        let script = """
            import sys, zipfile
            w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            body = "".join(f"<w:p><w:r><w:t>Stycke {i}: styrgruppen träffas en gång per termin och följer upp arbetet med barnen i området.</w:t></w:r></w:p>" for i in range(5000))
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
                z.writestr("word/document.xml", f"<w:document {w}><w:body>{body}</w:body></w:document>")
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, file]
        try python.run()
        python.waitUntilExit()
        let out = folder.appendingPathComponent("stor.md").path
        let run = try BusDocsProcess.run(["import", file, "-o", out], timeout: 300)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("Stycke 0:") && text.contains("Stycke 4999:"))
    }

    // MARK: Round trip

    /// Every agreement in `Agreements/`, published, turned into Word by LibreOffice and imported back,
    /// recovers its facts.
    @Test func publishedAgreementsRoundTripThroughWord() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"), "LibreOffice is missing: `make test` installs it")
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site").path
        _ = try BusDocsProcess.run(["build", "Agreements", "--out", site, "--today", "2026-01-01"], timeout: 120)
        let agreements = try FileManager.default.contentsOfDirectory(atPath: BusDocsProcess.packageRoot.appendingPathComponent("Agreements").path)
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(agreements.count >= 2)
        for name in agreements {
            let slug = String(name.dropLast(3))
            let html = folder.appendingPathComponent("\(slug).html")
            try FileManager.default.copyItem(atPath: "\(site)/\(slug)/index.html", toPath: html.path)
            let office = Process()
            office.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
            office.arguments = ["-env:UserInstallation=file://\(folder.path)/lo", "--headless", "--infilter=HTML (StarWriter)",
                                "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder.path, html.path]
            office.standardOutput = FileHandle.nullDevice
            office.standardError = FileHandle.nullDevice
            try office.run()
            office.waitUntilExit()
            let docx = folder.appendingPathComponent("\(slug).docx").path
            try #require(FileManager.default.fileExists(atPath: docx), "LibreOffice wrote no \(docx)")
            let out = folder.appendingPathComponent("\(slug).md").path
            let run = try BusDocsProcess.run(["import", docx, "-o", out, "--today", "2026-01-01"])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            let original = try Self.draft(BusDocsProcess.packageRoot.appendingPathComponent("Agreements/\(name)").path).agreement
            let imported = try Self.draft(out).agreement
            Self.expectSameFacts(original, imported, name)
        }
    }

    /// An agreement in every form bus-docs writes it to sign — its own PDF and Word file, and what
    /// LibreOffice makes of them (the Word file printed to PDF, the HTML page saved as OpenDocument) — and
    /// imported back keeps what the document states: the area, the groups' names, the escalation's steps,
    /// the SIP initiators, the members' substitutes. Its Markdown is the agreement itself (`import` reads a Markdown file's body only).
    @Test func anAgreementRoundTripsThroughEveryFormatItIsWrittenIn() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"), "LibreOffice is missing: `make test` installs it")
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "nacka-2023.md"
        let source = BusDocsProcess.packageRoot.appendingPathComponent("Agreements/\(name)").path
        func office(_ file: String, to format: String, filter: [String] = []) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
            process.arguments = ["-env:UserInstallation=file://\(folder.path)/lo", "--headless"] + filter + ["--convert-to", format, "--outdir", folder.appendingPathComponent("lo-\(format)").path, file]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            let made = folder.appendingPathComponent("lo-\(format)/" + ((file as NSString).lastPathComponent as NSString).deletingPathExtension + "." + format).path
            try #require(FileManager.default.fileExists(atPath: made), "LibreOffice wrote no \(made)")
            return made
        }
        // Its own PDF as WeasyPrint prints it is the fixture `nacka-2023-tryckt.pdf` (tests run no WeasyPrint).
        var documents = [Self.fixtures.appendingPathComponent("nacka-2023-tryckt.pdf").path]
        for format in ["docx", "html"] {
            let file = folder.appendingPathComponent("avtal.\(format)").path
            let written = try BusDocsProcess.run(["agreement", source, "-o", file, "--today", "2026-01-01"], timeout: 120)
            #expect(written.status == 0, "\(format): \(written.stderr)")
            if format == "docx" { documents.append(file) }
        }
        documents.append(try office(folder.appendingPathComponent("avtal.docx").path, to: "pdf"))
        documents.append(try office(folder.appendingPathComponent("avtal.html").path, to: "odt", filter: ["--infilter=HTML (StarWriter)"]))
        let original = try Self.draft(source).agreement
        for (number, document) in documents.enumerated() {
            let out = folder.appendingPathComponent("utkast-\(number).md").path
            let run = try BusDocsProcess.run(["import", document, "-o", out, "--today", "2026-01-01"])
            #expect(run.status == 0, "\(document): \(run.stderr)")
            let imported = try Self.draft(out).agreement
            Self.expectSameFacts(original, imported, document)
            #expect(Set(imported.sip?.initiators.map(\.value) ?? []) == Set(original.sip?.initiators.map(\.value) ?? []), "\(document): SIP initiators")
            // The members' substitutes, from the members' tables' "Ersättare" column.
            func substitutes(_ agreement: Agreement) -> [String] {
                agreement.groups.flatMap { group in group.members.compactMap { member in member.substitute.map { "\(group.kind?.value.rawValue ?? ""): \($0.value)" } } }.sorted()
            }
            #expect(substitutes(imported) == substitutes(original), "\(document): substitutes")
        }
    }

    /// Every agreement in `Agreements/` written as Word by bus-docs' own writer (`agreement --format docx`)
    /// and imported back recovers its facts, and the draft checks without findings the original lacks.
    @Test func agreementsRoundTripThroughOurOwnWordWriter() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agreements = try FileManager.default.contentsOfDirectory(atPath: BusDocsProcess.packageRoot.appendingPathComponent("Agreements").path)
            .filter { $0.hasSuffix(".md") }.sorted()
        for name in agreements {
            let docx = folder.appendingPathComponent("\(name).docx").path
            let written = try BusDocsProcess.run(["agreement", "Agreements/\(name)", "--format", "docx", "-o", docx, "--today", "2026-01-01"])
            #expect(written.status == 0, "\(name): \(written.stderr)")
            let out = folder.appendingPathComponent(name).path
            let run = try BusDocsProcess.run(["import", docx, "-o", out, "--today", "2026-01-01"])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            let original = try Self.draft(BusDocsProcess.packageRoot.appendingPathComponent("Agreements/\(name)").path).agreement
            Self.expectSameFacts(original, try Self.draft(out).agreement, name)
            let checked = try BusDocsProcess.run(["check", out, "--today", "2026-01-01"])
            #expect(checked.status == 0, "\(name): \(checked.stdout)")
        }
    }

    static func expectSameFacts(_ original: Agreement, _ imported: Agreement, _ name: String) {
        #expect(imported.area?.value == original.area?.value, "\(name): area")
        #expect(imported.municipality?.value == original.municipality?.value, "\(name): municipality")
        #expect(imported.ruleSet?.value == original.ruleSet?.value, "\(name): rule set")
        // Mandatory services and the parties that provide them, by name.
        for party in original.parties {
            let match = imported.parties.first { $0.name?.value == party.name?.value }
            #expect(match != nil, "\(name): party \(party.name?.value ?? party.id.value) lost")
            let services = Set(party.services.map(\.value))
            #expect(match.map { Set($0.services.map(\.value)).isSubset(of: services) && !$0.services.isEmpty } == true, "\(name): services of \(party.id.value)")
            #expect(match?.principal?.value == party.principal?.value, "\(name): principal of \(party.id.value)")
        }
        // Group types, cadences, the individforum's deadline.
        func groups(_ agreement: Agreement) -> [GroupKind: Cadence] {
            Dictionary(agreement.groups.compactMap { group in group.kind.map { ($0.value, group.meetings?.value) } }.compactMap { kind, cadence in cadence.map { (kind, $0) } },
                       uniquingKeysWith: { first, _ in first })
        }
        #expect(Set(imported.groups.compactMap { $0.kind?.value }) == Set(original.groups.compactMap { $0.kind?.value }), "\(name): group types")
        let before = groups(original), after = groups(imported)
        for (kind, cadence) in before {
            switch (cadence, after[kind]) {
            case (.whenNeeded(let a), .whenNeeded(let b)?): #expect(a?.value == b?.value, "\(name): \(kind) deadline")
            default: #expect(after[kind] == cadence, "\(name): \(kind) cadence")
            }
        }
        // Each group's name as the agreement names it ("BUS lokal styrgrupp Nacka", with its place).
        func names(_ agreement: Agreement) -> [GroupKind: String] {
            Dictionary(agreement.groups.compactMap { group in group.kind.flatMap { kind in group.name.map { (kind.value, $0.value) } } }, uniquingKeysWith: { first, _ in first })
        }
        #expect(names(imported) == names(original), "\(name): group names")
        // The escalation's steps: the groups by their kind, then the receiver.
        func steps(_ agreement: Agreement) -> [String] {
            (agreement.deviations?.escalation ?? []).map { step in
                agreement.groups.first { $0.id.value == step.value }?.kind.map(\.value.rawValue) ?? NameKey(step.value).key
            }
        }
        #expect(steps(imported) == steps(original), "\(name): escalation")
        #expect(imported.consent?.value == original.consent?.value, "\(name): consent")
        #expect(imported.sip?.school?.value == original.sip?.school?.value, "\(name): SIP wording")
        let initiators = Set(imported.sip?.initiators.map(\.value) ?? []), written = Set(original.sip?.initiators.map(\.value) ?? [])
        #expect(initiators.isSuperset(of: written), "\(name): SIP initiators")
        #expect(imported.deviations?.receiver.map { NameKey($0.value) } == original.deviations?.receiver.map { NameKey($0.value) }, "\(name): receiver")
        #expect(imported.followUp?.period?.value == original.followUp?.period?.value, "\(name): follow-up")
        #expect(imported.validity?.from?.value.raw == original.validity?.from?.value.raw, "\(name): valid from")
        #expect(imported.signatories.count == original.signatories.count, "\(name): signatories")
    }
}
