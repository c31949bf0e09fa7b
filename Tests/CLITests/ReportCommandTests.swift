import Foundation
import Testing

/// `report` end to end: the example registers in `Register/`, a register with errors, JSON and protection.
@Suite struct ReportCommandTests {
    @Test func writesTheReportOfTheExampleRegisters() throws {
        let out = try BusDocsProcess.temporaryFolder().appendingPathComponent("uppfoljning")
        let result = try BusDocsProcess.run(["report", "Agreements", "--register", "Register", "--year", "2025", "--out", out.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let html = try String(contentsOf: out.appendingPathComponent("uppfoljning-2025.html"), encoding: .utf8)
        #expect(html.contains("<h1>Uppföljning av BUS-samverkan 2025</h1>"))
        #expect(html.contains("<p>Av 85 avvikelser bedömdes 20 som principiella och 16 skickades vidare till samrådsgruppen för barns och ungas hälsa respektive BUSSAM.</p>"))
        #expect(html.contains("<th scope=\"col\">2024</th><th scope=\"col\">2025</th>"))
        // Each area's deviations went to the body its own agreement names: Nacka's (HÖK 2022) to the samrådsgrupp, Rinkeby's (2017) to BUSSAM.
        #expect(html.contains("<p>Av 41 avvikelser bedömdes 11 som principiella och 9 skickades vidare till samrådsgruppen för barns och ungas hälsa.</p>"))
        #expect(html.contains("<p>Av 44 avvikelser bedömdes 9 som principiella och 7 skickades vidare till BUSSAM.</p>"))
    }

    @Test func jsonGivesTheFiguresAsDataProtected() throws {
        let result = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["year"] as? Int == 2025 && json["protected"] as? Bool == true)
        let region = try #require((json["region"] as? [[String: Any]])?.last)
        let deviations = try #require(region["deviations"] as? [String: Any])
        #expect(deviations["total"] as? Int == 85)
        #expect((deviations["matrix"] as? [String: [String: Any]])?["socialtjanst"]?["bup"] as? Int == 29)
        #expect(!result.stdout.contains("\": 1,") && !result.stdout.contains("\": 2,") && result.stdout.contains("\"färre än 3\""))
        let unprotected = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "--format", "json", "--no-suppression"])
        #expect(unprotected.status == 0 && !unprotected.stdout.contains("färre än 3") && unprotected.stdout.contains("\"protected\" : false"))
    }

    @Test func aRegisterWithErrorsIsNotPublished() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let year = folder.appendingPathComponent("Register/nacka-2023/2025")
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        try "uppmärksammat;möte;parter;utfall\n2025-01-07;2025-01-15;soc-naka;löst\n".write(to: year.appendingPathComponent("individforum.csv"), atomically: true, encoding: .utf8)
        try "datum;från;till;ämne;principiell;status\n2025-02-03;soc-nacka;bup-nacka;sip;nej;löst-lokalt\n19121212-1212;;;;;\n"
            .write(to: year.appendingPathComponent("avvikelser.csv"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("ut")
        let result = try BusDocsProcess.run(["report", "Agreements/nacka-2023.md", "--register", folder.appendingPathComponent("Register").path, "--year", "2025", "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Register/nacka-2023/2025/individforum.csv:2:23: error: [BUS031] `parter` has a value that is neither a party of the agreement nor a service (the value is not shown: it may be personal data)"))
        #expect(result.stderr.contains("hint: Did you mean `soc-nacka`?"))
        #expect(result.stderr.contains("Register/nacka-2023/2025/avvikelser.csv:3:1: error: [BUS034]"))
        #expect(!result.stderr.contains("1212-1212"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// The summary counts the register files read, not only the ones with findings.
    @Test func theSummaryCountsEveryRegisterFileRead() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let year = folder.appendingPathComponent("Register/nacka-2023/2025")
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        try "uppmärksammat;möte;parter;utfall\n2025-02-15;;soc-nacka;lost\n".write(to: year.appendingPathComponent("individforum.csv"), atomically: true, encoding: .utf8)
        try "datum;från;till;ämne;principiell;status\n".write(to: year.appendingPathComponent("avvikelser.csv"), atomically: true, encoding: .utf8)
        let result = try BusDocsProcess.run(["report", "Agreements/nacka-2023.md", "--register", folder.appendingPathComponent("Register").path, "--year", "2025", "--out", folder.appendingPathComponent("ut").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("2 files checked: 1 error, 0 warnings"), "\(result.stderr)")
        #expect(result.stderr.contains("hint: Did you mean `löst`? The row has no date in `möte`: write `pågår`"))
    }

    /// `-o FILE`, as `protocol` and `agreement` take it, writes that file; with --out too it is refused.
    @Test func dashOWritesTheReportToAFile() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let file = folder.appendingPathComponent("uppfoljning.md")
        let result = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "--format", "md", "-o", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("Uppföljning av BUS-samverkan 2025"))
        for (lang, message) in [("C", "bus-docs: give either -o FILE or --out DIR, not both\n"),
                                ("sv_SE.UTF-8", "bus-docs: ange antingen -o FIL eller --out MAPP, inte båda\n")] {
            let both = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "-o", file.path, "--out", folder.path], environment: ["LANG": lang])
            #expect(both.status == 2 && both.stderr == message)
        }
        let pdf = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "--format", "pdf"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(pdf.stderr == "bus-docs: --format pdf behöver en fil eller en mapp: -o FIL eller --out MAPP\n")
    }

    /// The year so far: `--today` before the year's end measures the cases as of that date, says so,
    /// and shows the cases whose deadline has not come; at the year's end the table is as before.
    @Test func theCurrentYearIsFollowedUpToTheRunsDate() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let year = folder.appendingPathComponent("Register/nacka-2023/2026")
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        try ("uppmärksammat;möte;parter;utfall\r\n" + (1...4).map { "2026-0\($0)-03;2026-0\($0)-10;soc-nacka,bup-nacka;löst\r\n" }.joined()
             + "2026-11-25;;soc-nacka,bup-nacka;pågår\r\n").write(to: year.appendingPathComponent("individforum.csv"), atomically: true, encoding: .utf8)
        try "datum;från;till;ämne;principiell;status\r\n".write(to: year.appendingPathComponent("avvikelser.csv"), atomically: true, encoding: .utf8)
        let run = { (today: String) in
            try BusDocsProcess.run(["report", "Agreements/nacka-2023.md", "--register", folder.appendingPathComponent("Register").path, "--year", "2026",
                                    "--today", today, "--format", "md", "--no-suppression"])
        }
        let sofar = try run("2026-11-27")
        #expect(sofar.status == 0, "\(sofar.stderr)")
        #expect(sofar.stdout.contains("*Året är inte slut: uppföljningen gäller 2026-01-01–2026-11-27. Ett ärende utan möte räknas som sent först när tidsfristen har gått ut. Talen för 2026 jämförs inte med tidigare år förrän året är slut.*"))
        #expect(sofar.stdout.contains("| Möte senare, eller inget möte när tiden gått ut | 0 |\n| Inget möte än, tidsfristen har inte gått ut | 1 |\n| Andel ärenden med möte inom 14 dagar | 100 % |"), "\(sofar.stdout)")
        let over = try run("2026-12-31")
        #expect(over.status == 0 && !over.stdout.contains("Året är inte slut") && !over.stdout.contains("Inget möte än"))
        #expect(over.stdout.contains("| Möte senare, eller inget möte när tiden gått ut | 1 |\n| Andel ärenden med möte inom 14 dagar | 80 % |"), "\(over.stdout)")
        let json = try BusDocsProcess.run(["report", "Agreements/nacka-2023.md", "--register", folder.appendingPathComponent("Register").path, "--year", "2026",
                                           "--today", "2026-11-27", "--format", "json", "--no-suppression"])
        #expect(json.stdout.contains("\"until\" : \"2026-11-27\"") && json.stdout.contains("\"notYetDue\" : 1"), "\(json.stdout)")
    }

    /// A year not over by `--today` is a preliminary version: its title says so, the report says up to
    /// which date it counts, and stderr warns, in the run's language; the same register once the year is
    /// over is the final report, with none of the three. JSON keeps stderr one document (`until` says it).
    @Test func aYearNotOverIsAPreliminaryVersion() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let year = folder.appendingPathComponent("Register/nacka-2023/2026")
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        try ("uppmärksammat;möte;parter;utfall\n" + (1...4).map { "2026-0\($0)-03;2026-0\($0)-10;soc-nacka,bup-nacka;löst\n" }.joined())
            .write(to: year.appendingPathComponent("individforum.csv"), atomically: true, encoding: .utf8)
        try "datum;från;till;ämne;principiell;status\n".write(to: year.appendingPathComponent("avvikelser.csv"), atomically: true, encoding: .utf8)
        let run = { (today: String, format: String, lang: String) in
            try BusDocsProcess.run(["report", "Agreements/nacka-2023.md", "--register", folder.appendingPathComponent("Register").path, "--year", "2026",
                                    "--today", today, "--format", format], environment: ["LANG": lang])
        }
        let head = { (stdout: String) in stdout.components(separatedBy: "\n## ")[0] }
        let legend = "*Små tal skyddas, men inget tal här är så litet att det döljs. ”–” betyder att uppgiften saknas eller inte redovisas.*\n\n"
        let ingress = "Den årliga uppföljningen av den lokala BUS-överenskommelsen för Nacka: ärenden i individforum, avvikelser och SIP, med tidigare år bredvid när deras register finns.\n\n"
        let english = try run("2026-11-24", "md", "C")
        #expect(english.status == 0)
        #expect(english.stderr == "bus-docs: warning: 2026 is not over: the follow-up is a preliminary version that counts up to 2026-11-24. Make it again when the year is over for final figures.\n")
        #expect(head(english.stdout) == "# Uppföljning av BUS-samverkan 2026 – preliminär version\n\n" + ingress + legend
            + "*Året är inte slut: uppföljningen gäller 2026-01-01–2026-11-24. Ett ärende utan möte räknas som sent först när tidsfristen har gått ut. "
            + "Talen för 2026 jämförs inte med tidigare år förrän året är slut.*\n", "\(english.stdout)")
        let swedish = try run("2026-11-24", "md", "sv_SE.UTF-8")
        #expect(swedish.status == 0 && swedish.stdout == english.stdout)
        #expect(swedish.stderr == "bus-docs: varning: 2026 är inte slut: uppföljningen är en preliminär version som räknar till och med 2026-11-24. Gör den igen när året är slut för slutliga tal.\n")
        let html = try run("2026-11-24", "html", "C")
        #expect(html.stdout.contains("<title>Uppföljning av BUS-samverkan 2026 – preliminär version</title>") && html.stdout.contains("<h1>Uppföljning av BUS-samverkan 2026 – preliminär version</h1>"), "\(html.stdout)")
        let json = try run("2026-11-24", "json", "C")
        #expect(json.status == 0 && (try? JSONSerialization.jsonObject(with: Data(json.stderr.utf8))) != nil, "\(json.stderr)")
        let over = try run("2026-12-31", "md", "C")
        #expect(over.status == 0 && over.stderr.isEmpty, "\(over.stderr)")
        #expect(head(over.stdout) == "# Uppföljning av BUS-samverkan 2026\n\n" + ingress + legend.dropLast(), "\(over.stdout)")
    }

    /// `-o`'s extension chooses the format, as for the other commands: Word, PDF, Markdown, JSON, HTML;
    /// an extension report does not write, or one --format contradicts, is refused before anything is read.
    @Test func dashOWritesTheFormatItsExtensionNames() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let write = { (name: String, extra: [String]) in
            try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "-o", folder.appendingPathComponent(name).path] + extra,
                                   environment: ["LANG": "C", "BUS_DOCS_WEASYPRINT": try PDFCommandTests.recordingWeasyPrint(in: folder).path])
        }
        let bytes = { (name: String) in [UInt8]((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()) }
        for name in ["uppfoljning.docx", "uppfoljning.pdf", "uppfoljning.md", "uppfoljning.json", "uppfoljning.html", "uppfoljning"] {
            let result = try write(name, [])
            #expect(result.status == 0, "\(name): \(result.stderr)")
        }
        #expect(bytes("uppfoljning.docx").starts(with: Array("PK\u{3}\u{4}".utf8)))
        #expect(String(decoding: bytes("uppfoljning.pdf"), as: UTF8.self) == "%PDF-1.7 stand-in\n")
        #expect(String(decoding: bytes("uppfoljning.md"), as: UTF8.self).hasPrefix("# Uppföljning av BUS-samverkan 2025"))
        #expect(String(decoding: bytes("uppfoljning.json"), as: UTF8.self).hasPrefix("{"))
        #expect(String(decoding: bytes("uppfoljning.html"), as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
        #expect(String(decoding: bytes("uppfoljning"), as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
        for (lang, message) in [("C", "bus-docs: -o \(folder.path)/rr.txt: follow-ups are not written as text — name the file .html, .md, .json, .pdf or .docx\n"),
                                ("sv_SE.UTF-8", "bus-docs: -o \(folder.path)/rr.txt: uppföljningar skrivs inte som text — byt filändelse till .html, .md, .json, .pdf eller .docx\n")] {
            let text = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "-o", folder.appendingPathComponent("rr.txt").path], environment: ["LANG": lang])
            #expect(text.status == 2 && text.stderr == message, "\(text.stderr)")
        }
        let odt = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "-o", folder.appendingPathComponent("rr.odt").path])
        #expect(odt.status == 2 && odt.stderr.contains("bus-docs does not write .odt files"), "\(odt.stderr)")
        let contradiction = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "--format", "html", "-o", folder.appendingPathComponent("rr.docx").path])
        #expect(contradiction.status == 2 && contradiction.stderr.contains("the file name says docx but --format is html"), "\(contradiction.stderr)")
        #expect(!["rr.txt", "rr.odt", "rr.docx"].contains { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) })
    }

    @Test func usageProblemsAreExitStatusTwo() throws {
        let noFolder = try BusDocsProcess.run(["report", "--register", "finns-inte", "--year", "2025"])
        // A register not started yet: the folders each area needs, in the run's language.
        #expect(noFolder.status == 2 && noFolder.stderr.contains("no area has a register for 2025 in finns-inte (there are no years at all). To follow up 2025: create the folders finns-inte/nacka-2023/2025/ and finns-inte/rinkeby-kista-spanga-tensta-2017/2025/, in each individforum.csv"), "\(noFolder.stderr)")
        let swedish = try BusDocsProcess.run(["report", "--register", "finns-inte", "--year", "2025"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stderr.contains("För att följa upp 2025: skapa mapparna finns-inte/nacka-2023/2025/ och finns-inte/rinkeby-kista-spanga-tensta-2017/2025/"), "\(swedish.stderr)")
        // `build` asks for the register with no agreement to name: the folders in general.
        let build = try BusDocsProcess.run(["build", "Agreements", "--register", "finns-inte", "--out", try BusDocsProcess.temporaryFolder().path])
        #expect(build.status == 2 && build.stderr.contains("--register finns-inte: no such folder — create the folder finns-inte/<the agreement's file name without .md>/<year>/ and in it individforum.csv"), "\(build.stderr)")
        let pdf = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "--format", "pdf"])
        #expect(pdf.status == 2)
    }

    /// A year without registers would publish "no cases, no deviations" as a fact: refused, with the years
    /// there are; an area without that year is named on stderr.
    @Test func aYearWithoutRegistersIsRefused() throws {
        let none = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2023", "--format", "json"])
        #expect(none.status == 2 && none.stdout.isEmpty)
        // For programs, one JSON document on stderr, as `check --format json` says why it could not run.
        let failure = try #require(try JSONSerialization.jsonObject(with: Data(none.stderr.utf8)) as? [String: Any], "\(none.stderr)")
        let refusal = "--year 2023: no area has a register for 2023 in Register (there are only 2024 and 2025). To follow up 2023: create the folders "
            + "Register/nacka-2023/2023/ and Register/rinkeby-kista-spanga-tensta-2017/2023/, in each individforum.csv (header row `uppmärksammat;möte;parter;utfall`) "
            + "and avvikelser.csv (header row `datum;från;till;ämne;principiell;status`); or give a year that has a register with --year"
        #expect((failure["failure"] as? [String: Any])?["message"] as? String == refusal)
        let text = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2023", "--format", "md"])
        #expect(text.status == 2 && text.stderr == "bus-docs: \(refusal)\n", "\(text.stderr)")
        let folder = try BusDocsProcess.temporaryFolder()
        try FileManager.default.copyItem(atPath: BusDocsProcess.packageRoot.appendingPathComponent("Register").path, toPath: folder.appendingPathComponent("Register").path)
        let nacka = folder.appendingPathComponent("Register/nacka-2023/2025")
        try FileManager.default.removeItem(at: nacka)
        let partial = try BusDocsProcess.run(["report", BusDocsProcess.packageRoot.appendingPathComponent("Agreements").path, "--register", folder.appendingPathComponent("Register").path, "--year", "2025", "--format", "json"])
        #expect(partial.status == 0, "\(partial.stderr)")
        // JSON: the area says `hasRegister: false`; stderr stays one JSON document.
        #expect(partial.stdout.contains("\"hasRegister\" : false"), "\(partial.stdout)")
        #expect((try? JSONSerialization.jsonObject(with: Data(partial.stderr.utf8))) != nil, "\(partial.stderr)")
        let partialText = try BusDocsProcess.run(["report", BusDocsProcess.packageRoot.appendingPathComponent("Agreements").path, "--register", folder.appendingPathComponent("Register").path, "--year", "2025", "--format", "md"])
        #expect(partialText.stderr.contains(": no register for 2025 ("), "\(partialText.stderr)")
    }

    /// An area with no register folder yet: the refusal names the folder it looked for and how to start
    /// one, in both languages, not "check --year"; done literally, the follow-up is made.
    @Test func anAreaWithoutARegisterFolderIsToldHowToStartOne() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let register = folder.appendingPathComponent("Register")
        try FileManager.default.createDirectory(at: register, withIntermediateDirectories: true)
        let arguments = ["report", "Agreements/nacka-2023.md", "--register", register.path, "--year", "2026", "--today", "2026-11-27", "--format", "md"]
        let english = try BusDocsProcess.run(arguments)
        #expect(english.status == 2 && english.stdout.isEmpty)
        #expect(english.stderr == "bus-docs: --year 2026: no area has a register for 2026 in \(register.path) (there are no years at all). To follow up 2026: "
            + "create the folder \(register.path)/nacka-2023/2026/ and in it individforum.csv (header row `uppmärksammat;möte;parter;utfall`) "
            + "and avvikelser.csv (header row `datum;från;till;ämne;principiell;status`)\n", "\(english.stderr)")
        let swedish = try BusDocsProcess.run(arguments, environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.status == 2)
        #expect(swedish.stderr == "bus-docs: --year 2026: inget område har ett register för 2026 i \(register.path) (det finns inga år alls). För att följa upp 2026: "
            + "skapa mappen \(register.path)/nacka-2023/2026/ och i den individforum.csv (rubrikraden `uppmärksammat;möte;parter;utfall`) "
            + "och avvikelser.csv (rubrikraden `datum;från;till;ämne;principiell;status`)\n", "\(swedish.stderr)")
        let year = register.appendingPathComponent("nacka-2023/2026")
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        try "uppmärksammat;möte;parter;utfall\n".write(to: year.appendingPathComponent("individforum.csv"), atomically: true, encoding: .utf8)
        try "datum;från;till;ämne;principiell;status\n".write(to: year.appendingPathComponent("avvikelser.csv"), atomically: true, encoding: .utf8)
        let started = try BusDocsProcess.run(arguments)
        // 2026 is not over on 2026-11-27: the follow-up made is the preliminary version.
        #expect(started.status == 0 && started.stderr.hasPrefix("bus-docs: warning: 2026 is not over:") && started.stderr.split(separator: "\n").count == 1, "\(started.stderr)")
        #expect(started.stdout.hasPrefix("# Uppföljning av BUS-samverkan 2026 – preliminär version\n"))
    }

    /// A register folder named after the area ("Nacka") is one finding that names the folder to rename,
    /// not "no register for the year"; the rename, done literally, publishes the follow-up.
    @Test func aFolderNamedAfterTheAreaIsNamedWithItsRename() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let register = folder.appendingPathComponent("R6")
        try FileManager.default.createDirectory(at: register, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: BusDocsProcess.packageRoot.appendingPathComponent("Register/nacka-2023").path,
                                         toPath: register.appendingPathComponent("Nacka").path)
        let arguments = ["report", "Agreements/nacka-2023.md", "--register", register.path, "--year", "2025", "--format", "md"]
        let english = try BusDocsProcess.run(arguments)
        #expect(english.status == 1 && english.stdout.isEmpty)
        #expect(english.stderr.contains("R6/Nacka:1:1: error: [BUS030] the folder `Nacka` is not read: the register of Agreements/nacka-2023.md is in a folder named after the agreement's file, `nacka-2023`"), "\(english.stderr)")
        #expect(english.stderr.contains("hint: Rename the folder `\(register.path)/Nacka` to `nacka-2023`."))
        #expect(!english.stderr.contains("check --year"))
        let swedish = try BusDocsProcess.run(arguments, environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.status == 1)
        #expect(swedish.stderr.contains("tips: Byt namn på mappen `\(register.path)/Nacka` till `nacka-2023`."), "\(swedish.stderr)")
        try FileManager.default.moveItem(at: register.appendingPathComponent("Nacka"), to: register.appendingPathComponent("nacka-2023"))
        let renamed = try BusDocsProcess.run(arguments)
        #expect(renamed.status == 0 && renamed.stderr.isEmpty, "\(renamed.stderr)")
    }
}

