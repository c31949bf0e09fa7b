import Foundation
import Testing

/// The follow-up's edges as a reader of `report` and `check --register` meets them: a register folder
/// without an agreement, the option help, and the protected tables in every format that prints them.
@Suite struct RegisterEdgesTests {
    /// Värmdö's repository with a second register folder, `upplands-bro`, that has no agreement.
    static func withOrphanFolder() throws -> URL {
        let folder = try CheckRegisterTests.repository(cases: "uppmärksammat,möte,parter,utfall\r\n2026-03-02,2026-03-09,soc-nacka,löst\r\n")
        let orphan = folder.appendingPathComponent("Register/upplands-bro/2026")
        try FileManager.default.createDirectory(at: orphan, withIntermediateDirectories: true)
        try "part;antal\nsoc-nacka;4\n".write(to: orphan.appendingPathComponent("sip.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aRegisterFolderWithoutAnAgreementIsAFinding() throws {
        let folder = try Self.withOrphanFolder()
        let english = try BusDocsProcess.run(["check", "--register", "Register", "--today", "2026-11-24"], in: folder)
        #expect(english.stdout.contains("Register/upplands-bro:1:1: warning: [BUS030] no agreement for this register folder: `Agreements/upplands-bro.md` does not exist, so the folder is not read\n"), "\(english.stdout)")
        #expect(english.stdout.contains("Put the agreement in `Agreements/upplands-bro.md`, or rename the folder `Register/upplands-bro` to the name of the agreement's file without .md."), "\(english.stdout)")
        let swedish = try BusDocsProcess.run(["check", "--register", "Register", "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(swedish.stdout.contains("Register/upplands-bro:1:1: varning: [BUS030] ingen överenskommelse för den här registermappen: `Agreements/upplands-bro.md` finns inte, så mappen läses inte\n"), "\(swedish.stdout)")
        let report = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2026", "--today", "2026-11-24", "--format", "md"],
                                            environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(report.stderr.contains("Register/upplands-bro:1:1: varning: [BUS030] ingen överenskommelse för den här registermappen"), "\(report.stderr)")
        // Agreements named one by one: only their register folders are looked at, not the other areas'.
        let one = try BusDocsProcess.run(["check", "Agreements/varmdo-2024.md", "--register", "Register", "--today", "2026-11-24"], in: folder)
        #expect(one.status == 0 && !one.stdout.contains("upplands-bro"), "\(one.stdout)")
        let oneReport = try BusDocsProcess.run(["report", "Agreements/varmdo-2024.md", "--register", "Register", "--year", "2026", "--today", "2026-11-24", "--format", "md"],
                                               environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(oneReport.status == 0 && !oneReport.stderr.contains("upplands-bro"), "\(oneReport.stderr)")
        // One agreement's report is worded for one agreement, not "de lokala BUS-överenskommelserna … per område".
        let lines = oneReport.stdout.components(separatedBy: "\n")
        #expect(lines.dropFirst(2).first == "Den årliga uppföljningen av den lokala BUS-överenskommelsen för Nacka: ärenden i individforum, avvikelser och SIP, med tidigare år bredvid när deras register finns.", "\(oneReport.stdout)")
        // The folder of an agreement that is there but not asked for is left out on purpose: no finding.
        try FileManager.default.copyItem(at: folder.appendingPathComponent("Agreements/varmdo-2024.md"),
                                         to: folder.appendingPathComponent("Agreements/upplands-bro.md"))
        let listed = try BusDocsProcess.run(["check", "Agreements/varmdo-2024.md", "--register", "Register", "--today", "2026-11-24"], in: folder)
        #expect(!listed.stdout.contains("upplands-bro"), "\(listed.stdout)")
    }

    @Test func reportsOptionHelpReadsRightInBothLanguages() throws {
        let wide = ["COLUMNS": "400"]
        let swedish = try BusDocsProcess.run(["report", "--help"], environment: wide.merging(["LANG": "sv_SE.UTF-8"]) { $1 }).stdout
        #expect(swedish.contains("Registermappen, med en mapp per överenskommelse och en per år i varje (standard: Register)"), "\(swedish)")
        #expect(swedish.contains("Mappen där uppföljningen skrivs, som uppfoljning-ÅÅÅÅ.html, .md, .json, .pdf eller .docx (uppfoljning-ÅÅÅÅ-intern.html med --no-suppression; standard: standardutdata; krävs för pdf och docx)."), "\(swedish)")
        #expect(swedish.contains("Filen som skrivs, som -o i de andra kommandona (i stället för --out)."))
        #expect(!swedish.contains(". (standard") && !swedish.contains(") i (standard"), "\(swedish)")
        let english = try BusDocsProcess.run(["report", "--help"], environment: wide.merging(["LANG": "C"]) { $1 }).stdout
        #expect(english.contains("The register folder, with one folder per agreement and one per year in each (default: Register)"), "\(english)")
        #expect(english.contains("The folder the report is written to, as uppfoljning-YYYY.html, .md, .json, .pdf or .docx"), "\(english)")
        #expect(!english.contains(". (default"), "\(english)")
    }

    /// The legend says what "färre än 3" counts in every table: cases, deviations or SIPs.
    @Test func theLegendSaysWhatASmallCountCounts() throws {
        let markdown = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2025", "--today", "2027-01-15", "--format", "md"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(!markdown.stdout.contains("står för 1 eller 2 ärenden och"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("står för 1 eller 2 ärenden, avvikelser eller SIP"))
    }
}
