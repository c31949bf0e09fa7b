import BUSDocsKit
import Foundation
import Testing
import TestSupport

/// Register hints that, followed literally, fix the mistake that was made; and no text of a cell that may
/// hold personal data in a quoted line.
@Suite struct RegisterHintTests {
    /// Every finding of a reading as `file:line:col rule message | hint`, in one language.
    static func findings(_ reading: RegisterReading, swedish: Bool = false) -> [String] {
        reading.files.flatMap { file in
            file.diagnostics.map {
                "\((file.path as NSString).lastPathComponent):\($0.location.line):\($0.location.column) \($0.ruleID) "
                    + "\(swedish ? $0.message.sv : $0.message.en) | \((swedish ? $0.hint?.sv : $0.hint?.en) ?? "")"
            }
        }
    }

    /// A "Summa" row under the SIP counts is told to go, not to become `bumm` (which would count the
    /// total once more); the rows above it are read.
    @Test func aTotalRowIsToBeRemovedNotRenamed() throws {
        let reading = try RegisterTests.read([
            "individforum.csv": RegisterTests.emptyCases, "avvikelser.csv": RegisterTests.emptyDeviations,
            "sip.csv": "part;antal\r\nsoc-nacka;38\r\nbup-nacka;13\r\nSumma;51\r\n;;\r\nTOTALT:;51\r\n",
        ])
        #expect(Self.findings(reading) == [
            "sip.csv:4:1 BUS030 the row `Summa` is a total row | Remove the total row: bus-docs adds up the totals itself.",
            "sip.csv:6:1 BUS030 the row `TOTALT:` is a total row | Remove the total row: bus-docs adds up the totals itself.",
        ])
        #expect(Self.findings(reading, swedish: true).first == "sip.csv:4:1 BUS030 raden `Summa` är en summarad | Ta bort summaraden: bus-docs räknar summorna.")
        #expect(reading.year.sips == [SIPCount(party: "soc-nacka", count: 38), SIPCount(party: "bup-nacka", count: 13)])
    }

    /// A word far from every id gets no "did you mean": `Lasse` is not a slip for `lss`. A near one still does.
    @Test func aWordFarFromEveryIdGetsNoDidYouMean() throws {
        let reading = try RegisterTests.read([
            "individforum.csv": RegisterTests.emptyCases,
            "avvikelser.csv": "datum;från;till;ämne;principiell;status\n2025-03-11;soc-nacka;Lasse;sip;nej;löst-lokalt\n2025-03-12;soc-nacka;bup-naka;sip;nej;löst-lokalt\n",
        ])
        #expect(Self.findings(reading) == [
            "avvikelser.csv:2:22 BUS031 `till` has a value that is neither a party of the agreement nor a service (the value is not shown: it may be personal data) | Write a party's id (soc-nacka, utb-nacka, friskolor, bup-nacka, …) or a service (socialtjanst, bup, …). The register is published: never write names.",
            "avvikelser.csv:3:22 BUS031 `till` has a value that is neither a party of the agreement nor a service (the value is not shown: it may be personal data) | Did you mean `bup-nacka`?",
        ])
    }

    /// `soc-nacka;bup-nacka` in a file whose cells are separated by commas: the hint writes the cell as
    /// the file needs it, quoted, with every party kept; done, the row is read.
    @Test func partiesSeparatedBySemicolonsInACommaFileAreToldToBeQuoted() throws {
        let written = "uppmärksammat,möte,parter,utfall\n2025-02-03,2025-02-25,soc-nacka;bup-nacka,löst\n2025-04-01,2025-04-08,soc-nacka / utb-nacka,löst\n"
        let reading = try RegisterTests.read(["individforum.csv": written, "avvikelser.csv": RegisterTests.emptyDeviations])
        #expect(Self.findings(reading) == [
            "individforum.csv:2:23 BUS031 `soc-nacka;bup-nacka`: the parties must be separated by commas | Write `\"soc-nacka,bup-nacka\"`: with commas between them, in quotes, since the file separates its cells with commas.",
            "individforum.csv:3:23 BUS031 `soc-nacka / utb-nacka`: the parties must be separated by commas | Write `\"soc-nacka,utb-nacka\"`: with commas between them, in quotes, since the file separates its cells with commas.",
        ])
        #expect(Self.findings(reading, swedish: true).first == "individforum.csv:2:23 BUS031 `soc-nacka;bup-nacka`: parterna ska skiljas med komma | Skriv `\"soc-nacka,bup-nacka\"`: med komma emellan och inom citattecken, eftersom filen skiljer cellerna med komma.")
        let followed = try RegisterTests.read([
            "individforum.csv": "uppmärksammat,möte,parter,utfall\n2025-02-03,2025-02-25,\"soc-nacka,bup-nacka\",löst\n2025-04-01,2025-04-08,\"soc-nacka,utb-nacka\",löst\n",
            "avvikelser.csv": RegisterTests.emptyDeviations,
        ])
        #expect(Self.findings(followed) == [])
        #expect(followed.year.cases.map(\.parties) == [["soc-nacka", "bup-nacka"], ["soc-nacka", "utb-nacka"]])
        // In a file separated by semicolons the cell needs no quotes.
        let semicolons = try RegisterTests.read([
            "individforum.csv": "uppmärksammat;möte;parter;utfall\n2025-02-03;2025-02-25;\"soc-nacka;bup-nacka\";löst\n",
            "avvikelser.csv": RegisterTests.emptyDeviations,
        ])
        #expect(Self.findings(semicolons) == ["individforum.csv:2:24 BUS031 `soc-nacka;bup-nacka`: the parties must be separated by commas | Write `soc-nacka,bup-nacka`: with commas between them."])
    }

    /// `1,200` as English Excel formats a number: the hint gives the number without the separator.
    @Test func aCountWithAThousandsSeparatorIsGivenWithout() throws {
        let reading = try RegisterTests.read([
            "individforum.csv": RegisterTests.emptyCases, "avvikelser.csv": RegisterTests.emptyDeviations,
            "sip.csv": "part,antal\n\"soc-nacka\",\"1,200\"\n\"bup-nacka\",\"1.5\"\n",
        ])
        #expect(Self.findings(reading) == [
            "sip.csv:2:14 BUS033 `1,200` is not a count | Write the number without a thousands separator: `1200`.",
            "sip.csv:3:14 BUS033 `antal` has a value that is not a count (the value is not shown: it may be personal data) | Write a whole number, 0 or more.",
        ])
        #expect(Self.findings(reading, swedish: true).first == "sip.csv:2:14 BUS033 `1,200` är inget antal | Skriv talet utan tusentalsavgränsare: `1200`.")
    }

    /// A telephone number in `antal` is not a count: spaces (also no-break spaces) or a hyphen between its
    /// digits, or a leading 0, make it a finding at the cell that names the column and repeats nothing of
    /// the number, in the finding, its hint or the quoted line; no SIPs are read from it.
    @Test func aTelephoneNumberInACountIsAFindingThatRepeatsNothing() throws {
        let numbers = ["070 123 45 67", "08-123 456 78", "08 123 456", "08\u{A0}123\u{A0}456", "0701234567", "070 st"]
        let reading = try RegisterTests.read([
            "individforum.csv": RegisterTests.emptyCases, "avvikelser.csv": RegisterTests.emptyDeviations,
            "sip.csv": "part;antal\n" + zip(["soc-nacka", "utb-nacka", "friskolor", "bup-nacka", "hab-nacka", "bumm-nacka"], numbers).map { "\($0);\($1)\n" }.joined()
                + "vc-nacka; 7 \n",
        ])
        let finding = { (line: Int, column: Int) in
            "sip.csv:\(line):\(column) BUS033 `antal` has a value that is not a count (the value is not shown: it may be personal data) | Write a whole number, 0 or more."
        }
        #expect(Self.findings(reading) == [finding(2, 11), finding(3, 11), finding(4, 11), finding(5, 11), finding(6, 11), finding(7, 12)])
        let file = try #require(reading.files.first { $0.path.hasSuffix("sip.csv") })
        for number in numbers {
            let digits = number.filter(\.isNumber)
            #expect(!file.diagnostics.contains { ($0.message.sv + $0.message.en + ($0.hint?.sv ?? "") + ($0.hint?.en ?? "")).filter(\.isNumber).contains(digits) })
            #expect(!file.quotedLines.values.contains { $0.contains(number) })
        }
        #expect(reading.year.sips == [SIPCount(party: "vc-nacka", count: 7)])
        // A plain count, spaces around it aside, is read; so is one padded with zeros to at most three
        // digits (`07`, `007`: a whole number to a reader), without a finding.
        let plain = try RegisterTests.read(["individforum.csv": RegisterTests.emptyCases, "avvikelser.csv": RegisterTests.emptyDeviations,
                                            "sip.csv": "part;antal\nsoc-nacka; 7 \nbup-nacka;0\nhab-nacka;07\nutb-nacka;007\n"])
        #expect(Self.findings(plain) == [])
        #expect(plain.year.sips == [SIPCount(party: "soc-nacka", count: 7), SIPCount(party: "bup-nacka", count: 0),
                                    SIPCount(party: "hab-nacka", count: 7), SIPCount(party: "utb-nacka", count: 7)])
    }

    /// A free-text column and a personal identity number: findings say where, and the quoted line stars
    /// out the whole cell (the caret still under it); the dates of the row stay readable. English says
    /// "is in the register".
    @Test func aQuotedLineNeverShowsFreeTextOrAPersonalNumber() throws {
        let reading = try RegisterTests.read(year: 2026, [
            "individforum.csv": "uppmärksammat;möte;parter;utfall;kommentar\n2026-01-12;2026-01-20;soc-nacka,bup-nacka;löst;Kalle 20150312-1236 skolvägran\n2026-02-02;2026-13-01;soc-nacka;löst;Lisa, mamma ringde\n",
            "avvikelser.csv": RegisterTests.emptyDeviations,
        ])
        let file = try #require(reading.files.first)
        #expect(Self.findings(reading) == [
            "individforum.csv:1:34 BUS030 the column `kommentar` is not part of individforum.csv | The register is published: only the columns uppmärksammat, möte, parter and utfall may be there, never free text. Remove the column.",
            "individforum.csv:2:54 BUS034 a personal identity number (personnummer or samordningsnummer) is in the register | Remove the number: the register is published and may hold only dates, parties and outcomes.",
            "individforum.csv:3:12 BUS032 `2026-13-01` is not a date | Write the date as YYYY-MM-DD, e.g. 2026-03-14 (in Excel: format the column as text or YYYY-MM-DD).",
        ])
        // One mask whatever the cell's length: a count of stars would tell how long the text is.
        #expect(file.quotedLines[2] == "2026-01-12;2026-01-20;soc-nacka,bup-nacka;löst;****")
        #expect(file.quotedLines[3] == "2026-02-02;2026-13-01;soc-nacka;löst;****")
        let text = TextFormatter().format(CheckReport(files: reading.files), language: .swedish)
        #expect(!text.contains("Kalle") && !text.contains("skolvägran") && !text.contains("Lisa") && !text.contains("20150312"), "\(text)")
        // The number is in the cell: the caret points at its mask.
        #expect(text.contains("2026-01-12;2026-01-20;soc-nacka,bup-nacka;löst;****\n" + String(repeating: " ", count: 47) + "^\n"), "\(text)")
    }

    /// Two withheld values on a row, of other lengths: each is the same mask, and a finding after one
    /// has its caret under its own cell in the shorter line, while its column — in the text's headline
    /// and in SARIF — is still the file's.
    @Test func aCaretAfterAWithheldValuePointsAtItsCell() throws {
        let reading = try RegisterTests.read(year: 2025, [
            "individforum.csv": "uppmärksammat;möte;parter;utfall\n2025-09-01;Ida Berg;soc-nacka,Mohammed Al-Hassan (åk 9);Kalle flyttade\n2025-09-02;2025-09-09;soc-nacka,bup-nacka;löst\n",
            "avvikelser.csv": RegisterTests.emptyDeviations,
        ])
        let file = try #require(reading.files.first)
        #expect(file.quotedLines[2] == "2025-09-01;****;soc-nacka,****;****")
        #expect(file.diagnostics.map(\.location.column) == [12, 31, 57])
        let text = TextFormatter().format(CheckReport(files: [file]), language: .english)
        let line = "2025-09-01;****;soc-nacka,****;****\n"
        #expect(text.contains("individforum.csv:2:12: error: [BUS032]") && text.contains(line + String(repeating: " ", count: 11) + "^\n"), "\(text)")
        #expect(text.contains("individforum.csv:2:31: error: [BUS031]") && text.contains(line + String(repeating: " ", count: 26) + "^\n"), "\(text)")
        #expect(text.contains("individforum.csv:2:57: error: [BUS033]") && text.contains(line + String(repeating: " ", count: 31) + "^\n"), "\(text)")
        for name in ["Ida", "Berg", "Mohammed", "Hassan", "Kalle", "flyttade"] { #expect(!text.contains(name), "\(name) in \(text)") }
        // Code scanning marks the file's columns, to the end of the file's line (70 scalars).
        let sarif = SARIFFormatter(root: SourceRoot(path: "/", workingDirectory: "/")).format(CheckReport(files: [file]), language: .english)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let regions = results.compactMap { result -> [Int]? in
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            guard let region = location?["region"] as? [String: Int] else { return nil }
            return [region["startLine"], region["startColumn"], region["endColumn"]].compactMap { $0 }
        }
        #expect(regions == [[2, 12, 71], [2, 31, 71], [2, 57, 71]], "\(sarif)")
    }

    /// US Excel's `1/12/2026`: the file's `1/20/2026` can only be month first, so the hint reads it so.
    /// With nothing in the file to tell, both readings are named and neither is picked.
    @Test func aSlashDateIsReadInTheOrderTheFileShows() throws {
        let american = try RegisterTests.read(year: 2026, [
            "individforum.csv": "uppmärksammat,möte,parter,utfall\n1/12/2026,1/20/2026,\"soc-nacka,bup-nacka\",löst\n",
            "avvikelser.csv": RegisterTests.emptyDeviations,
        ])
        #expect(Self.findings(american) == [
            "individforum.csv:2:1 BUS032 `1/12/2026` must be written YYYY-MM-DD | Write `2026-01-12`: the file writes the month first, as `1/20/2026` shows (in Excel: format the column as text or YYYY-MM-DD).",
            "individforum.csv:2:11 BUS032 `1/20/2026` must be written YYYY-MM-DD | Write `2026-01-20` (in Excel: format the column as text or YYYY-MM-DD).",
        ])
        #expect(Self.findings(american, swedish: true).first == "individforum.csv:2:1 BUS032 `1/12/2026` ska skrivas ÅÅÅÅ-MM-DD | Skriv `2026-01-12`: filen skriver månaden först, som `1/20/2026` visar (i Excel: formatera kolumnen som text eller ÅÅÅÅ-MM-DD).")

        let british = try RegisterTests.read(year: 2026, [
            "individforum.csv": "uppmärksammat,möte,parter,utfall\n1/12/2026,13/12/2026,soc-nacka,löst\n",
            "avvikelser.csv": RegisterTests.emptyDeviations,
        ])
        #expect(Self.findings(british).first == "individforum.csv:2:1 BUS032 `1/12/2026` must be written YYYY-MM-DD | Write `2026-12-01`: the file writes the day first, as `13/12/2026` shows (in Excel: format the column as text or YYYY-MM-DD).")

        let unknown = try RegisterTests.read(year: 2026, [
            "individforum.csv": "uppmärksammat,möte,parter,utfall\n3/4/2026,,soc-nacka,pågår\n",
            "avvikelser.csv": RegisterTests.emptyDeviations,
        ])
        #expect(Self.findings(unknown) == [
            "individforum.csv:2:1 BUS032 `3/4/2026` must be written YYYY-MM-DD | Write the date as YYYY-MM-DD: `2026-03-04` if it is 4 March, `2026-04-03` if it is 3 April (in Excel: format the column as text or YYYY-MM-DD).",
        ])
        #expect(Self.findings(unknown, swedish: true) == [
            "individforum.csv:2:1 BUS032 `3/4/2026` ska skrivas ÅÅÅÅ-MM-DD | Skriv datumet som ÅÅÅÅ-MM-DD: `2026-03-04` om det är 4 mars, `2026-04-03` om det är 3 april (i Excel: formatera kolumnen som text eller ÅÅÅÅ-MM-DD).",
        ])
    }

    /// Names typed into the register's columns — a party, an outcome, a topic, a date, a SIP party and
    /// count, after a total row's label — are never repeated by a finding, and are starred out in the
    /// quoted line; the finding names the column and its hint what to write.
    @Test func aValueAColumnDoesNotAllowIsNeverRepeated() throws {
        let reading = try RegisterTests.read([
            "individforum.csv": "uppmärksammat;möte;parter;utfall\n2025-09-01;2025-09-08;soc-nacka,Lisa Ek (elev åk 4);löst\n2025-09-02;2025-09-09;soc-nacka,bup-nacka;Kalle flyttade\n2025-09-03;Ida Berg;soc-nacka,bup-nacka;pågår\n",
            "avvikelser.csv": "datum;från;till;ämne;principiell;status\n2025-03-11;soc-nacka;bup-nacka;Lisa Ek 0701234567;nej;löst-lokalt\n2025-03-12;Karin Svensson;bup-nacka;sip;nej;löst-lokalt\n",
            "sip.csv": "part;antal\nKarin Svensson;3\nsoc-nacka;Nils Nilsson\nSumma Ida Berg;3\n",
        ])
        #expect(Self.findings(reading) == [
            "individforum.csv:2:33 BUS031 `parter` has a value that is neither a party of the agreement nor a service (the value is not shown: it may be personal data) | Write a party's id (soc-nacka, utb-nacka, friskolor, bup-nacka, …) or a service (socialtjanst, bup, …). The register is published: never write names.",
            "individforum.csv:3:43 BUS033 `utfall` has a value that is not allowed (the value is not shown: it may be personal data) | Write one of: löst, lyft-till-styrgrupp, pågår.",
            "individforum.csv:4:12 BUS032 `möte` has a value that is not a date (the value is not shown: it may be personal data) | Write the date as YYYY-MM-DD, e.g. 2025-03-14 (in Excel: format the column as text or YYYY-MM-DD).",
            "avvikelser.csv:2:32 BUS033 `ämne` has a value that is not allowed (the value is not shown: it may be personal data) | Write one of: sip, remiss, informationsöverföring, samtycke, ansvar, annat.",
            "avvikelser.csv:3:12 BUS031 `från` has a value that is neither a party of the agreement nor a service (the value is not shown: it may be personal data) | Write a party's id (soc-nacka, utb-nacka, friskolor, bup-nacka, …) or a service (socialtjanst, bup, …). The register is published: never write names.",
            "sip.csv:2:1 BUS031 `part` has a value that is neither a party of the agreement nor a service (the value is not shown: it may be personal data) | Write a party's id (soc-nacka, utb-nacka, friskolor, bup-nacka, …) or a service (socialtjanst, bup, …). The register is published: never write names.",
            "sip.csv:3:11 BUS033 `antal` has a value that is not a count (the value is not shown: it may be personal data) | Write a whole number, 0 or more.",
            "sip.csv:4:1 BUS030 the row `Summa` is a total row | Remove the total row: bus-docs adds up the totals itself.",
        ])
        #expect(Self.findings(reading, swedish: true)[0] == "individforum.csv:2:33 BUS031 `parter` har ett värde som varken är en part i överenskommelsen eller en verksamhet (värdet visas inte: det kan vara en personuppgift) | Skriv en parts id (soc-nacka, utb-nacka, friskolor, bup-nacka, …) eller en verksamhet (socialtjanst, bup, …). Registret publiceras: skriv aldrig namn.")
        let quoted = reading.files.map { $0.quotedLines.sorted { $0.key < $1.key }.map(\.value) }
        #expect(quoted == [
            ["2025-09-01;2025-09-08;soc-nacka,****;löst", "2025-09-02;2025-09-09;soc-nacka,bup-nacka;****", "2025-09-03;****;soc-nacka,bup-nacka;pågår"],
            ["2025-03-11;soc-nacka;bup-nacka;****;nej;löst-lokalt", "2025-03-12;****;bup-nacka;sip;nej;löst-lokalt"],
            ["****;3", "soc-nacka;****", "****;3"],
        ])
        for language in [Language.swedish, .english] {
            let text = TextFormatter().format(CheckReport(files: reading.files), language: language)
            for name in ["Lisa", "Ek ", "elev", "Kalle", "flyttade", "Ida", "Berg", "0701234567", "Karin", "Svensson", "Nils"] {
                #expect(!text.contains(name), "\(name) in \(text)")
            }
        }
    }

    /// A service's name where a party goes — `habilitering`, `barn- och ungdomspsykiatrin`, `socialtjänsten`,
    /// `elevhälsan` — is offered the party of the agreement that provides it; `grundskolan`, provided by
    /// two, both of them. A party's name gets its id. The hints followed literally are read.
    @Test func aServiceNameIsOfferedThePartyThatProvidesIt() throws {
        let reading = try RegisterTests.read([
            "individforum.csv": "uppmärksammat;möte;parter;utfall\n2025-09-04;2025-09-11;habilitering,barn- och ungdomspsykiatrin;löst\n2025-09-05;2025-09-12;socialtjänsten,grundskolan;löst\n",
            "avvikelser.csv": "datum;från;till;ämne;principiell;status\n2025-03-11;Elevhälsan;BUP Nacka;sip;nej;löst-lokalt\n",
        ])
        #expect(Self.findings(reading, swedish: true).map { $0.components(separatedBy: " | ")[1] } == [
            "Menade du `hab-nacka`?", "Menade du `bup-nacka`?", "Menade du `soc-nacka`?", "Menade du `utb-nacka` eller `friskolor`?",
            "Menade du `utb-nacka`?", "Menade du `bup-nacka`?",
        ])
        #expect(Self.findings(reading).map { $0.components(separatedBy: " | ")[1] }[3] == "Did you mean `utb-nacka` or `friskolor`?")
        let followed = try RegisterTests.read([
            "individforum.csv": "uppmärksammat;möte;parter;utfall\n2025-09-04;2025-09-11;hab-nacka,bup-nacka;löst\n2025-09-05;2025-09-12;soc-nacka,utb-nacka;löst\n",
            "avvikelser.csv": "datum;från;till;ämne;principiell;status\n2025-03-11;utb-nacka;bup-nacka;sip;nej;löst-lokalt\n",
        ])
        #expect(Self.findings(followed) == [])
    }

    /// A party twice in a case is a warning whose hint writes each once (the case counts it once); a
    /// deviation from a party to itself is no deviation between parties: an error, and not counted.
    @Test func aPartyTwiceInACaseAndADeviationToItselfAreFound() throws {
        let reading = try RegisterTests.read([
            "individforum.csv": "uppmärksammat,möte,parter,utfall\n2025-09-03,2025-09-10,\"bup-nacka,soc-nacka,BUP-nacka\",löst\n2025-09-04,2025-09-11,\"bup,bup\",löst\n",
            "avvikelser.csv": "datum;från;till;ämne;principiell;status\n2025-03-12;bup-nacka;BUP-Nacka;sip;nej;löst-lokalt\n2025-03-13;bup-nacka;bup;sip;nej;löst-lokalt\n",
        ])
        #expect(Self.findings(reading) == [
            "individforum.csv:2:44 BUS033 `bup-nacka` is listed twice in `parter` | Write `\"bup-nacka,soc-nacka\"`: each party once.",
            "individforum.csv:3:28 BUS033 `bup` is listed twice in `parter` | Write `bup`: each party once.",
            "avvikelser.csv:2:22 BUS033 the deviation is from and to the same party, `bup-nacka`: a deviation is about the collaboration between two parties | Write in `till` the party the deviation was addressed to. If it was about the party's own work, it belongs to the party's own deviation handling: remove the row.",
        ])
        #expect(Self.findings(reading, swedish: true)[2] == "avvikelser.csv:2:22 BUS033 avvikelsen är från och till samma part, `bup-nacka`: en avvikelse gäller samverkan mellan två parter | Skriv i `till` den part som avvikelsen ställdes till. Gällde den partens egen verksamhet hör den till partens egen avvikelsehantering: ta bort raden.")
        let found = reading.files.flatMap(\.diagnostics)
        #expect(found.map(\.severity) == [.warning, .warning, .error])
        #expect(found[0].notes == [Note(message: LocalizedText(sv: "först här", en: "first here"), location: BUSDocsKit.SourceLocation(line: 2, column: 24))])
        #expect(reading.year.cases.map(\.parties) == [["bup-nacka", "soc-nacka"], ["bup"]])
        #expect(reading.year.deviations.map { "\($0.from)→\($0.to)" } == ["bup→bup"])
        let followed = try RegisterTests.read([
            "individforum.csv": "uppmärksammat,möte,parter,utfall\n2025-09-03,2025-09-10,\"bup-nacka,soc-nacka\",löst\n2025-09-04,2025-09-11,bup,löst\n",
            "avvikelser.csv": "datum;från;till;ämne;principiell;status\n2025-03-13;bup-nacka;bup;sip;nej;löst-lokalt\n",
        ])
        #expect(Self.findings(followed) == [])
    }
}

extension RegisterHintTests {
    /// `bvc-jarfalla` in Nacka's register is near `mvc-bvc`, a service none of Nacka's parties provides:
    /// applied, it would add a row nobody provides, so no "did you mean" names it.
    @Test func aHintNamesOnlyAValueThisAgreementAllows() throws {
        let reading = try RegisterTests.read([
            "individforum.csv": RegisterTests.emptyCases,
            "avvikelser.csv": "datum;från;till;ämne;principiell;status\n2025-03-11;bvc-jarfalla;bup-nacka;sip;nej;löst-lokalt\n",
        ])
        let findings = Self.findings(reading)
        #expect(findings.count == 1)
        #expect(!findings.joined().contains("mvc-bvc") && !findings.joined().contains("Did you mean"), "\(findings)")
        #expect(findings.first?.hasPrefix("avvikelser.csv:2:12 BUS031 ") == true, "\(findings)")
    }
}
