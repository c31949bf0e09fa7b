import Foundation
import Testing
import TestSupport

/// `bus-docs diff` from the built binary, on a real revision of the Rinkeby-Kista agreement: BUMM Järva
/// leaves, the steering group meets yearly, the school's SIP duty becomes `kan`, a section moves.
@Suite struct DiffCommandTests {
    static let old = "Tests/CLITests/Revisions/rinkeby-kista-2017.md"
    static let new = "Tests/CLITests/Revisions/rinkeby-kista-2019.md"

    @Test(arguments: [("text", "C", "diff-en.txt"), ("text", "sv_SE.UTF-8", "diff-sv.txt"), ("json", "C", "diff.json"), ("html", "C", "diff.html")])
    func diffMatchesGoldenFile(format: String, locale: String, golden: String) throws {
        // A one-line stylesheet, so the golden file follows the template and not every change of style.
        let templates = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: templates) }
        try "/* stilmall */\n".write(to: templates.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        let result = try BusDocsProcess.run(["diff", Self.old, Self.new, "--format", format, "--today", "2026-11-24", "--templates", templates.path],
                                            environment: ["LANG": locale])
        #expect(result.status == 0, "\(result.stderr)")
        Snapshot.expect(result.stdout, matches: golden)
    }

    @Test func weakeningFailsOnlyWhenAskedTo() throws {
        let asked = try BusDocsProcess.run(["diff", Self.old, Self.new, "--fail-on-weakening", "--today", "2026-11-24"])
        #expect(asked.status == 1)
        // The cadences in the run's language, as `check` says them.
        #expect(asked.stdout.contains("! grupper.styrgrupp.möten: at least once per term → at least once per year — weakens, breaks BUS005"))
        let swedish = try BusDocsProcess.run(["diff", Self.old, Self.new, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stdout.contains("! grupper.styrgrupp.möten: minst en gång per termin → minst en gång per år — försvagar, bryter mot BUS005"))
        #expect(asked.stdout.contains("! the mandatory service BUMM (paediatric outpatient clinic, barn- och ungdomsmedicinsk mottagning) no longer has a provider — weakens, breaks BUS001"))
        let backwards = try BusDocsProcess.run(["diff", Self.new, Self.old, "--fail-on-weakening", "--today", "2026-11-24"])
        #expect(backwards.status == 0, "restoring the party and the cadence strengthens the agreement")
        #expect(backwards.stdout.contains("Findings gone:\n  Tests/CLITests/Revisions/rinkeby-kista-2019.md:18:1: error: [BUS001]"))
    }

    /// A repeal is the biggest change there is, and a misspelt value is still there, only unreadable.
    @Test func theStatusAndAMisspeltValueAreChanges() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try String(contentsOfFile: "Agreements/nacka-2023.md", encoding: .utf8)
        let decided = folder.appendingPathComponent("beslutad.md"), revoked = folder.appendingPathComponent("upphavd.md")
        let misspelt = folder.appendingPathComponent("stavfel.md")
        let typ = try #require(source.range(of: "\ntyp: "))
        let withStatus = { (status: String) in source.replacingCharacters(in: typ, with: "\nstatus: \(status)\ntyp: ") }
        try withStatus("beslutad").write(to: decided, atomically: true, encoding: .utf8)
        try withStatus("upphävd").write(to: revoked, atomically: true, encoding: .utf8)
        try source.replacingOccurrences(of: "\nsamtycke: skriftligt\n", with: "\nsamtycke: skrftligt\n").write(to: misspelt, atomically: true, encoding: .utf8)
        let english = try BusDocsProcess.run(["diff", decided.path, revoked.path, "--today", "2026-11-24"])
        #expect(english.stdout.contains("  ! status: beslutad → upphävd — weakens (line 3 in \(revoked.path))\n"), "\(english.stdout)")
        let swedish = try BusDocsProcess.run(["diff", decided.path, revoked.path, "--today", "2026-11-24", "--format", "json"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stdout.contains("status: beslutad → upphävd"), "\(swedish.stdout)")
        let back = try BusDocsProcess.run(["diff", revoked.path, decided.path, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(back.stdout.contains("  ~ status: upphävd → beslutad (rad 3 i \(decided.path))\n"), "\(back.stdout)")
        let typo = try BusDocsProcess.run(["diff", "Agreements/nacka-2023.md", misspelt.path, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(typo.stdout.contains("  ! samtycke: skriftligt → skrftligt (ogiltigt värde) — försvagar, bryter mot BUS019 (rad "), "\(typo.stdout)")
        let typoEnglish = try BusDocsProcess.run(["diff", "Agreements/nacka-2023.md", misspelt.path, "--today", "2026-11-24"])
        #expect(typoEnglish.stdout.contains("  ! samtycke: skriftligt → skrftligt (invalid value) — weakens, breaks BUS019 (line "), "\(typoEnglish.stdout)")
        let gone = folder.appendingPathComponent("utan.md")
        try source.replacingOccurrences(of: "\nsamtycke: skriftligt\n", with: "\n").write(to: gone, atomically: true, encoding: .utf8)
        let removed = try BusDocsProcess.run(["diff", "Agreements/nacka-2023.md", gone.path, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(removed.stdout.contains("  ! samtycke: skriftligt har tagits bort — försvagar, bryter mot BUS008"), "\(removed.stdout)")
    }

    /// The comparison as a document for the people who sign: every change a sentence in the agreement's own
    /// names, why a weakening weakens in words; no key paths, party ids, line numbers or rule ids (the text
    /// format keeps them, for the file's author).
    @Test func theDocumentSaysChangesInWordsForThePeopleWhoSign() throws {
        let html = try BusDocsProcess.run(["diff", Self.old, Self.new, "--format", "html", "--today", "2026-11-24"]).stdout
        let page = try #require(html.components(separatedBy: "<h2 id=\"i-sak\">").last?.components(separatedBy: "<h2 id=\"avsnitt\">").first)
        for word in ["grupper.", "parter.", "sip.skolan", "giltighet.", "bumm-jarva", "BUS0", "(rad ", "<code>", "styrgrupp (", ".md:"] {
            #expect(!page.contains(word), "\(word) in \(page)")
        }
        #expect(page.contains("<li class=\"changed forsvagar\">BUS lokal styrgrupp möts nu minst en gång per år i stället för minst en gång per termin – <strong class=\"varning\">försvagar</strong>: regelverket kräver minst en gång per termin</li>"), "\(page)")
        #expect(page.contains("Parten Sachsska barn- och ungdomssjukhusets barn- och ungdomsmedicinska mottagning (BUMM) Järva har tagits bort"), "\(page)")
        #expect(page.contains("<li class=\"fel\">Fel: BUS lokal styrgrupp möts minst en gång per år; regelverket kräver minst en gång per termin</li>"), "\(page)")
        let text = try BusDocsProcess.run(["diff", Self.old, Self.new, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"]).stdout
        #expect(text.contains("! grupper.styrgrupp.möten: minst en gång per termin → minst en gång per år — försvagar, bryter mot BUS005 (rad 49 i \(Self.new))"), "\(text)")

        // A party renamed: by its names, old and new.
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let renamed = folder.appendingPathComponent("rinkeby-kista.md")
        try String(contentsOfFile: BusDocsProcess.packageRoot.appendingPathComponent(Self.old).path, encoding: .utf8)
            .replacingOccurrences(of: "namn: PRIMA Barn- och ungdomspsykiatri", with: "namn: PRIMA Barn- och ungdomspsykiatri Järva")
            .write(to: renamed, atomically: true, encoding: .utf8)
        let renaming = try BusDocsProcess.run(["diff", Self.old, renamed.path, "--format", "html", "--today", "2026-11-24"]).stdout
        #expect(renaming.contains("<li class=\"changed\">Parten PRIMA Barn- och ungdomspsykiatri heter nu PRIMA Barn- och ungdomspsykiatri Järva</li>"), "\(renaming)")
    }

    /// A sentence changed under a `###` heading is a change in the text, shown under its path in every
    /// format and language, not "12 sections unchanged".
    @Test func aChangeUnderASubsectionShowsInEveryFormat() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let edited = folder.appendingPathComponent("nacka.md")
        try String(contentsOfFile: "Agreements/nacka-2023.md", encoding: .utf8)
            .replacingOccurrences(of: "- Protokoll förs på den **fasta protokollmallen** och skickas till deltagarna.", with: "- Protokoll förs om någon begär det.")
            .write(to: edited, atomically: true, encoding: .utf8)
        let arguments = ["diff", "Agreements/nacka-2023.md", edited.path, "--today", "2026-11-24"]
        let swedish = try BusDocsProcess.run(arguments, environment: ["LANG": "sv_SE.UTF-8"]).stdout
        #expect(swedish.hasSuffix("""

            Avsnitt:
              ändrat: ### Organisation › BUS individforum
                  … från det att behovet anmälts.
                  - Protokoll förs [-på den **fasta protokollmallen** och skickas till deltagarna.-]
                  {+om någon begär det.+}
                  - Ärenden som inte kan lösas i individforum …
              15 avsnitt oförändrade

            0 ändringar i sak, 0 försvagar överenskommelsen

            """), "\(swedish)")
        let english = try BusDocsProcess.run(arguments).stdout
        #expect(english.hasSuffix("""

            Sections:
              changed: ### Organisation › BUS individforum
                  … från det att behovet anmälts.
                  - Protokoll förs [-på den **fasta protokollmallen** och skickas till deltagarna.-]
                  {+om någon begär det.+}
                  - Ärenden som inte kan lösas i individforum …
              15 sections unchanged

            0 changes in substance, 0 weaken the agreement

            """), "\(english)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(BusDocsProcess.run(arguments + ["--format", "json"]).stdout.utf8)) as? [String: Any])
        let sections = try #require(json["sections"] as? [[String: Any]])
        let changed = sections.filter { $0["status"] as? String != "unchanged" }
        #expect(changed.count == 1)
        #expect(changed.first?["heading"] as? String == "BUS individforum")
        #expect(changed.first?["path"] as? [String] == ["Organisation"])
        #expect(changed.first?["level"] as? Int == 3)
        #expect(changed.first?["line"] as? Int == 182)
        #expect(changed.first?["file"] as? String == edited.path)
        #expect((changed.first?["pieces"] as? [[String: String]])?.filter { $0["same"] == nil } == [["deleted": "på den **fasta protokollmallen** och skickas till deltagarna.\n"], ["inserted": "om någon begär det.\n"]])
        let html = try BusDocsProcess.run(arguments + ["--format", "html"]).stdout
        #expect(html.contains("""
            <h3>Organisation › BUS individforum <span class="status">ändrat</span></h3>
            """), "\(html)")
        #expect(html.contains("- Protokoll förs <del>på den fasta protokollmallen och skickas till deltagarna.\n</del><ins>om någon begär det.\n</ins>- Ärenden"), "\(html)")
        #expect(!html.contains("**"), "the page shows the words, not Markdown's asterisks")
    }

    /// A removed item points at its line in the old file, and the text says which file each line is in.
    /// A signatory whose role is reworded on its line is one change with the old role beside the new, in
    /// every format, not a signatory removed and another added.
    @Test func aSignatorysNewRoleIsOneChangeWithTheOldBesideIt() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let edited = folder.appendingPathComponent("nacka.md")
        let source = try String(contentsOfFile: "Agreements/nacka-2023.md", encoding: .utf8)
        try source.replacing("  - { part: bup-nacka, roll: Verksamhetschef }\n", with: "  - { part: bup-nacka, roll: Avdelningschef }\n", maxReplacements: 1)
            .write(to: edited, atomically: true, encoding: .utf8)
        let arguments = ["diff", "Agreements/nacka-2023.md", edited.path, "--today", "2026-11-24"]
        let english = try BusDocsProcess.run(arguments)
        #expect(english.stdout == """
            Comparison: Agreements/nacka-2023.md → \(edited.path)

            Changes in substance:
              ~ undertecknare.bup-nacka.roll: Verksamhetschef → Avdelningschef (line 100 in \(edited.path))

            Sections:
              16 sections unchanged

            1 change in substance, 0 weaken the agreement

            """, "\(english.stdout)")
        let swedish = try BusDocsProcess.run(arguments, environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stdout.contains("Ändringar i sak:\n  ~ undertecknare.bup-nacka.roll: Verksamhetschef → Avdelningschef (rad 100 i \(edited.path))\n\nAvsnitt:\n"), "\(swedish.stdout)")
        let html = try BusDocsProcess.run(arguments + ["--format", "html"]).stdout
        #expect(html.contains("<li class=\"changed\">För BUP Nacka undertecknar nu Avdelningschef i stället för Verksamhetschef</li>"), "\(html)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(BusDocsProcess.run(arguments + ["--format", "json"]).stdout.utf8)) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.map { "\($0["kind"] ?? "") \($0["subject"] ?? "") \($0["message"] ?? "")" } == [
            "changed undertecknare.bup-nacka.roll undertecknare.bup-nacka.roll: Verksamhetschef → Avdelningschef",
        ])
    }

    @Test func aRemovedItemPointsAtItsLineInTheOldFile() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let edited = folder.appendingPathComponent("nacka.md")
        let source = try String(contentsOfFile: "Agreements/nacka-2023.md", encoding: .utf8)
        let convener = "    sammankallande: { part: soc-nacka, roll: Enhetschef barn och unga }\n"
        #expect(source.components(separatedBy: "\n")[60] + "\n" == convener, "line 61 of the old file is the steering group's convener")
        try source.replacingOccurrences(of: "revisioner:\n", with: "revisioner:\n  - { datum: 2026-11-01, beskrivning: Ny sammankallande }\n")
            .replacing(convener, with: "", maxReplacements: 1)
            .write(to: edited, atomically: true, encoding: .utf8)
        let arguments = ["diff", "Agreements/nacka-2023.md", edited.path, "--today", "2026-11-24"]
        let swedish = try BusDocsProcess.run(arguments, environment: ["LANG": "sv_SE.UTF-8"]).stdout
        #expect(swedish.contains("""
            Ändringar i sak:
              + ny revision 2026-11-01: Ny sammankallande (rad 12 i \(edited.path))
              - grupper.styrgrupp.sammankallande: Enhetschef barn och unga (soc-nacka) har tagits bort (rad 61 i Agreements/nacka-2023.md)

            Avsnitt:
            """), "\(swedish)")
        let english = try BusDocsProcess.run(arguments).stdout
        #expect(english.contains("""
            Changes in substance:
              + new revision 2026-11-01: Ny sammankallande (line 12 in \(edited.path))
              - grupper.styrgrupp.sammankallande: Enhetschef barn och unga (soc-nacka) was removed (line 61 in Agreements/nacka-2023.md)

            Sections:
            """), "\(english)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(BusDocsProcess.run(arguments + ["--format", "json"]).stdout.utf8)) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.map { "\($0["kind"] ?? "") \($0["subject"] ?? "") \($0["file"] ?? "–"):\($0["line"] ?? 0)" } == [
            "added revisioner \(edited.path):12",
            "removed grupper.styrgrupp.sammankallande Agreements/nacka-2023.md:61",
        ])
    }

    @Test func aMovedSectionIsMovedNotDeletedAndAdded() throws {
        let result = try BusDocsProcess.run(["diff", Self.old, Self.new, "--format", "json", "--today", "2026-11-24"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let sections = try #require(json["sections"] as? [[String: Any]])
        let moved = sections.filter { $0["status"] as? String == "moved" }.compactMap { $0["heading"] as? String }
        #expect(moved == ["Fristående skolor"])
        #expect(!sections.contains { ["added", "removed"].contains($0["status"] as? String) })
    }

    /// A subsection moved to another section is one move in every format: the text says from which
    /// section to which, the JSON where it stood; moved and edited, the text shows the changed words.
    @Test func aSubsectionMovedToAnotherSectionIsOneMoveInEveryFormat() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try String(contentsOfFile: "Agreements/nacka-2023.md", encoding: .utf8)
        let conference = source.components(separatedBy: "### BUS-behandlingskonferens\n")[1].components(separatedBy: "## SIP\n")[0]
        let moved = source.replacing("### BUS-behandlingskonferens\n" + conference, with: "")
            .replacing("## Samtycke\n", with: "### BUS-behandlingskonferens\n" + conference + "## Samtycke\n")
        let edited = folder.appendingPathComponent("nacka.md")
        try moved.replacing("Konferensen sammankallas av BUP.", with: "Konferensen sammankallas av socialtjänsten.")
            .write(to: edited, atomically: true, encoding: .utf8)
        let arguments = ["diff", "Agreements/nacka-2023.md", edited.path, "--today", "2026-11-24"]
        let swedish = try BusDocsProcess.run(arguments, environment: ["LANG": "sv_SE.UTF-8"]).stdout
        #expect(swedish.hasSuffix("""
            Avsnitt:
              flyttat från ”Organisation” till ”SIP” och ändrat: ### SIP › BUS-behandlingskonferens
                  … vem som bör göra vad.
                  Konferensen sammankallas av [-BUP.-]{+socialtjänsten.+}
              15 avsnitt oförändrade

            0 ändringar i sak, 0 försvagar överenskommelsen

            """), "\(swedish)")
        let english = try BusDocsProcess.run(arguments).stdout
        #expect(english.hasSuffix("""
            Sections:
              moved from "Organisation" to "SIP" and changed: ### SIP › BUS-behandlingskonferens
                  … vem som bör göra vad.
                  Konferensen sammankallas av [-BUP.-]{+socialtjänsten.+}
              15 sections unchanged

            0 changes in substance, 0 weaken the agreement

            """), "\(english)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(BusDocsProcess.run(arguments + ["--format", "json"]).stdout.utf8)) as? [String: Any])
        let sections = try #require(json["sections"] as? [[String: Any]]).filter { $0["status"] as? String != "unchanged" }
        #expect(sections.map { section in
            "\(section["status"] ?? "") \(section["heading"] ?? "") in \((section["path"] as? [String]) ?? []) from \((section["oldPath"] as? [String]) ?? []), "
                + "place \(section["oldPosition"] ?? "–") → \(section["position"] ?? "–"), edited \(section["edited"] as? Bool ?? false), line \(section["line"] ?? "–")"
        } == ["moved BUS-behandlingskonferens in [\"SIP\"] from [\"Organisation\"], place 3 → 1, edited true, line 202"])
        let html = try BusDocsProcess.run(arguments + ["--format", "html"]).stdout
        #expect(html.contains("<h3>SIP › BUS-behandlingskonferens <span class=\"status\">flyttat från ”Organisation” till ”SIP” och ändrat</span></h3>"), "\(html)")
    }

    /// The document's first sentence says how many changes weaken the agreement in the number of the
    /// changes: the one change, none of several, some of several; nothing when there are none.
    @Test func theDocumentCountsTheWeakeningChangesInTheirNumber() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try String(contentsOfFile: "Agreements/nacka-2023.md", encoding: .utf8)
        let versions = [
            ("same", source),
            ("kan", source.replacing("  skolan: ska\n", with: "  skolan: kan\n")),
            ("dates", source.replacing("från: 2023-01-01", with: "från: 2024-01-01").replacing("till: 2027-12-31", with: "till: 2028-12-31")),
            ("both", source.replacing("  skolan: ska\n", with: "  skolan: kan\n").replacing("till: 2027-12-31", with: "till: 2028-12-31")),
        ]
        var sentences: [String] = []
        for (name, text) in versions {
            let file = folder.appendingPathComponent("\(name).md")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let html = try BusDocsProcess.run(["diff", "Agreements/nacka-2023.md", file.path, "--format", "html", "--today", "2026-11-24"]).stdout
            sentences.append(html.components(separatedBy: "(ny version).").dropFirst().first?.components(separatedBy: "</p>").first ?? html)
        }
        // Without changes the page says so once, under its heading.
        #expect(sentences == [
            "",
            " Ändringen försvagar överenskommelsen.",
            " Ingen av de 2 ändringarna försvagar överenskommelsen.",
            " 1 av de 2 ändringarna försvagar överenskommelsen.",
        ])
    }

    @Test func revisionFromGit() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rinkeby-kista.md")
        try FileManager.default.copyItem(at: BusDocsProcess.packageRoot.appendingPathComponent(Self.old), to: file)
        for arguments in [["init", "-q"], ["add", "rinkeby-kista.md"], ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "2017"]] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git"] + arguments
            git.currentDirectoryURL = folder
            try git.run()
            git.waitUntilExit()
            #expect(git.terminationStatus == 0)
        }
        try FileManager.default.removeItem(at: file)
        try FileManager.default.copyItem(at: BusDocsProcess.packageRoot.appendingPathComponent(Self.new), to: file)
        let result = try BusDocsProcess.run(["diff", "--rev", "HEAD", "rinkeby-kista.md", "--today", "2026-11-24"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Comparison: rinkeby-kista.md@HEAD → rinkeby-kista.md\n"))
        #expect(result.stdout.contains("10 changes in substance, 8 weaken the agreement"))
        let missing = try BusDocsProcess.run(["diff", "--rev", "no-such-revision", "rinkeby-kista.md"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr == "bus-docs: --rev no-such-revision: no such revision in the git repository (git log --oneline lists them)\n", "\(missing.stderr)")

        // An agreement the revision does not have yet (a pull request that adds one): everything is added.
        try FileManager.default.copyItem(at: BusDocsProcess.packageRoot.appendingPathComponent("Agreements/nacka-2023.md"),
                                         to: folder.appendingPathComponent("ny.md"))
        let added = try BusDocsProcess.run(["diff", "--rev", "HEAD", "ny.md", "--fail-on-weakening", "--today", "2026-11-24"], in: folder)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.hasPrefix("Comparison: ny.md@HEAD → ny.md\n"))
        #expect(added.stdout.contains("  + område: Nacka (new) (line 5 in ny.md)"), "\(added.stdout.prefix(400))")
        #expect(!added.stdout.contains("\n  - "), "nothing is removed")
        let gone = try BusDocsProcess.run(["diff", "--rev", "HEAD", "saknas.md"], in: folder)
        #expect(gone.status == 2)
        #expect(gone.stderr == "bus-docs: saknas.md: does not exist\n")
        let swedish = try BusDocsProcess.run(["diff", "ny.md", "saknas.md"], environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(swedish.stderr == "bus-docs: saknas.md: finns inte\n")
    }

    @Test func usageProblemsExitTwoAndSourcesAreNeverOverwritten() throws {
        let one = try BusDocsProcess.run(["diff", Self.old])
        #expect(one.status == 2)
        #expect(one.stderr == "bus-docs: diff takes two files, OLD and NEW (or --rev REV FILE)\n")
        let before = try Data(contentsOf: BusDocsProcess.packageRoot.appendingPathComponent(Self.new))
        let over = try BusDocsProcess.run(["diff", Self.old, Self.new, "-o", Self.new])
        #expect(over.status == 2)
        #expect(try Data(contentsOf: BusDocsProcess.packageRoot.appendingPathComponent(Self.new)) == before)
        // A version that cannot be read is one clear error, not every party, group and section "removed".
        let broken = try BusDocsProcess.run(["diff", Self.old, "Tests/CLITests/Hostile/unterminated-front-matter.md", "--today", "2026-11-24", "--fail-on-weakening"])
        #expect(broken.status == 2)
        #expect(broken.stdout.isEmpty)
        #expect(broken.stderr.components(separatedBy: "[BUS019]").count == 2, "\(broken.stderr)")
        #expect(broken.stderr.hasSuffix("bus-docs: Tests/CLITests/Hostile/unterminated-front-matter.md cannot be read (see the error above), so the versions cannot be compared; fix the file, then compare\n"))
        let indented = try String(contentsOfFile: Self.new, encoding: .utf8).replacingOccurrences(of: "\n    möten:", with: "\n   möten:")
        let folder = try BusDocsProcess.temporaryFolder()
        let file = folder.appendingPathComponent("ny.md")
        try indented.write(to: file, atomically: true, encoding: .utf8)
        let swedish = try BusDocsProcess.run(["diff", Self.old, file.path, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.status == 2 && swedish.stdout.isEmpty)
        #expect(swedish.stderr.contains("fel: [BUS019] YAML-fel"))
        #expect(swedish.stderr.hasSuffix("bus-docs: \(file.path) går inte att läsa (se felet ovan), så versionerna kan inte jämföras; rätta filen och jämför sedan\n"))
    }

    /// `samtycke: saknas` in the new version: the document says consent is no longer obtained, not
    /// "Samtycke inhämtas nu saknas", and why that weakens in BUS008's words for it.
    @Test func consentNoLongerObtainedIsSaidInWords() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let none = folder.appendingPathComponent("utan-samtycke.md")
        try String(contentsOfFile: "Agreements/nacka-2023.md", encoding: .utf8)
            .replacingOccurrences(of: "\nsamtycke: skriftligt\n", with: "\nsamtycke: saknas\n").write(to: none, atomically: true, encoding: .utf8)
        let html = try BusDocsProcess.run(["diff", "Agreements/nacka-2023.md", none.path, "--format", "html", "--today", "2026-11-24"]).stdout
        #expect(html.contains("<li class=\"changed forsvagar\">Samtycke inhämtas inte längre (tidigare: skriftligt) – <strong class=\"varning\">försvagar</strong>: samtycke för att bryta sekretess ska vara skriftligt</li>"), "\(html)")
        #expect(!html.contains("inhämtas nu saknas"))
        let text = try BusDocsProcess.run(["check", none.path, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"]).stdout
        #expect(text.contains(":88:11: fel: [BUS008] överenskommelsen säger att samtycke inte inhämtas (`samtycke: saknas`); samtycke för att bryta sekretess ska vara skriftligt\n"), "\(text)")
        let english = try BusDocsProcess.run(["check", none.path, "--today", "2026-11-24"]).stdout
        #expect(english.contains(":88:11: error: [BUS008] the agreement says consent is not obtained (`samtycke: saknas`); consent to break secrecy must be written\n"), "\(english)")
    }

    /// A section removed renumbers those after it; one of them edited too is shown under its new number
    /// with its old heading and its changed words, not as one section removed and another added.
    @Test func aRenumberedEditedSectionShowsItsChangedWords() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = "## 1. Syfte\nBarn i Ekby ska få rätt stöd i tid.\n\n## 2. Fristående skolor\nFristående skolor bjuds in.\n\n## 3. Uppföljning\nStyrgruppen följer upp överenskommelsen under vårterminen.\n\n## 4. Giltighet\nÖverenskommelsen gäller tills vidare.\n"
        let edited = "## 1. Syfte\nBarn i Ekby ska få rätt stöd i tid.\n\n## 2. Uppföljning\nStyrgruppen följer upp överenskommelsen under höstterminen.\n\n## 3. Giltighet\nÖverenskommelsen gäller tills vidare.\n"
        let source = try String(contentsOfFile: CheckCommandTests.valid, encoding: .utf8)
        let frontMatter = String(source[..<source.range(of: "\n---\n")!.upperBound])
        let old = folder.appendingPathComponent("ekby.md"), new = folder.appendingPathComponent("ekby-ny.md")
        try (frontMatter + body).write(to: old, atomically: true, encoding: .utf8)
        try (frontMatter + edited).write(to: new, atomically: true, encoding: .utf8)
        let result = try BusDocsProcess.run(["diff", old.path, new.path, "--today", "2026-11-24"])
        #expect(result.stdout.contains("\nSections:\n  removed: ## 2. Fristående skolor\n  changed: ## 2. Uppföljning (was 3. Uppföljning)\n      Styrgruppen följer upp överenskommelsen under [-vårterminen.-]{+höstterminen.+}\n  renamed: ## 3. Giltighet (was 4. Giltighet)\n  1 section unchanged\n"), "\(result.stdout)")
        #expect(!result.stdout.contains("added: ## 2. Uppföljning") && !result.stdout.contains("removed: ## 3. Uppföljning"), "\(result.stdout)")
    }
}
