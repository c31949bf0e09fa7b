import BUSDocsKit
import Foundation
import Testing
import TestSupport

/// The register as of the run's date, with ids in any case, and year folders under another name.
@Suite struct RegisterReadingTests {
    static func read(year: Int = 2025, today: LocalDate?, _ files: [String: String]) throws -> RegisterReading {
        let area = Scratch.url("bus-docs-register/nacka-2023")
        let folder = area.appendingPathComponent(String(year))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return RegisterReader.read(areaFolder: area.path, year: year, agreement: RegisterTests.nacka.0, ruleSet: RegisterTests.nacka.1, today: today)
    }

    /// Every finding as `file:line:col rule: message (hint)` in one language.
    static func said(_ reading: RegisterReading, in language: Language) -> [String] {
        reading.files.flatMap { file in
            file.diagnostics.map {
                "\((file.path as NSString).lastPathComponent):\($0.location.line):\($0.location.column) \($0.ruleID): \($0.message.text(in: language)) (\($0.hint?.text(in: language) ?? ""))"
            }
        }
    }

    /// A case noticed, or a deviation dated, after the run's date has not happened: a finding, not a count.
    /// A meeting after it is booked — the case waits — unless the row says it was decided at it.
    @Test func aDateAfterTheRunsDateIsAFindingAndNotCounted() throws {
        let reading = try Self.read(today: LocalDate(iso: "2025-09-15")!, [
            "individforum.csv": """
                uppmärksammat;möte;parter;utfall
                2025-08-28;2025-09-04;soc-nacka;löst
                2025-09-10;2025-09-22;soc-nacka;pågår
                2025-09-30;;soc-nacka;pågår
                2025-09-08;2025-09-19;bup-nacka;lyft-till-styrgrupp

                """,
            "avvikelser.csv": """
                datum;från;till;ämne;principiell;status
                2025-03-12;soc-nacka;bup-nacka;remiss;nej;öppen
                2025-10-01;elevhalsa;bup-nacka;sip;nej;öppen

                """,
        ])
        #expect(Self.said(reading, in: .swedish) == [
            "individforum.csv:4:1 BUS032: 2025-09-30 ligger efter dagens datum, 2025-09-15 (Rätta datumet till den dag det hände, senast 2025-09-15.)",
            "individforum.csv:5:12 BUS032: mötet 2025-09-19 ligger efter dagens datum, 2025-09-15, men utfallet är `lyft-till-styrgrupp` (Skriv `pågår` i `utfall` tills mötet är hållet, eller rätta mötets datum.)",
            "avvikelser.csv:3:1 BUS032: 2025-10-01 ligger efter dagens datum, 2025-09-15 (Rätta datumet till den dag det hände, senast 2025-09-15.)",
        ])
        #expect(Self.said(reading, in: .english) == [
            "individforum.csv:4:1 BUS032: 2025-09-30 is after today's date, 2025-09-15 (Correct the date to the day it happened, 2025-09-15 at the latest.)",
            "individforum.csv:5:12 BUS032: the meeting 2025-09-19 is after today's date, 2025-09-15, but the outcome is `lyft-till-styrgrupp` (Write `pågår` in `utfall` until the meeting is held, or correct the meeting's date.)",
            "avvikelser.csv:3:1 BUS032: 2025-10-01 is after today's date, 2025-09-15 (Correct the date to the day it happened, 2025-09-15 at the latest.)",
        ])
        #expect(reading.year.cases.map(\.noticed.description) == ["2025-08-28", "2025-09-10"])
        #expect(reading.year.deviations.map(\.date.description) == ["2025-03-12"])
        // The hint applied as written: `pågår` for the booked meeting; the run's date for the others.
        let fixed = try Self.read(today: LocalDate(iso: "2025-09-15")!, [
            "individforum.csv": "uppmärksammat;möte;parter;utfall\n2025-09-08;2025-09-19;bup-nacka;pågår\n2025-09-15;;soc-nacka;pågår\n",
            "avvikelser.csv": "datum;från;till;ämne;principiell;status\n2025-09-15;elevhalsa;bup-nacka;sip;nej;öppen\n",
        ])
        #expect(Self.said(fixed, in: .swedish) == [])
    }

    /// Ids are lower case without accents in the format; `BUP`, `Soc-Nacka` and `HAB-nacka` as a
    /// spreadsheet capitalises them, and `Socialtjänst` as Swedish spells it, are read as those ids.
    /// `Socialtjänsten` is no id: its hint names the party that provides it, without repeating it.
    @Test func idsAreReadWhateverTheirCase() throws {
        let reading = try Self.read(today: nil, [
            "individforum.csv": "uppmärksammat;möte;parter;utfall\n2025-04-02;2025-04-09;\"Soc-Nacka, BUP\";löst\n",
            "avvikelser.csv": "datum;från;till;ämne;principiell;status\n2025-05-06;Elevhalsa;BUP;remiss;nej;löst-lokalt\n2025-05-07;Socialtjänsten;bup;sip;nej;öppen\n2025-05-08;Socialtjänst;bup;sip;nej;öppen\n",
            "sip.csv": "part;antal\nHAB-nacka;7\nhab-nacka;2\n",
        ])
        #expect(Self.said(reading, in: .swedish) == [
            "avvikelser.csv:3:12 BUS031: `från` har ett värde som varken är en part i överenskommelsen eller en verksamhet (värdet visas inte: det kan vara en personuppgift) (Menade du `soc-nacka`?)",
            "sip.csv:3:1 BUS033: `hab-nacka` står redan i sip.csv (Slå ihop raderna till en.)",
        ])
        #expect(reading.year.cases.first?.parties == ["soc-nacka", "bup"])
        #expect(reading.year.deviations.map { "\($0.from)→\($0.to)" } == ["elevhalsa→bup", "socialtjanst→bup"])
        #expect(reading.year.sips == [SIPCount(party: "hab-nacka", count: 7)])
    }

    /// A year's folder saved under another name is said at the folder, with the name it must have.
    @Test func aMisnamedYearFolderIsAFinding() throws {
        let area = Scratch.url("bus-docs-register/nacka-2023")
        for name in ["2024", "2025-uppfoljning", "År 2023", "2024 (kopia)", "2027 utkast", "gamla filer"] {
            try FileManager.default.createDirectory(at: area.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        let files = RegisterReader.misnamedYearFolders(in: area.path, upTo: 2025)
        let said = files.flatMap { file in
            file.diagnostics.map { "\((file.path as NSString).lastPathComponent) \($0.ruleID) \($0.severity): \($0.message.sv) (\($0.hint?.sv ?? ""))" }
        }
        let folder = area.path
        #expect(said == [
            "2024 (kopia) BUS030 warning: mappen `2024 (kopia)` läses inte: ett års register ligger i en mapp som bara heter året, `2024` (Mappen `\(folder)/2024` finns redan och är den som läses. Flytta den här mappen ur registret: allt i det kan publiceras.)",
            "2025-uppfoljning BUS030 error: mappen `2025-uppfoljning` läses inte: ett års register ligger i en mapp som bara heter året, `2025` (Byt namn på mappen `\(folder)/2025-uppfoljning` till `2025`.)",
            "År 2023 BUS030 error: mappen `År 2023` läses inte: ett års register ligger i en mapp som bara heter året, `2023` (Byt namn på mappen `\(folder)/År 2023` till `2023`.)",
        ])
        #expect(files.first?.diagnostics.first?.message.en == "the folder `2024 (kopia)` is not read: a year's register is in a folder named just the year, `2024`")
        // The hint applied: renamed, the folder is read and nothing is said.
        try FileManager.default.moveItem(at: area.appendingPathComponent("2025-uppfoljning"), to: area.appendingPathComponent("2025"))
        try FileManager.default.moveItem(at: area.appendingPathComponent("År 2023"), to: area.appendingPathComponent("2023"))
        try FileManager.default.removeItem(at: area.appendingPathComponent("2024 (kopia)"))
        #expect(RegisterReader.misnamedYearFolders(in: area.path, upTo: 2025).isEmpty)
        #expect(RegisterReader.years(in: area.path) == [2023, 2024, 2025])
    }

    /// A register saved by Excel or LibreOffice in an English locale: commas, CRLF, a byte-order mark,
    /// quoted cells that hold commas, every cell quoted.
    @Test func anEnglishLocaleExportWithCommasIsRead() throws {
        let area = Scratch.url("bus-docs-register/nacka-2023")
        let folder = area.appendingPathComponent("2025")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        try Data(bom + Array("uppmärksammat,möte,parter,utfall\r\n2025-10-06,2025-10-13,\"utb-nacka,soc-nacka\",löst\r\n2025-11-03,,\"bup-nacka, hab-nacka\",pågår\r\n,,,\r\n".utf8))
            .write(to: folder.appendingPathComponent("individforum.csv"))
        try Data(bom + Array("\"datum\",\"från\",\"till\",\"ämne\",\"principiell\",\"status\"\r\n\"2025-10-20\",\"utb-nacka\",\"bup-nacka\",\"informationsöverföring\",\"ja\",\"skickad-till-bussam\"\r\n".utf8))
            .write(to: folder.appendingPathComponent("avvikelser.csv"))
        try Data(bom + Array("part,antal\r\nutb-nacka,\"12\"\r\n".utf8)).write(to: folder.appendingPathComponent("sip.csv"))
        let reading = RegisterReader.read(areaFolder: area.path, year: 2025, agreement: RegisterTests.nacka.0, ruleSet: RegisterTests.nacka.1)
        #expect(Self.said(reading, in: .english) == [])
        #expect(reading.year.cases == [
            ForumCase(noticed: LocalDate(iso: "2025-10-06")!, meeting: LocalDate(iso: "2025-10-13")!, parties: ["utb-nacka", "soc-nacka"], outcome: .solved),
            ForumCase(noticed: LocalDate(iso: "2025-11-03")!, meeting: nil, parties: ["bup-nacka", "hab-nacka"], outcome: .ongoing),
        ])
        #expect(reading.year.deviations == [DeviationEntry(date: LocalDate(iso: "2025-10-20")!, from: "utbildning", to: "bup", topic: .information, principal: true, status: .sentToCountyBody)])
        #expect(reading.year.sips == [SIPCount(party: "utb-nacka", count: 12)])
    }

    /// The status as registers write it now, and as they wrote it before ("skickad-till-bussam", which
    /// named BUSSAM where HÖK 2022 has the samrådsgrupp): both read as sent on; a misspelling is not.
    @Test(arguments: ["skickad-vidare", "skickad-till-bussam", "Skickad-Vidare"]) func theStatusSentOnIsReadInBothWordings(status: String) throws {
        let area = Scratch.url("bus-docs-register/nacka-2023")
        let folder = area.appendingPathComponent("2025")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("uppmärksammat;möte;parter;utfall\n".utf8).write(to: folder.appendingPathComponent("individforum.csv"))
        try Data("datum;från;till;ämne;principiell;status\n2025-10-20;utb-nacka;bup-nacka;sip;ja;\(status)\n".utf8).write(to: folder.appendingPathComponent("avvikelser.csv"))
        let reading = RegisterReader.read(areaFolder: area.path, year: 2025, agreement: RegisterTests.nacka.0, ruleSet: RegisterTests.nacka.1)
        #expect(Self.said(reading, in: .english) == [])
        #expect(reading.year.deviations.map(\.status) == [.sentToCountyBody])
        try Data("datum;från;till;ämne;principiell;status\n2025-10-20;utb-nacka;bup-nacka;sip;ja;skickad-till-bussamm\n".utf8).write(to: folder.appendingPathComponent("avvikelser.csv"))
        let misspelt = RegisterReader.read(areaFolder: area.path, year: 2025, agreement: RegisterTests.nacka.0, ruleSet: RegisterTests.nacka.1)
        #expect(misspelt.year.deviations.isEmpty)
        #expect(Self.said(misspelt, in: .english).count == 1)
    }

    /// A party's name that holds a comma, written where its id belongs: one finding, whose hint is the
    /// id, not one for each side of the comma.
    @Test func aPartysNameWithACommaIsOneValue() throws {
        let cases = "uppmärksammat;möte;parter;utfall\n2025-10-06;2025-10-13;Nacka kommun, socialtjänsten, enheten för barn och unga och LSS-handläggningen, bup-nacka;löst\n"
        let reading = try RegisterTests.read(["avvikelser.csv": RegisterTests.emptyDeviations, "individforum.csv": cases])
        let said = Self.said(reading, in: .english)
        #expect(said.count == 1, "\(said)")
        #expect(said.first?.hasSuffix("(Did you mean `soc-nacka`?)") == true, "\(said)")
        #expect(said.first?.hasPrefix("individforum.csv:2:23 BUS031") == true, "\(said)")
    }
}