/// `build --register`: the follow-up pages in the site, linked from each area's page and the index.
@Suite struct BuildWithRegisterTests {
    @Test func linksEachAreasLatestReport() throws {
        let out = try BusDocsProcess.temporaryFolder().appendingPathComponent("site")
        let result = try BusDocsProcess.run(["build", "Agreements", "--register", "Register", "--out", out.path, "--today", "2026-11-24"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("uppfoljning/2024.html").path))
        let report = try String(contentsOf: out.appendingPathComponent("uppfoljning/2025.html"), encoding: .utf8)
        #expect(report.contains("<section class=\"omrade\" id=\"nacka-2023\"") && report.contains("<a href=\"../index.html\">"))
        let page = try String(contentsOf: out.appendingPathComponent("nacka-2023/index.html"), encoding: .utf8)
        #expect(page.contains("Senaste uppföljningen: <a href=\"../uppfoljning/2025.html#nacka-2023\">Uppföljning 2025</a>"))
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"uppfoljning/2025.html#rinkeby-kista-spanga-tensta-2017\">Uppföljning 2025</a>"))
    }

    @Test func aRegisterWithErrorsPublishesNoFollowUp() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let year = folder.appendingPathComponent("Register/nacka-2023/2025")
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        try "uppmärksammat;möte;parter;utfall\n".write(to: year.appendingPathComponent("individforum.csv"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("site")
        let result = try BusDocsProcess.run(["build", "Agreements", "--register", folder.appendingPathComponent("Register").path, "--out", out.path, "--today", "2026-11-24"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Register/nacka-2023/2025/avvikelser.csv:1:1: error: [BUS030] the register for 2025 has no avvikelser.csv"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("uppfoljning").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("nacka-2023/index.html").path))
    }
}
