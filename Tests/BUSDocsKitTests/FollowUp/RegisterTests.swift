import BUSDocsKit
import Foundation
import Testing
import TestSupport

/// The follow-up register: CSV files as areas keep them, every cell checked (BUS030–BUS034).
@Suite struct RegisterTests {
    static let nacka: (Agreement, RuleSet) = {
        let url = TestPaths.packageRoot().appendingPathComponent("Agreements/nacka-2023.md")
        let parsed = AgreementParser.parse(bytes: [UInt8]((try? Data(contentsOf: url)) ?? Data()), path: "nacka-2023.md")
        let agreement = parsed.agreement!
        return (agreement, Validator(today: LocalDate(year: 2026, month: 1, day: 1)).ruleSet(for: agreement).0)
    }()

    /// Writes one register year and reads it.
    static func read(year: Int = 2025, _ files: [String: String], bytes: [String: [UInt8]] = [:]) throws -> RegisterReading {
        let area = Scratch.url("bus-docs-register/nacka-2023")
        let folder = area.appendingPathComponent(String(year))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        for (name, data) in bytes { try Data(data).write(to: folder.appendingPathComponent(name)) }
        return RegisterReader.read(areaFolder: area.path, year: year, agreement: nacka.0, ruleSet: nacka.1)
    }

    static let emptyDeviations = "datum;från;till;ämne;principiell;status\n"
    static let emptyCases = "uppmärksammat;möte;parter;utfall\n"

    /// Findings as `file:line:col rule`, for exact comparisons.
    static func findings(_ reading: RegisterReading) -> [String] {
        reading.files.flatMap { file in
            file.diagnostics.map { "\((file.path as NSString).lastPathComponent):\($0.location.line):\($0.location.column) \($0.ruleID)" }
        }
    }

    @Test func excelExportWithBOMSemicolonsCRLFAndEmptyTrailingRows() throws {
        let cases = [UInt8]([0xEF, 0xBB, 0xBF]) + Array((
            "uppmärksammat;möte;parter;utfall\r\n" +
            "2025-01-07;2025-01-15;soc-nacka, bup-nacka;löst\r\n" +
            "2025-03-02;;soc-nacka,utb-nacka;pågår\r\n" +
            ";;;\r\n;;;\r\n").utf8)
        let reading = try Self.read(["avvikelser.csv": Self.emptyDeviations], bytes: ["individforum.csv": cases])
        #expect(Self.findings(reading) == [])
        #expect(reading.year.cases.count == 2)
        #expect(reading.year.cases[0] == ForumCase(noticed: LocalDate(iso: "2025-01-07")!, meeting: LocalDate(iso: "2025-01-15")!, parties: ["soc-nacka", "bup-nacka"], outcome: .solved))
        #expect(reading.year.cases[1].meeting == nil)
        #expect(reading.year.sips == nil)
    }

    @Test func commaSeparatedWithQuotedLists() throws {
        let reading = try Self.read([
            "individforum.csv": "uppmärksammat,möte,parter,utfall\n2025-05-02,2025-05-20,\"soc-nacka,bup-nacka,hab-nacka\",lyft-till-styrgrupp\n\n",
            "avvikelser.csv": "datum,från,till,ämne,principiell,status\n2025-02-03,soc-nacka,bup-nacka,sip,nej,löst-lokalt\n2025-02-04,elevhalsa,bup,remiss,ja,skickad-till-bussam\n",
            "sip.csv": "part,antal\nsoc-nacka,48\nbup-nacka,19\n",
        ])
        #expect(Self.findings(reading) == [])
        #expect(reading.year.cases.first?.parties == ["soc-nacka", "bup-nacka", "hab-nacka"])
        // A party is read as the first service it provides; a service id stands for itself.
        #expect(reading.year.deviations.map(\.from) == ["socialtjanst", "elevhalsa"])
        #expect(reading.year.deviations.map(\.to) == ["bup", "bup"])
        #expect(reading.year.deviations[1].principal && reading.year.deviations[1].status == .sentToCountyBody)
        #expect(reading.year.sips == [SIPCount(party: "soc-nacka", count: 48), SIPCount(party: "bup-nacka", count: 19)])
    }

    /// A party's second row in sip.csv is one finding there, with a note at its first row.
    @Test func aSecondSIPRowOfAPartyHasANoteAtItsFirst() throws {
        let reading = try Self.read(["individforum.csv": Self.emptyCases, "avvikelser.csv": Self.emptyDeviations,
                                     "sip.csv": "part,antal\nsoc-nacka,48\nbup-nacka,19\nsoc-nacka,2\n"])
        let found = reading.files.flatMap(\.diagnostics)
        #expect(found.map { "\($0.location) \($0.ruleID) \($0.message.en)" } == ["4:1 BUS033 `soc-nacka` is already in sip.csv"])
        #expect(found.first?.notes == [Note(message: LocalizedText(sv: "först här", en: "first here"), location: BUSDocsKit.SourceLocation(line: 2, column: 1))])
        #expect(reading.year.sips == [SIPCount(party: "soc-nacka", count: 48), SIPCount(party: "bup-nacka", count: 19)])
    }

