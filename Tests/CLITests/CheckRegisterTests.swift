import Foundation
import Testing

/// `check --register`: the register's cells checked with the agreements, in the formats CI reads.
@Suite struct CheckRegisterTests {
    /// A register as Värmdö might keep it beside its agreement, with one cell `report` would refuse.
    static func repository(cases: String) throws -> URL {
        try repository(files: ["individforum.csv": cases, "avvikelser.csv": "datum,från,till,ämne,principiell,status\r\n"])
    }

    /// Värmdö's agreement (Nacka's, copied) and its register for 2026: each file's name and text.
    static func repository(files: [String: String]) throws -> URL {
        let folder = try BusDocsProcess.temporaryFolder()
        let agreements = folder.appendingPathComponent("Agreements"), year = folder.appendingPathComponent("Register/varmdo-2024/2026")
        try FileManager.default.createDirectory(at: agreements, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BusDocsProcess.packageRoot.appendingPathComponent("Agreements/nacka-2023.md"),
                                         to: agreements.appendingPathComponent("varmdo-2024.md"))
        for (name, text) in files { try text.write(to: year.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    @Test func aBadCellFailsTheCheckInEveryFormat() throws {
        let folder = try Self.repository(cases: "uppmärksammat,möte,parter,utfall\r\n2026-03-02,2026-03-09,soc-nacka,lost\r\n")
        let arguments = ["check", "--register", "Register", "--today", "2026-11-24", "--base", "."]
        let github = try BusDocsProcess.run(arguments + ["--format", "github"], in: folder)
        #expect(github.status == 1)
        #expect(github.stdout.hasPrefix("::error file=Register/varmdo-2024/2026/individforum.csv,line=2,col=33,title=BUS033::`utfall` has a value that is not allowed (the value is not shown: it may be personal data)%0ADid you mean `löst`?\n"), "\(github.stdout)")
        let swedish = try BusDocsProcess.run(arguments, environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(swedish.status == 1)
        #expect(swedish.stdout.hasPrefix("Register/varmdo-2024/2026/individforum.csv:2:33: fel: [BUS033] `utfall` har ett värde som inte är tillåtet (värdet visas inte: det kan vara en personuppgift)\n"), "\(swedish.stdout)")
        let sarif = try BusDocsProcess.run(arguments + ["--format", "sarif"], in: folder)
        #expect(sarif.status == 1 && sarif.stdout.contains("\"uri\" : \"Register/varmdo-2024/2026/individforum.csv\""), "\(sarif.stdout)")
        // Without --register the agreement alone is checked, as before.
        #expect(try BusDocsProcess.run(["check", "--today", "2026-11-24"], in: folder).status == 0)
    }

    @Test func aCorrectRegisterPassesAndAMissingFolderIsAUsageError() throws {
        let folder = try Self.repository(cases: "uppmärksammat,möte,parter,utfall\r\n2026-03-02,2026-03-09,soc-nacka,löst\r\n")
        let passed = try BusDocsProcess.run(["check", "--register", "Register", "--today", "2026-11-24"], in: folder)
        #expect(passed.status == 0, "\(passed.stdout)\(passed.stderr)")
        #expect(passed.stdout.contains("3 files checked: 0 errors, 0 warnings"), "\(passed.stdout)")
        let missing = try BusDocsProcess.run(["check", "--register", "Registret", "--today", "2026-11-24"], in: folder)
        #expect(missing.status == 2 && missing.stderr.contains("--register Registret: no such folder"), "\(missing.stderr)")
    }

    /// A register folder, or an area's folder in it, that is missing is a note naming it and what to
    /// create, in the run's language, and the agreements are still checked; done literally, the register
    /// is checked and the note is gone.
    @Test func aMissingRegisterOrAreaFolderIsSaidWithWhatToCreate() throws {
        let folder = try Self.repository(cases: "uppmärksammat,möte,parter,utfall\r\n")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Register"))
        let arguments = ["check", "--register", "Register", "--today", "2026-11-24"]
        let start = "create the folder Register/varmdo-2024/2026/ and in it individforum.csv (header row `uppmärksammat;möte;parter;utfall`) and avvikelser.csv (header row `datum;från;till;ämne;principiell;status`)"
        let none = try BusDocsProcess.run(arguments, in: folder)
        #expect(none.status == 0 && none.stdout == "1 file checked: 0 errors, 0 warnings\n", "\(none.stdout)")
        #expect(none.stderr == "bus-docs: note: the register folder Register does not exist, so no register was checked. To start it: \(start)\n", "\(none.stderr)")
        let swedish = try BusDocsProcess.run(arguments, environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(swedish.stderr == "bus-docs: not: registermappen Register finns inte, så inget register har kontrollerats. För att börja det: skapa mappen Register/varmdo-2024/2026/ och i den "
            + "individforum.csv (rubrikraden `uppmärksammat;möte;parter;utfall`) och avvikelser.csv (rubrikraden `datum;från;till;ämne;principiell;status`)\n", "\(swedish.stderr)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Register"), withIntermediateDirectories: true)
        let noArea = try BusDocsProcess.run(arguments, in: folder)
        #expect(noArea.status == 0 && noArea.stderr == "bus-docs: note: Register/varmdo-2024/ does not exist, so the register for Nacka was not checked. To start it: \(start)\n", "\(noArea.stderr)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Register/varmdo-2024"), withIntermediateDirectories: true)
        let noYear = try BusDocsProcess.run(arguments, in: folder)
        #expect(noYear.status == 0 && noYear.stderr == "bus-docs: note: Register/varmdo-2024/ has no folder for any year, so the register for Nacka was not checked. To start it: \(start)\n", "\(noYear.stderr)")
        // The note done literally: the year's folder with the two files and their header rows.
        let year = folder.appendingPathComponent("Register/varmdo-2024/2026")
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        try "uppmärksammat;möte;parter;utfall\n".write(to: year.appendingPathComponent("individforum.csv"), atomically: true, encoding: .utf8)
        try "datum;från;till;ämne;principiell;status\n".write(to: year.appendingPathComponent("avvikelser.csv"), atomically: true, encoding: .utf8)
        let started = try BusDocsProcess.run(arguments, in: folder)
        #expect(started.status == 0 && started.stderr.isEmpty && started.stdout == "3 files checked: 0 errors, 0 warnings\n", "\(started.stdout)\(started.stderr)")
    }
}
