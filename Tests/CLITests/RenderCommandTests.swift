import Foundation
import Testing

/// `build`, `protocol` and `deviation` end to end, from the built binary.
@Suite struct RenderCommandTests {
    static let valid = CheckCommandTests.valid

    @Test func buildPublishesEveryAgreementAndItsDocuments() throws {
        let out = try BusDocsProcess.temporaryFolder().appendingPathComponent("site")
        let result = try BusDocsProcess.run(["build", "Agreements", "--out", out.path, "--today", "2026-11-24"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("12 files written to \(out.path)/ (2 agreements; 6 attachments are not published and named without a link, see the warnings above)\n"), "\(result.stdout)")
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("href=\"nacka-2023/index.html\""))
        let protocolPage = try String(contentsOf: out.appendingPathComponent("rinkeby-kista-spanga-tensta-2017/protokoll-individforum.html"), encoding: .utf8)
        #expect(protocolPage.contains("PRIMA Barn- och ungdomspsykiatri"))
    }

    @Test func agreementWithErrorsIsPublishedMarkedNotValidAndExitsOne() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let text = try String(contentsOfFile: Self.valid, encoding: .utf8).replacingOccurrences(of: "samtycke: skriftligt", with: "samtycke: muntligt")
        try text.write(to: folder.appendingPathComponent("omrade.md"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("site")
        let result = try BusDocsProcess.run(["build", folder.path, "--out", out.path, "--today", "2026-11-24"])
        #expect(result.status == 1)
        let page = try String(contentsOf: out.appendingPathComponent("omrade/index.html"), encoding: .utf8)
        #expect(page.contains("Fel – inte giltig"))
        #expect(page.contains("[BUS008]</strong> rad 65, kolumn 11: samtycke för att bryta sekretess ska vara skriftligt"))
    }

    @Test func buildRefusesToWriteIntoItsInput() throws {
        let result = try BusDocsProcess.run(["build", "Agreements", "--out", "."])
        #expect(result.status == 2)
        #expect(result.stderr.contains("may not be, or contain, the input folder"))
    }

    @Test func protocolForTheForumWithDeadline() throws {
        let result = try BusDocsProcess.run(["protocol", Self.valid, "--noticed", "2026-11-02", "--date", "2026-11-20", "--format", "md"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Protokoll – BUS individforum – Testområdet\n"))
        #expect(result.stdout.contains("- Mötet hålls senast (14 dagar): 2026-11-16"))
        #expect(result.stdout.contains("> **Varning:** Mötet 2026-11-20 hålls efter tidsgränsen"))
    }

    @Test func aBadDateNamesItsOption() throws {
        let result = try BusDocsProcess.run(["protocol", Self.valid, "--date", "2027-13-01"])
        #expect(result.status == 2)
        #expect(result.stderr == "bus-docs: --date: '2027-13-01' is not a date (YYYY-MM-DD)\n")
    }

    @Test func agendaForAGroupAndUnknownGroups() throws {
        let agenda = try BusDocsProcess.run(["protocol", Self.valid, "--group", "arbetsgrupp", "--date", "2027-03-01", "--format", "md"])
        #expect(agenda.status == 0)
        #expect(agenda.stdout.hasPrefix("# Dagordning och minnesanteckningar – BUS arbetsgrupp\n"))
        let unknown = try BusDocsProcess.run(["protocol", Self.valid, "--group", "referensgrupp"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("(groups: styrgrupp = BUS lokal styrgrupp, arbetsgrupp = BUS arbetsgrupp, individforum = BUS individforum)"))
    }

    /// README's meeting-document commands run as written, and every `--group` name README offers (and
    /// the ones a chair says: "BUS individforum", "lokala styrgruppen") picks the group on README's
    /// example agreement, whose groups are named with the area ("BUS lokal styrgrupp Nacka").
    @Test func readmeMeetingCommandsAndGroupNamesWork() throws {
        let readme = try String(contentsOf: BusDocsProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let folder = try BusDocsProcess.temporaryFolder()
        // PDF needs WeasyPrint, which scripts/pdf-test.sh has; the Swift tests do not.
        let commands = readme.split(separator: "\n").filter { ($0.hasPrefix("bus-docs protocol ") || $0.hasPrefix("bus-docs deviation ")) && !$0.contains(" pdf") && !$0.contains(".pdf") }
        #expect(commands.count >= 3)
        for command in commands {
            let arguments = command.split(separator: " ").dropFirst().map { $0.hasSuffix(".html") || $0.hasSuffix(".pdf") || $0.hasSuffix(".docx") ? folder.appendingPathComponent(String($0)).path : String($0) }
            let result = try BusDocsProcess.run(Array(arguments))
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let line = try #require(readme.split(separator: "\n").first { $0.hasPrefix("- `--group` takes") })
        let paragraph = readme[line.startIndex...].prefix { $0 != "." }
        let names = paragraph.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            .filter { $0 != "--group" }
        #expect(names.contains("BUS lokal styrgrupp") && names.contains("BUS individforum"), "\(names)")
        for name in names + ["lokala styrgruppen", "BUS lokala styrgruppen", "styrgruppen", "bus individforum nacka", "styrgruppen i Nacka", "Nackas styrgrupp", "individforumet i Nacka"] {
            let result = try BusDocsProcess.run(["protocol", "Agreements/nacka-2023.md", "--group", name, "--format", "md"])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let heading = name.lowercased().contains("individforum") ? "# Protokoll – BUS individforum Nacka\n" : "# Dagordning och minnesanteckningar – BUS lokal styrgrupp Nacka\n"
            #expect(result.stdout.hasPrefix(heading), "\(name): \(result.stdout.prefix(60))")
        }
        let near = try BusDocsProcess.run(["protocol", "Agreements/nacka-2023.md", "--group", "BUS styrgrupp 2027", "--format", "md"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(near.status == 2)
        #expect(near.stderr == "bus-docs: Agreements/nacka-2023.md: ingen grupp ”BUS styrgrupp 2027” med protokoll eller dagordning — menade du styrgrupp (BUS lokal styrgrupp Nacka)? "
                + "(grupper: styrgrupp = BUS lokal styrgrupp Nacka, individforum = BUS individforum Nacka, behandlingskonferens = BUS-behandlingskonferens)\n", "\(near.stderr)")
        let english = try BusDocsProcess.run(["protocol", "Agreements/nacka-2023.md", "--group", "BUS styrgrupp 2027", "--format", "md"])
        #expect(english.stderr.contains("— did you mean styrgrupp (BUS lokal styrgrupp Nacka)? (groups: styrgrupp = BUS lokal styrgrupp Nacka, individforum"), "\(english.stderr)")
        // "lokal" may be added to a group named without it, and a group's id in its definite form is that group:
        // the behandlingskonferens gets its agenda.
        let rinkeby = "Agreements/rinkeby-kista-spanga-tensta-2017.md"
        let working = try BusDocsProcess.run(["protocol", rinkeby, "--group", "lokal arbetsgrupp", "--format", "md"])
        #expect(working.status == 0 && working.stdout.hasPrefix("# Dagordning och minnesanteckningar – "), "\(working.stderr)")
        let conference = try BusDocsProcess.run(["protocol", "Agreements/nacka-2023.md", "--group", "behandlingskonferensen", "--format", "md"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(conference.status == 0 && conference.stdout.hasPrefix("# Dagordning och minnesanteckningar – BUS-behandlingskonferens\n"), "\(conference.stderr)")
    }

    /// What people call a steering group — "lokala BUS-gruppen", "BUS-gruppen", "ledningsgruppen", the words
    /// `import` reads one by — is the agreement's steering group when it has one; before, no group.
    @Test func aCommonNameOfAGroupKindIsTheAgreementsGroupOfThatKind() throws {
        for name in ["lokala BUS-gruppen", "BUS-gruppen", "Lokala BUS-gruppen", "ledningsgruppen"] {
            let result = try BusDocsProcess.run(["protocol", "Agreements/nacka-2023.md", "--group", name, "--format", "md"], environment: ["LANG": "sv_SE.UTF-8"])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout.hasPrefix("# Dagordning och minnesanteckningar – BUS lokal styrgrupp Nacka\n"), "\(name): \(result.stdout.prefix(80))")
        }
        // More than the common name is no group's (a word of it may still be meant).
        let other = try BusDocsProcess.run(["protocol", "Agreements/nacka-2023.md", "--group", "BUS-gruppen för skolan", "--format", "md"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(other.status == 2, "\(other.stdout.prefix(80))")
    }

    /// Rinkeby-Kista's agreement starts 2017 with `växlar: [kommun, region], period: år`: the
    /// municipality chairs 2017, the region 2018, and the agenda says from when the turns count.
    @Test func theRotatingChairOfTheExampleAgreementStartsWithItsFirstYear() throws {
        var chairs: [String] = []
        for date in ["2017-03-01", "2018-03-01", "2026-03-01", "2027-03-01"] {
            let result = try BusDocsProcess.run(["protocol", "Agreements/rinkeby-kista-spanga-tensta-2017.md", "--group", "styrgrupp", "--date", date, "--format", "md"])
            #expect(result.status == 0, "\(result.stderr)")
            chairs += result.stdout.split(separator: "\n").filter { $0.contains("Ordförande enligt överenskommelsen:") }.map(String.init)
        }
        #expect(chairs.map { $0.split(separator: ",")[0] } == ["- Ordförande enligt överenskommelsen: kommunen", "- Ordförande enligt överenskommelsen: regionen", "- Ordförande enligt överenskommelsen: regionen", "- Ordförande enligt överenskommelsen: kommunen"], "\(chairs)")
        #expect(chairs.last?.hasSuffix("(ordförandeskapet växlar varje år mellan kommunen och regionen, med kommunen först år 2017)") == true, "\(chairs)")
    }

    /// Meeting documents for an agreement that is repealed, has expired or is not yet decided are still
    /// made (a meeting between two agreements needs its protocol), with a warning in the run's language;
    /// the deviation form is judged on `--today` as the protocol is.
    @Test func documentsForARepealedOrExpiredAgreementSaySo() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let text = try String(contentsOfFile: "\(BusDocsProcess.packageRoot.path)/Agreements/nacka-2023.md", encoding: .utf8)
        let repealed = folder.appendingPathComponent("upphavd.md"), expired = folder.appendingPathComponent("utgangen.md")
        try text.replacingOccurrences(of: "typ: lokal-överenskommelse\n", with: "typ: lokal-överenskommelse\nstatus: upphävd\n")
            .write(to: repealed, atomically: true, encoding: .utf8)
        // The text says the last day too (BUS023 compares them).
        try text.replacingOccurrences(of: "till: 2027-12-31", with: "till: 2026-06-30")
            .replacingOccurrences(of: "till och med den 31 december 2027", with: "till och med den 30 juni 2026").write(to: expired, atomically: true, encoding: .utf8)
        #expect(text.contains("till: 2027-12-31") && text.contains("till och med den 31 december 2027") && text.contains("typ: lokal-överenskommelse\n"))
        let swedish = ["LANG": "sv_SE.UTF-8"]
        for command in [["protocol", repealed.path, "--date", "2027-02-01"], ["protocol", repealed.path, "--group", "styrgrupp"], ["deviation", repealed.path]] {
            let sv = try BusDocsProcess.run(command + ["--format", "md", "--today", "2026-11-27"], environment: swedish)
            #expect(sv.status == 0 && !sv.stdout.isEmpty)
            #expect(sv.stderr.contains("bus-docs: varning: överenskommelsen är upphävd (status: upphävd): dokumentet bygger på en överenskommelse som inte längre gäller\n"), "\(command): \(sv.stderr)")
            let en = try BusDocsProcess.run(command + ["--format", "md", "--today", "2026-11-27"])
            #expect(en.stderr.contains("bus-docs: warning: the agreement is repealed (status: upphävd): the document follows an agreement that is no longer in force\n"), "\(command): \(en.stderr)")
        }
        let sv = try BusDocsProcess.run(["deviation", expired.path, "--format", "md", "--today", "2026-11-27"], environment: swedish)
        #expect(sv.status == 0)
        #expect(sv.stderr == "bus-docs: varning: överenskommelsen har upphört att gälla (den gällde till och med 2026-06-30); förnya överenskommelsen\n", "\(sv.stderr)")
        let en = try BusDocsProcess.run(["deviation", expired.path, "--format", "md", "--today", "2026-11-27"])
        #expect(en.stderr == "bus-docs: warning: the agreement has expired (it was valid until 2026-06-30); renew the agreement\n", "\(en.stderr)")
        let inForce = try BusDocsProcess.run(["deviation", expired.path, "--format", "md", "--today", "2026-05-01"])
        #expect(inForce.stderr.isEmpty, "\(inForce.stderr)")
        // A draft or a proposal out for consultation is not yet decided: the chair is told, the document made.
        for status in ["utkast", "remiss"] {
            let proposal = folder.appendingPathComponent("\(status).md")
            try text.replacingOccurrences(of: "typ: lokal-överenskommelse\n", with: "typ: lokal-överenskommelse\nstatus: \(status)\n")
                .write(to: proposal, atomically: true, encoding: .utf8)
            for command in [["protocol", proposal.path], ["deviation", proposal.path]] {
                let sv = try BusDocsProcess.run(command + ["--format", "md", "--today", "2026-05-01"], environment: swedish)
                #expect(sv.status == 0 && !sv.stdout.isEmpty)
                #expect(sv.stderr == "bus-docs: varning: överenskommelsen är inte beslutad (status: \(status)): dokumentet bygger på ett förslag som kan ändras innan det beslutas\n", "\(command): \(sv.stderr)")
                let en = try BusDocsProcess.run(command + ["--format", "md", "--today", "2026-05-01"])
                #expect(en.stderr == "bus-docs: warning: the agreement is not decided yet (status: \(status)): the document follows a proposal that may change before it is decided\n", "\(command): \(en.stderr)")
            }
        }
    }

    /// `blankett:` (or an individforum's `protokoll:`) naming an attachment with a file of the area's own:
    /// `deviation` and `protocol` say so and write nothing in its place, in the run's language; the
    /// published page links the routine's form (and the forum's protocol) to that attachment.
    @Test func theAreasOwnFormIsNamedNotReplaced() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        var text = try String(contentsOfFile: "\(BusDocsProcess.packageRoot.path)/Agreements/nacka-2023.md", encoding: .utf8)
        #expect(text.contains("  blankett: avvikelseblankett\n") && text.contains("    protokoll: individforum\n") && text.contains("\nbilagor:\n"))
        text = text.replacingOccurrences(of: "  blankett: avvikelseblankett\n", with: "  blankett: var-blankett\n")
            .replacingOccurrences(of: "    protokoll: individforum\n", with: "    protokoll: Vårt protokoll\n")
            .replacingOccurrences(of: "\nbilagor:\n", with: "\nbilagor:\n  - { id: var-blankett, titel: Nackas avvikelseblankett, fil: bilagor/avvikelse.docx }\n"
                                  + "  - { id: vart-protokoll, titel: Vårt protokoll, fil: bilagor/protokoll.docx }\n")
        try text.write(to: folder.appendingPathComponent("egen.md"), atomically: true, encoding: .utf8)
        let check = try BusDocsProcess.run(["check", "egen.md"], in: folder)
        #expect(check.status == 0, "\(check.stdout)")
        // The files are not there yet: the message says so, and its hint, followed, puts them there.
        let missingSV = try BusDocsProcess.run(["deviation", "egen.md", "-o", "blankett.docx"], environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(missingSV.status == 2)
        #expect(missingSV.stderr == "bus-docs: egen.md: blanketten är områdets egen, bilagan ”Nackas avvikelseblankett”, men filen bilagor/avvikelse.docx finns inte; "
                + "lägg områdets blankett där, eller skriv `blankett: avvikelseblankett` för den inbyggda\n", "\(missingSV.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("blankett.docx").path))
        let missingEN = try BusDocsProcess.run(["protocol", "egen.md", "--format", "md"], environment: ["LANG": "C"], in: folder)
        #expect(missingEN.status == 2 && missingEN.stdout.isEmpty)
        #expect(missingEN.stderr == "bus-docs: egen.md: the protocol template is the area's own, the attachment 'Vårt protokoll', but its file bilagor/protokoll.docx does not exist; "
                + "put the area's protocol template there, or write `protokoll: individforum` for the built-in one\n", "\(missingEN.stderr)")
        // The hint's other way, written as it says: the built-in form is made.
        let builtIn = folder.appendingPathComponent("inbyggd.md")
        try text.replacingOccurrences(of: "  blankett: var-blankett\n", with: "  blankett: avvikelseblankett\n").write(to: builtIn, atomically: true, encoding: .utf8)
        let made = try BusDocsProcess.run(["deviation", "inbyggd.md", "--format", "md"], in: folder)
        #expect(made.status == 0 && made.stdout.hasPrefix("# Avvikelseblankett\n"), "\(made.stderr)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bilagor"), withIntermediateDirectories: true)
        let word = BusDocsProcess.packageRoot.appendingPathComponent("Tests/CLITests/Attachments/bilagor/Kontaktlista BUS.docx")
        try FileManager.default.copyItem(at: word, to: folder.appendingPathComponent("bilagor/avvikelse.docx"))
        let sv = try BusDocsProcess.run(["deviation", "egen.md", "-o", "blankett.docx"], environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(sv.status == 2)
        #expect(sv.stderr == "bus-docs: egen.md: blanketten är områdets egen, bilagan ”Nackas avvikelseblankett” (bilagor/avvikelse.docx); bus-docs gör ingen i dess ställe — "
                + "använd den filen, eller skriv `blankett: avvikelseblankett` för den inbyggda\n", "\(sv.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("blankett.docx").path))
        try FileManager.default.copyItem(at: word, to: folder.appendingPathComponent("bilagor/protokoll.docx"))
        let en = try BusDocsProcess.run(["protocol", "egen.md", "--format", "md"], in: folder)
        #expect(en.status == 2 && en.stdout.isEmpty)
        #expect(en.stderr == "bus-docs: egen.md: the protocol template is the area's own, the attachment 'Vårt protokoll' (bilagor/protokoll.docx); bus-docs makes none in its place — "
                + "use that file, or write `protokoll: individforum` for the built-in one\n", "\(en.stderr)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("bilagor"))
        let agenda = try BusDocsProcess.run(["protocol", "egen.md", "--group", "styrgrupp", "--format", "md"], in: folder)
        #expect(agenda.status == 0, "the steering group's agenda is bus-docs' own: \(agenda.stderr)")
        let out = folder.appendingPathComponent("site")
        // Without the files, the page names them without a link.
        let bare = try BusDocsProcess.run(["build", "egen.md", "--out", out.path], in: folder)
        #expect(bare.status == 0, "\(bare.stdout)\(bare.stderr)")
        let unlinked = try String(contentsOf: out.appendingPathComponent("egen/index.html"), encoding: .utf8)
        #expect(unlinked.contains("samrådsgrupp för barns och ungas hälsa. Nackas avvikelseblankett (filen saknas)</p>"), "the routine's form")
        #expect(unlinked.contains("<p>Vårt protokoll för BUS individforum Nacka (filen saknas)</p>"), "the forum's protocol")
        // With them (a Word file made by LibreOffice), the page links the copies published beside it.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bilagor"), withIntermediateDirectories: true)
        for name in ["avvikelse.docx", "protokoll.docx"] { try FileManager.default.copyItem(at: word, to: folder.appendingPathComponent("bilagor/" + name)) }
        let build = try BusDocsProcess.run(["build", "egen.md", "--out", out.path], in: folder)
        #expect(build.status == 0, "\(build.stdout)\(build.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("egen/index.html"), encoding: .utf8)
        #expect(page.contains("samrådsgrupp för barns och ungas hälsa. <a href=\"bilagor/avvikelse.docx\">Nackas avvikelseblankett</a></p>"), "the routine's form")
        #expect(page.contains("<a href=\"bilagor/protokoll.docx\">Vårt protokoll för BUS individforum Nacka</a>"), "the forum's protocol")
        #expect(FileManager.default.contents(atPath: out.appendingPathComponent("egen/bilagor/protokoll.docx").path) == FileManager.default.contents(atPath: word.path))
    }

    /// A protocol for an agreement with errors is still made, but not in silence: the findings and a
    /// warning in the run's language naming them and `bus-docs check`, and no id the agreement does not
    /// have printed as if it named a party.
    @Test func aProtocolFromAnAgreementWithErrorsSaysSoAndPrintsNoUnknownID() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let text = try String(contentsOfFile: Self.valid, encoding: .utf8)
            .replacingOccurrences(of: "    sammankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov: true",
                                  with: "    sammankallande: { part: socialkontoret, roll: Enhetschef }\n    möten: { vid-behov: true")
        try text.write(to: folder.appendingPathComponent("omrade.md"), atomically: true, encoding: .utf8)
        let en = try BusDocsProcess.run(["protocol", "omrade.md", "--format", "md"], environment: ["LANG": "C"], in: folder)
        // Written, with exit status 1 as check and build give it.
        #expect(en.status == 1)
        #expect(en.stderr == """
            omrade.md:57:29: error: [BUS014] unknown party `socialkontoret`
                sammankallande: { part: socialkontoret, roll: Enhetschef }
                                        ^
              hint: Write the id of a party the agreement has.
            1 file checked: 1 error, 0 warnings
            bus-docs: warning: the agreement has 1 error (BUS014); the document is written all the same (exit status 1), but what the errors concern is blank or may be wrong — correct the agreement (bus-docs check omrade.md shows the errors)

            """, "\(en.stderr)")
        #expect(en.stdout.contains("\n- Sammankallande: Enhetschef\n"), "\(en.stdout)")
        #expect(!en.stdout.contains("socialkontoret"))
        let sv = try BusDocsProcess.run(["protocol", "omrade.md"], environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(sv.status == 1)
        let signing = try BusDocsProcess.run(["agreement", "omrade.md", "-o", "omrade.html"], in: folder)
        #expect(signing.status == 1 && FileManager.default.fileExists(atPath: folder.appendingPathComponent("omrade.html").path), "\(signing.stderr)")
        #expect(sv.stderr.hasSuffix("1 fil kontrollerad: 1 fel, 0 varningar\n"
            + "bus-docs: varning: överenskommelsen har 1 fel (BUS014); dokumentet skrivs ändå (slutstatus 1), men det som felen gäller är tomt eller kan vara fel — rätta överenskommelsen (bus-docs check omrade.md visar felen)\n"), "\(sv.stderr)")
        #expect(sv.stdout.contains("<p>Sammankallande: Enhetschef</p>") && !sv.stdout.contains("socialkontoret"), "\(sv.stdout)")
    }

    @Test func deviationFormToAFileNeverOverTheAgreement() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let target = folder.appendingPathComponent("blankett.html")
        let written = try BusDocsProcess.run(["deviation", Self.valid, "-o", target.path])
        #expect(written.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).contains("<h1>Avvikelseblankett</h1>"))
        let copy = folder.appendingPathComponent("agreement.md")
        try FileManager.default.copyItem(atPath: Self.valid, toPath: copy.path)
        let refused = try BusDocsProcess.run(["deviation", copy.path, "-o", copy.path])
        #expect(refused.status == 2)
        #expect(try String(contentsOf: copy, encoding: .utf8) == String(contentsOfFile: Self.valid, encoding: .utf8))
    }

    @Test func brokenUserTemplateIsAClearError() throws {
        let templates = try BusDocsProcess.temporaryFolder()
        try "{{#page}}\n{{titel}}\n{{/page}}\n".write(to: templates.appendingPathComponent("avvikelseblankett.md.mustache"), atomically: true, encoding: .utf8)
        let result = try BusDocsProcess.run(["deviation", Self.valid, "--format", "md", "--templates", templates.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("avvikelseblankett.md.mustache:2:1: unknown variable `titel`"))
    }

    /// A user's template that breaks the markup of a document is refused, as in `build`; no file is written.
    @Test func brokenMarkupFromAUsersTemplateIsRefused() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let templates = folder.appendingPathComponent("mallar")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "{{<layout}}{{$content}}<p>{{title}}</span></p>{{/content}}{{/layout}}\n"
            .write(to: templates.appendingPathComponent("avvikelseblankett.mustache"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("blankett.html").path
        let result = try BusDocsProcess.run(["deviation", Self.valid, "--templates", templates.path, "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("document:"), "\(result.stderr)")
        #expect(result.stderr.contains("the generated HTML is broken"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}

/// An area's own protocol template, named by `protokoll:` and supplied with `--templates`.
@Suite struct OwnTemplateTests {
    @Test func checkAndProtocolUseTheAreasOwnTemplate() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("mallar")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let builtIn = try String(contentsOfFile: "Templates/protocol-individforum.mustache", encoding: .utf8)
        try builtIn.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>Nackas eget protokoll – {{forumName}}</h1>")
            .write(to: templates.appendingPathComponent("protokoll-nacka.mustache"), atomically: true, encoding: .utf8)
        let agreement = folder.appendingPathComponent("nacka.md").path
        try String(contentsOfFile: "Agreements/nacka-2023.md", encoding: .utf8)
            .replacingOccurrences(of: "    protokoll: individforum", with: "    protokoll: protokoll-nacka")
            .write(toFile: agreement, atomically: true, encoding: .utf8)
        let without = try BusDocsProcess.run(["check", agreement, "--today", "2026-11-24"])
        #expect(without.status == 1 && without.stdout.contains("[BUS014] unknown protocol template `protokoll-nacka`"))
        let with = try BusDocsProcess.run(["check", agreement, "--today", "2026-11-24", "--templates", templates.path])
        #expect(with.status == 0, "\(with.stdout)")
        let output = folder.appendingPathComponent("p.html").path
        let made = try BusDocsProcess.run(["protocol", agreement, "--templates", templates.path, "-o", output])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("<h1>Nackas eget protokoll – BUS individforum Nacka"))
        // A name of its own is no near miss: nothing said.
        #expect(!made.stderr.contains("warning"), "\(made.stderr)")
    }

    /// `bus-docs templates` gives a user of the installed binary the files to start from: every built-in
    /// template, the stylesheet and the README; building with the copy gives the same site; a second run
    /// keeps the files, changed or not.
    @Test func theBuiltInTemplatesCanBeCopiedAndUsed() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try BusDocsProcess.run(["templates", "-o", "mallar"], environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.hasSuffix("bus-docs: 15 filer skrivna till mallar/ — ändra dem och ange mappen med --templates mallar; behåll bara de filer du ändrar\n"),
                "\(made.stderr)")
        let copied = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("mallar").path).sorted()
        let shipped = try FileManager.default.contentsOfDirectory(atPath: BusDocsProcess.packageRoot.appendingPathComponent("Templates").path).sorted()
        #expect(copied == shipped)
        for name in shipped {
            #expect(FileManager.default.contentsEqual(atPath: folder.appendingPathComponent("mallar/\(name)").path,
                                                      andPath: BusDocsProcess.packageRoot.appendingPathComponent("Templates/\(name)").path), "\(name)")
        }
        let agreement = BusDocsProcess.packageRoot.appendingPathComponent("Agreements/nacka-2023.md").path
        let plain = try BusDocsProcess.run(["build", agreement, "--out", "a", "--today", "2026-11-24"], in: folder)
        let own = try BusDocsProcess.run(["build", agreement, "--out", "b", "--today", "2026-11-24", "--templates", "mallar"], in: folder)
        #expect(plain.status == 0 && own.status == 0, "\(own.stderr)")
        #expect(FileManager.default.contentsEqual(atPath: folder.appendingPathComponent("a/nacka-2023/index.html").path,
                                                  andPath: folder.appendingPathComponent("b/nacka-2023/index.html").path))

        let changed = folder.appendingPathComponent("mallar/style.css")
        try "/* egen */\n".write(to: changed, atomically: true, encoding: .utf8)
        let again = try BusDocsProcess.run(["templates", "-o", "mallar"], in: folder)
        #expect(again.status == 0)
        #expect(again.stderr.contains("bus-docs: mallar/style.css exists and is kept as it is\n"), "\(again.stderr)")
        #expect(again.stderr.hasSuffix("bus-docs: 0 files written to mallar/ — change them and pass the folder with --templates mallar; keep only the files you change\n"))
        #expect(try String(contentsOf: changed, encoding: .utf8) == "/* egen */\n")
    }

    /// A file whose name is a built-in one misspelt replaces nothing: said, with the name meant.
    @Test(arguments: [("protokol.mustache", "protocol-individforum.mustache"), ("avvikelsblankett.md.mustache", "avvikelseblankett.md.mustache"),
                      ("Agenda.mustache", "agenda.mustache")])
    func aMisspeltTemplateFileIsWarnedAbout(file: String, meant: String) throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<p>{{titel}}</p>\n".write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        let result = try BusDocsProcess.run(["protocol", "Agreements/nacka-2023.md", "--format", "md", "--templates", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("bus-docs: warning: \(folder.path)/\(file) replaces no built-in template and is used only where an agreement names it — did you mean \(meant)?"),
                "\(result.stderr)")
    }
}

/// Where `-o` writes: `-` is standard output, a link is written through, a terminal or pipe is written as
/// it is, and a protocol, form or agreement already there is kept unless `--force`.
@Suite struct OutputFileTests {
    static let valid = RenderCommandTests.valid

    @Test func dashIsStandardOutputForEveryWritingCommand() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in [["protocol", Self.valid, "--format", "md"], ["deviation", Self.valid, "--format", "md"], ["agreement", Self.valid, "--format", "html"],
                        ["diff", Self.valid, Self.valid], ["schema"], ["new", "--area", "Täby"]] {
            let piped = try BusDocsProcess.run(command + ["-o", "-"], in: folder)
            let plain = try BusDocsProcess.run(command, in: folder)
            #expect(piped.status == plain.status && piped.status != 132, "\(command): \(piped.status) \(piped.stderr)")
            #expect(!piped.stdout.isEmpty && piped.stdout == plain.stdout, "\(command)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "no file named - or -.md")
        // A format that needs a file says so, as without -o.
        let pdf = try BusDocsProcess.run(["deviation", Self.valid, "--format", "pdf", "-o", "-"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(pdf.status == 2 && pdf.stderr.contains("--format pdf behöver en fil: -o FIL.pdf"), "\(pdf.stderr)")
    }

    /// `-o` naming a folder, a file as a folder, or `--register` naming a file: said as what it is, with a
    /// name that works when written as suggested.
    @Test func aFolderOrAFileInTheWrongPlaceIsSaidAsWhatItIs() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("ut").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let swedish = try BusDocsProcess.run(["protocol", Self.valid, "-o", out + "/"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.status == 2 && swedish.stderr == "bus-docs: -o \(out)/: är en mapp — ange filen i den, t.ex. -o \(out)/protokoll-individforum.html\n", "\(swedish.stderr)")
        let english = try BusDocsProcess.run(["deviation", Self.valid, "--format", "md", "-o", out])
        #expect(english.status == 2 && english.stderr == "bus-docs: -o \(out): is a folder — name the file in it, e.g. -o \(out)/avvikelseblankett.md\n", "\(english.stderr)")
        // The suggestion, written as it stands, works.
        let written = try BusDocsProcess.run(["deviation", Self.valid, "--format", "md", "-o", out + "/avvikelseblankett.md"])
        #expect(written.status == 0, "\(written.stderr)")
        let fileAsFolder = try BusDocsProcess.run(["protocol", Self.valid, "-o", out + "/avvikelseblankett.md/x.html"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(fileAsFolder.status == 2 && fileAsFolder.stderr == "bus-docs: -o \(out)/avvikelseblankett.md/x.html: \(out)/avvikelseblankett.md är en fil, inte en mapp — skriv t.ex. -o \(out)/x.html\n", "\(fileAsFolder.stderr)")
        let register = try BusDocsProcess.run(["report", "--register", Self.valid, "--year", "2025"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(register.status == 2 && register.stderr.hasPrefix("bus-docs: --register \(Self.valid): är en fil, inte en mapp — --register är registrets mapp"), "\(register.stderr)")
    }

    @Test func aLinkIsWrittenThroughAndStays() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("delad.html"), link = folder.appendingPathComponent("blankett.html")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "delad.html")
        let written = try BusDocsProcess.run(["deviation", Self.valid, "-o", link.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "delad.html")
        #expect(try String(contentsOf: real, encoding: .utf8).contains("<h1>Avvikelseblankett</h1>"))
        // A link to standard output (`-o /dev/stdout`, as in a CI step) writes there: no file in its place, no wait.
        let out = folder.appendingPathComponent("ut.md")
        try FileManager.default.createSymbolicLink(atPath: out.path, withDestinationPath: "/proc/self/fd/1")
        let through = try BusDocsProcess.run(["protocol", Self.valid, "--format", "md", "-o", out.path], timeout: 20)
        #expect(through.status == 0, "\(through.stderr)")
        #expect(through.stdout.hasPrefix("# Protokoll"), "\(through.stdout.prefix(80))")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out.path) == "/proc/self/fd/1")
    }

    @Test func aDocumentAlreadyThereIsKeptUnlessForced() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("protokoll.md")
        #expect(try BusDocsProcess.run(["protocol", Self.valid, "--date", "2027-02-10", "-o", target.path]).status == 0)
        let filled = try String(contentsOf: target, encoding: .utf8) + "\nBeslut: SIP kallas av skolan.\n"
        try filled.write(to: target, atomically: true, encoding: .utf8)
        for command in [["protocol", Self.valid, "--date", "2027-03-10"], ["deviation", Self.valid], ["agreement", Self.valid]] {
            let sv = try BusDocsProcess.run(command + ["-o", target.path], environment: ["LANG": "sv_SE.UTF-8"])
            #expect(sv.status == 2)
            #expect(sv.stderr == "bus-docs: -o \(target.path): filen finns redan och kan vara ifylld eller undertecknad; välj ett annat namn, t.ex. -o \(folder.path)/protokoll-2.md, eller ange --force för att ersätta den\n", "\(sv.stderr)")
            let en = try BusDocsProcess.run(command + ["-o", target.path])
            #expect(en.stderr == "bus-docs: -o \(target.path): exists and may have been filled in or signed; choose another name, e.g. -o \(folder.path)/protokoll-2.md, or pass --force to replace it\n", "\(en.stderr)")
            #expect(try String(contentsOf: target, encoding: .utf8) == filled)
        }
        // The hint, applied literally: the other name is written, the filled protocol kept; --force replaces it.
        let other = folder.appendingPathComponent("protokoll-2.md")
        #expect(try BusDocsProcess.run(["protocol", Self.valid, "--date", "2027-03-10", "-o", other.path]).status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8) == filled)
        #expect(try BusDocsProcess.run(["protocol", Self.valid, "--date", "2027-03-10", "-o", target.path, "--force"]).status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8) == String(contentsOf: other, encoding: .utf8))
    }
}
