import Foundation
import Testing

/// A name typed into a register's column never leaves bus-docs: `check --register` in every format CI
/// reads and `report`, in Swedish and in English, name the column and star the value out.
@Suite struct RegisterNamesTests {
    static let names = ["Lisa Ek", "Lisa", "elev åk 4", "Kalle", "flyttade", "0701234567", "Karin Svensson", "Svensson", "Nils Nilsson", "Nilsson", "Ida Berg"]

    /// Värmdö's register with a name in `parter`, `utfall`, `möte`, `ämne`, `från`, `part` and `antal`.
    static func repository() throws -> URL {
        let files = [
            "individforum.csv": "uppmärksammat;möte;parter;utfall\n2026-09-01;2026-09-08;grundskolan,Lisa Ek (elev åk 4);löst\n2026-09-02;2026-09-09;soc-nacka,bup-nacka;Kalle flyttade\n2026-09-03;Ida Berg;soc-nacka,bup-nacka;pågår\n",
            "avvikelser.csv": "datum;från;till;ämne;principiell;status\n2026-03-11;soc-nacka;bup-nacka;Lisa Ek 0701234567;nej;löst-lokalt\n2026-03-12;Karin Svensson;bup-nacka;sip;nej;löst-lokalt\n",
            "sip.csv": "part;antal\nKarin Svensson;3\nsoc-nacka;Nils Nilsson\n",
        ]
        return try CheckRegisterTests.repository(files: files)
    }

    static func expectNoName(in output: String, _ what: String) {
        for name in names { #expect(!output.contains(name), "\(what) shows \(name):\n\(output)") }
    }

    @Test(arguments: ["text", "json", "github", "sarif", "gitlab"], ["C.UTF-8", "sv_SE.UTF-8"])
    func checkNamesTheColumnNeverTheValue(format: String, lang: String) throws {
        let folder = try Self.repository()
        let result = try BusDocsProcess.run(["check", "--register", "Register", "--today", "2026-11-24", "--base", ".", "--format", format],
                                            environment: ["LANG": lang], in: folder)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        Self.expectNoName(in: result.stdout + result.stderr, "check --format \(format) under \(lang)")
        // Every finding is there, each at its cell: 8 values no column allows.
        #expect(result.stdout.components(separatedBy: "BUS031").count > 1 && result.stdout.contains("BUS033") && result.stdout.contains("BUS032"), "\(result.stdout)")
        let (parter, hint) = lang.hasPrefix("sv")
            ? ("`parter` har ett värde som varken är en part i överenskommelsen eller en verksamhet (värdet visas inte: det kan vara en personuppgift)", "Menade du `utb-nacka` eller `friskolor`?")
            : ("`parter` has a value that is neither a party of the agreement nor a service (the value is not shown: it may be personal data)", "Did you mean `utb-nacka` or `friskolor`?")
        #expect(result.stdout.contains(parter) && result.stdout.contains(hint), "\(result.stdout)")
        if format == "text" {
            #expect(result.stdout.contains("\n2026-09-01;2026-09-08;****,****;löst\n"), "\(result.stdout)")
        }
    }

    /// `report` refuses the register, with the same findings and no name, and writes nothing.
    @Test(arguments: ["C.UTF-8", "sv_SE.UTF-8"])
    func reportRefusesWithoutNamingAnyone(lang: String) throws {
        let folder = try Self.repository()
        let out = folder.appendingPathComponent("uppfoljning")
        for format in ["html", "json"] {
            let result = try BusDocsProcess.run(["report", "--register", "Register", "--year", "2026", "--today", "2026-11-24", "--format", format, "--out", out.path],
                                                environment: ["LANG": lang], in: folder)
            #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains("BUS031"), "\(result.stderr)")
            Self.expectNoName(in: result.stdout + result.stderr, "report --format \(format) under \(lang)")
            #expect((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [] == [])
        }
    }
}
