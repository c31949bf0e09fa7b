import Foundation
import Testing

/// `build`, `protocol` and `deviation` end to end, from the built binary.
@Suite struct RenderCommandTests {
    static let valid = CheckCommandTests.valid

    @Test func buildPublishesEveryAgreementAndItsDocuments() throws {
        let out = try BusDocsProcess.temporaryFolder().appendingPathComponent("site")
        let result = try BusDocsProcess.run(["build", "Agreements", "--out", out.path, "--today", "2026-11-24"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("11 files written to \(out.path)/ (2 agreements)\n"))
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
        #expect(result.stdout.hasPrefix("# Protokoll – BUS individforum\n"))
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
        #expect(agenda.stdout.hasPrefix("# Dagordning – BUS arbetsgrupp\n"))
        let unknown = try BusDocsProcess.run(["protocol", Self.valid, "--group", "ledningsgrupp"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("(groups: styrgrupp, arbetsgrupp, individforum)"))
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
}

/// An area's own protocol template, named by `protokoll:` and supplied with `--templates`.
@Suite struct OwnTemplateTests {
    @Test func checkAndProtocolUseTheAreasOwnTemplate() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("mallar")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let builtIn = try String(contentsOfFile: "Templates/protocol-individforum.mustache", encoding: .utf8)
        try builtIn.replacingOccurrences(of: "<h1>Protokoll – ", with: "<h1>Nackas eget protokoll – ")
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
