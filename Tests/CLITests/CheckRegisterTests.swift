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
}