    /// Every problem of sip.csv in the first run: a count with a unit gets the number to write, an empty
    /// count names its party, and a party's second row is found even when its first row's count is bad.
    @Test func sipProblemsAreAllFoundInOneRun() throws {
        let reading = try Self.read(["individforum.csv": Self.emptyCases, "avvikelser.csv": Self.emptyDeviations,
                                     "sip.csv": "part;antal\r\nsoc-nacka;12 st\r\nbup-nacka;4\r\nsoc-nacka;3\r\nhab-nacka;\r\n"])
        let found = reading.files.flatMap(\.diagnostics)
        #expect(found.map { "\($0.location) \($0.ruleID) \($0.message.sv) | \($0.hint?.sv ?? "")" } == [
            "2:11 BUS033 `12 st` är inget antal | Skriv `12`.",
            "4:1 BUS033 `soc-nacka` står redan i sip.csv | Slå ihop raderna till en.",
            "5:11 BUS033 `antal` är tomt för hab-nacka | Skriv antalet SIP, 0 om inga.",
        ])
        #expect(found.map(\.message.en) == ["`12 st` is not a count", "`soc-nacka` is already in sip.csv", "the `antal` cell of hab-nacka is empty"])
        #expect(found[1].notes == [Note(message: LocalizedText(sv: "först här", en: "first here"), location: BUSDocsKit.SourceLocation(line: 2, column: 1))])
    }

    @Test func eachBadCellIsOneFindingAtItsLineAndColumn() throws {
        let reading = try Self.read([
            "individforum.csv": """
                uppmärksammat;möte;parter;utfall
                2025-01-07;2025-01-15;soc-nacka,bup-nack;löst
                2025-13-01;2025-01-15;soc-nacka;löst
                2024-12-30;2025-01-08;soc-nacka;löst
                2025-02-01;;soc-nacka;löst
                2025-02-01;2025-02-09;soc-nacka;lösts
                2025-02-01;2025-01-09;soc-nacka;löst
                19121212-1212;2025-02-09;soc-nacka;löst

                """,
            "avvikelser.csv": """
                datum;från;till;ämne;principiell;status;kommentar
                2025-02-03;soc-nacka;bup-nacka;sip;nej;löst-lokalt;
                2025-02-03;soc-nacka;bup-nacka;sipp;kanske;löst-lokalt;pojken 12 år
                2025-02-03;soc-nacka;bup-nacka;sip;nej

                """,
        ])
        #expect(Self.findings(reading) == [
            "individforum.csv:2:33 BUS031",   // bup-nack, did you mean bup-nacka
            "individforum.csv:3:1 BUS032",    // not a date
            "individforum.csv:4:1 BUS032",    // outside 2025
            "individforum.csv:5:23 BUS033",   // no meeting, not pågår
            "individforum.csv:6:33 BUS033",   // lösts
            "individforum.csv:7:12 BUS032",   // meeting before noticed
            "individforum.csv:8:1 BUS034",    // a personal identity number, nothing else
            "avvikelser.csv:1:41 BUS030",     // free-text column
            "avvikelser.csv:3:32 BUS033",     // sipp
            "avvikelser.csv:3:37 BUS033",     // kanske
            "avvikelser.csv:4:39 BUS030",     // a row short of cells
        ])
        let unknown = reading.files[0].diagnostics[0]
        #expect(unknown.hint?.en == "Did you mean `bup-nacka`?")
        #expect(reading.files[1].diagnostics.first?.message.en == "the column `kommentar` is not part of avvikelser.csv")
        // The personal identity number is never repeated in the message.
        #expect(!reading.files[0].diagnostics.contains { $0.message.sv.contains("1212") })
        #expect(reading.year.cases.count == 0)
        #expect(reading.year.deviations.count == 1)
    }

    /// A misspelt outcome in a row without a meeting: the value meant (`löst`) is not valid there, so the
    /// hint says what is (`pågår`), instead of leading to "a case without a meeting cannot be `löst`".
    @Test func aMisspeltOutcomeWithoutAMeetingIsToldWhatTheRowAllows() throws {
        let reading = try Self.read([
            "individforum.csv": "uppmärksammat;möte;parter;utfall\n2025-02-15;;soc-nacka;lost\n2025-02-16;2025-02-20;soc-nacka;lost\n",
            "avvikelser.csv": Self.emptyDeviations,
        ])
        let hints = reading.files[0].diagnostics.map { $0.hint?.en }
        #expect(hints == ["Did you mean `löst`? The row has no date in `möte`: write `pågår`, or the meeting's date in `möte` and `löst`.",
                          "Did you mean `löst`?"])
        #expect(reading.files[0].diagnostics.first?.hint?.sv == "Menade du `löst`? Raden har inget datum i `möte`: skriv `pågår`, eller mötets datum i `möte` och `löst`.")
        // Following it gives no finding.
        let fixed = try Self.read([
            "individforum.csv": "uppmärksammat;möte;parter;utfall\n2025-02-15;;soc-nacka;pågår\n",
            "avvikelser.csv": Self.emptyDeviations,
        ])
        #expect(Self.findings(fixed) == [])
    }

    @Test func missingFileAndUnknownFile() throws {
        let reading = try Self.read(["individforum.csv": Self.emptyCases, "anteckningar.xlsx": "x"])
        let findings = reading.files.flatMap { file in file.diagnostics.map { ((file.path as NSString).lastPathComponent, $0.ruleID, $0.severity) } }
        #expect(findings.map(\.0) == ["avvikelser.csv", "anteckningar.xlsx"])
        #expect(findings.map(\.2) == [.error, .warning])
        #expect(reading.errorCount == 1)
    }

    /// The file saved as "Individforum.csv" or "individforum (1).csv": one finding, whose hint renames it —
    /// not one that, followed, makes an empty individforum.csv and leaves the year's cases unread.
    @Test func aRegisterFileUnderACopysNameIsOneFindingThatRenamesIt() throws {
        let cases = Self.emptyCases + "2025-01-07;2025-01-15;soc-nacka;löst\n"
        let messages = { (reading: RegisterReading) in
            reading.files.flatMap { file in
                file.diagnostics.map { "\((file.path as NSString).lastPathComponent) \($0.severity) \($0.message.en) | \($0.hint?.en ?? "")" }
            }
        }
        #expect(messages(try Self.read(["Individforum.csv": cases, "avvikelser.csv": Self.emptyDeviations])) == [
            "Individforum.csv error the register for 2025 has no individforum.csv; the file `Individforum.csv` looks like it | Rename `Individforum.csv` to `individforum.csv`."])
        let two = try Self.read(["Individforum.csv": cases, "individforum (1).csv": cases, "avvikelser - kopia.csv": Self.emptyDeviations])
        #expect(messages(two) == [
            "Individforum.csv error the register for 2025 has no individforum.csv; the files `Individforum.csv` and `individforum (1).csv` look like it | Rename the one that is the year's register to `individforum.csv`, and move the others out of the register: everything in it may be published.",
            "avvikelser - kopia.csv error the register for 2025 has no avvikelser.csv; the file `avvikelser - kopia.csv` looks like it | Rename `avvikelser - kopia.csv` to `avvikelser.csv`."])
        #expect(two.files.first?.diagnostics.first?.message.sv == "registret för 2025 saknar individforum.csv; filerna `Individforum.csv` och `individforum (1).csv` ser ut att vara den")
        // Beside the file that is read, a copy is not read, and the hint does not name the file it has.
        let beside = try Self.read(["individforum.csv": cases, "individforum (1).csv": cases, "avvikelser.csv": Self.emptyDeviations])
        #expect(messages(beside) == [
            "individforum (1).csv warning the file is not read: a register has only individforum.csv, avvikelser.csv and sip.csv | `individforum.csv` is there already and is the one read. Move this file out of the register: everything in it may be published."])
        #expect(beside.year.cases.count == 1)
        #expect(messages(try Self.read(["individforum 2025.csv": cases, "avvikelser.csv": Self.emptyDeviations])).first?.hasSuffix("Rename `individforum 2025.csv` to `individforum.csv`.") == true)
    }

    @Test func headerInAnyOrderAndAnyCase() throws {
        let reading = try Self.read([
            "individforum.csv": "Utfall;Parter;Möte;Uppmärksammat\nlöst;soc-nacka;2025-04-10;2025-04-01\n",
            "avvikelser.csv": Self.emptyDeviations,
        ])
        #expect(Self.findings(reading) == [])
        #expect(reading.year.cases.first?.meeting == LocalDate(iso: "2025-04-10"))
    }

    @Test func filesThatAreNotCSVTextAreOneFindingEach() throws {
        // Excel's default "CSV (semikolonavgränsad)" is Windows-1252; a workbook renamed is a zip file.
        let latin1 = Array("uppm".utf8) + [0xE4] + Array("rksammat;m".utf8) + [0xF6] + Array("te;parter;utfall\r\n".utf8)
        let workbook: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
        let reading = try Self.read([:], bytes: ["individforum.csv": latin1, "avvikelser.csv": workbook])
        #expect(Self.findings(reading) == ["individforum.csv:1:1 BUS030", "avvikelser.csv:1:1 BUS030"])
        #expect(reading.files[0].diagnostics[0].hint?.en.contains("CSV UTF-8") == true)
    }

    @Test func anUnclosedQuoteIsNotSilentlyAccepted() throws {
        let reading = try Self.read([
            "individforum.csv": "uppmärksammat,möte,parter,utfall\n2025-05-02,2025-05-20,\"soc-nacka,bup-nacka,löst\n2025-06-02,2025-06-10,soc-nacka,löst\n",
            "avvikelser.csv": Self.emptyDeviations,
        ])
        #expect(Self.findings(reading) == ["individforum.csv:2:23 BUS030"])
        #expect(reading.year.cases.isEmpty)
    }
}
