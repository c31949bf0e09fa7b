import BUSDocsKit
import Foundation
import Testing

/// What a coordinator or a chair meets: messages in one language with singular and plural right, prompts
/// that ask again, misspelt commands, meeting documents that refuse what cannot be meant.
@Suite struct ExperienceTests {
    static let valid = CheckCommandTests.valid
    static let swedish = ["LANG": "sv_SE.UTF-8"]

    @Test func oneFileIsSingularInBothLanguages() throws {
        let swedish = try BusDocsProcess.run(["check", Self.valid, "--today", "2026-11-24"], environment: Self.swedish)
        #expect(swedish.stdout == "1 fil kontrollerad: 0 fel, 0 varningar\n")
        let diff = try BusDocsProcess.run(["diff", Self.valid, Self.valid.replacingOccurrences(of: "valid.md", with: "valid.md")], environment: Self.swedish)
        #expect(diff.stdout.hasSuffix("0 ändringar i sak, 0 försvagar överenskommelsen\n"), "\(diff.stdout)")
    }

    @Test func rulesDefaultsToTheCurrentRuleSetAndSpeaksSwedish() throws {
        let english = try BusDocsProcess.run(["rules"])
        #expect(english.stdout.hasPrefix("Rule set: hök-2022"))
        let help = try BusDocsProcess.run(["rules", "--help"])
        #expect(help.stdout.contains("default: hök-2022"), "\(help.stdout)")
        #expect(try BusDocsProcess.run(["rules", "--rules", "BUS 2012"]).stdout.hasPrefix("Rule set: bus-2012"))
        let swedish = try BusDocsProcess.run(["rules"], environment: Self.swedish)
        #expect(swedish.stdout.contains("BUS000  fel      Läsbar fil"))
        #expect(swedish.stdout.contains("BUS004  varning  "))
        #expect(!swedish.stdout.contains("error") && !swedish.stdout.contains("warning"))
    }

    @Test func aMisspeltCommandIsNotTakenAsAPath() throws {
        let swedish = try BusDocsProcess.run(["protocl", "x"], environment: Self.swedish)
        #expect(swedish.status == 2)
        #expect(swedish.stderr.hasPrefix("bus-docs: okänt kommando `protocl` — menade du `protocol`?"), "\(swedish.stderr)")
        let english = try BusDocsProcess.run(["chek"])
        #expect(english.stderr.hasPrefix("bus-docs: unknown command `chek` — did you mean `check`?"), "\(english.stderr)")
        // The Swedish verb of the help text is the command it describes.
        let verb = try BusDocsProcess.run(["kontrollera", "Agreements/nacka-2023.md"], environment: Self.swedish)
        #expect(verb.status == 2 && verb.stderr.hasPrefix("bus-docs: okänt kommando `kontrollera` — menade du `check`?"), "\(verb.stderr)")
        let build = try BusDocsProcess.run(["bygg"])
        #expect(build.status == 2 && build.stderr.hasPrefix("bus-docs: unknown command `bygg` — did you mean `build`?"), "\(build.stderr)")
        let help = try BusDocsProcess.run(["help", "prtocol"], environment: Self.swedish)
        #expect(help.status == 2 && help.stderr.hasPrefix("bus-docs: okänt kommando `prtocol` — menade du `protocol`?"), "\(help.stderr)")
        // Another tool's verb for the job, beside a folder of a like name: the command, not the folder.
        let folder = try BusDocsProcess.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("publ3"), withIntermediateDirectories: true)
        let publish = try BusDocsProcess.run(["publish", "Agreements"], in: folder)
        #expect(publish.status == 2 && publish.stderr.hasPrefix("bus-docs: unknown command `publish` — did you mean `build`?"), "\(publish.stderr)")
        // A word that is an existing path is still a path to check.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("chek"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.valid, toPath: folder.appendingPathComponent("chek/a.md").path)
        let path = try BusDocsProcess.run(["chek", "--today", "2026-11-24"], in: folder)
        #expect(path.status == 0, "\(path.stderr)")
    }

    /// A deadline on juldagen runs on to the next working day (lag 1930:173), which the document names,
    /// with no warning; a meeting on annandag jul: stderr says so in the run's language.
    @Test func daysOffAreSaidOnStandardError() throws {
        let swedish = try BusDocsProcess.run(["protocol", Self.valid, "--noticed", "2026-12-11", "--today", "2026-12-11", "--format", "md"], environment: Self.swedish)
        #expect(swedish.status == 0, "\(swedish.stderr)")
        #expect(swedish.stderr == "")
        #expect(swedish.stdout.contains("- Mötet hålls senast (14 dagar): 2026-12-28\n"))
        #expect(!swedish.stdout.contains("Varning"))
        let agenda = try BusDocsProcess.run(["protocol", Self.valid, "--group", "styrgrupp", "--date", "2026-12-26", "--today", "2026-12-11", "--format", "md"])
        #expect(agenda.status == 0, "\(agenda.stderr)")
        #expect(agenda.stderr == "bus-docs: warning: the meeting day, 2026-12-26, is a Swedish public holiday (annandag jul): choose a working day for the meeting\n")
        #expect(agenda.stdout.contains("> **Varning:** Mötesdagen 2026-12-26 är annandag jul: välj en arbetsdag för mötet.\n"))
    }

    @Test func aMeetingBeforeTheNeedWasNoticedIsRefused() throws {
        let result = try BusDocsProcess.run(["protocol", Self.valid, "--noticed", "2027-02-10", "--date", "2027-02-01", "--format", "md"], environment: Self.swedish)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "bus-docs: --date 2027-02-01 är före --noticed 2027-02-10: mötet kan inte hållas innan behovet uppmärksammades\n")
    }

    /// A need cannot be noticed after the day the protocol is made: a mistyped date is refused (exit 2),
    /// in the run's language, rather than giving a deadline still ahead.
    @Test func aNeedNoticedAfterTodayIsRefused() throws {
        let swedish = try BusDocsProcess.run(["protocol", Self.valid, "--noticed", "2026-12-20", "--today", "2026-11-27", "--format", "md"], environment: Self.swedish)
        #expect(swedish.status == 2 && swedish.stdout.isEmpty)
        #expect(swedish.stderr == "bus-docs: --noticed 2026-12-20 är efter --today 2026-11-27: behovet kan inte ha uppmärksammats ännu; skriv dagen det uppmärksammades\n")
        let english = try BusDocsProcess.run(["protocol", Self.valid, "--noticed", "2026-12-20", "--today", "2026-11-27", "--format", "md"])
        #expect(english.status == 2 && english.stdout.isEmpty)
        #expect(english.stderr == "bus-docs: --noticed 2026-12-20 is after --today 2026-11-27: the need cannot have been noticed yet; give the day it was noticed\n")
    }

    /// A group without documents, and `--noticed` for a group that gets an agenda: the groups are named by
    /// their names in a sentence, listed with "och".
    @Test func groupsAreNamedByTheirNamesInMessages() throws {
        let nacka = "Agreements/nacka-2023.md", norrtalje = "Tests/Corpus/norrtalje-2024.md"
        let council = try BusDocsProcess.run(["protocol", norrtalje, "--group", "samrådsgrupp", "--format", "md"], environment: Self.swedish)
        #expect(council.status == 2 && council.stderr.contains("Tests/Corpus/norrtalje-2024.md: bus-docs gör varken protokoll eller dagordning för Lokal samrådsgrupp för barn och unga; det gör det för BUS styrgrupp Norrtälje och BUS individforum Norrtälje\n"), "\(council.stderr)")
        let english = try BusDocsProcess.run(["protocol", norrtalje, "--group", "samrådsgrupp", "--format", "md"])
        #expect(english.stderr.contains("bus-docs makes no protocol or agenda for Lokal samrådsgrupp för barn och unga; it does for BUS styrgrupp Norrtälje and BUS individforum Norrtälje\n"), "\(english.stderr)")
        let agenda = try BusDocsProcess.run(["protocol", nacka, "--group", "styrgrupp", "--noticed", "2026-11-20", "--today", "2026-11-27", "--format", "md"], environment: Self.swedish)
        #expect(agenda.status == 2 && agenda.stderr.contains("--noticed gäller bara individforum: BUS lokal styrgrupp Nacka får en dagordning, som inte har någon tidsgräns"), "\(agenda.stderr)")
    }

    /// Without `--date`: a deadline already passed on `--today`, or one after the agreement's last day
    /// (Nacka's is 2027-12-31), is said on stderr in the run's language and in the document.
    @Test func aDeadlinePassedOrAfterTheAgreementIsSaidOnStandardErrorAndInTheDocument() throws {
        let nacka = "Agreements/nacka-2023.md"
        let passed = try BusDocsProcess.run(["protocol", nacka, "--noticed", "2026-10-01", "--today", "2026-11-27", "--format", "md"], environment: Self.swedish)
        #expect(passed.status == 0, "\(passed.stderr)")
        #expect(passed.stderr == "bus-docs: varning: tidsgränsen har redan passerat: individforum ska hållas inom 14 dagar från att behovet uppmärksammades (2026-10-01), senast 2026-10-15, och i dag är det 2026-11-27\n")
        #expect(passed.stdout.contains("\n> **Varning:** Tidsgränsen har redan passerat: individforum ska hållas inom 14 dagar från att behovet uppmärksammades (2026-10-01), senast 2026-10-15, och i dag är det 2026-11-27.\n"))
        let english = try BusDocsProcess.run(["protocol", nacka, "--noticed", "2026-10-01", "--today", "2026-11-27", "--format", "md"])
        #expect(english.stderr == "bus-docs: warning: the deadline has already passed: the individforum meets within 14 days of the need being noticed (2026-10-01), by 2026-10-15, and today is 2026-11-27\n")
        let expiring = try BusDocsProcess.run(["protocol", nacka, "--noticed", "2027-12-25", "--today", "2027-12-27", "--format", "md"], environment: Self.swedish)
        #expect(expiring.status == 0, "\(expiring.stderr)")
        #expect(expiring.stderr == "bus-docs: varning: tidsgränsen 2028-01-08 infaller efter att överenskommelsen upphör att gälla (den gäller till och med 2027-12-31): håll mötet senast 2027-12-30, eller förnya överenskommelsen\n")
        #expect(expiring.stdout.contains("> **Varning:** Tidsgränsen 2028-01-08 infaller efter att överenskommelsen upphör att gälla (den gäller till och med 2027-12-31): håll mötet senast 2027-12-30, eller förnya överenskommelsen.\n"))
        let englishExpiring = try BusDocsProcess.run(["protocol", nacka, "--noticed", "2027-12-25", "--today", "2027-12-27", "--format", "md"])
        #expect(englishExpiring.stderr == "bus-docs: warning: the deadline, 2028-01-08, falls after the agreement expires (it is valid until 2027-12-31): hold the meeting by 2027-12-30, or renew the agreement\n")
        let inTime = try BusDocsProcess.run(["protocol", nacka, "--noticed", "2026-11-20", "--today", "2026-11-27", "--format", "md"])
        #expect(inTime.status == 0 && inTime.stderr.isEmpty, "\(inTime.stderr)")
        #expect(!inTime.stdout.contains("Varning"))
    }

    @Test func aLateMeetingIsAlsoSaidOnStandardError() throws {
        let result = try BusDocsProcess.run(["protocol", Self.valid, "--noticed", "2026-11-02", "--date", "2026-11-20", "--format", "md"], environment: Self.swedish)
        #expect(result.status == 0)
        #expect(result.stderr.contains("varning: mötet 2026-11-20 hålls efter tidsgränsen"), "\(result.stderr)")
        #expect(result.stderr.contains("senast 2026-11-16"))
    }

    /// Nacka's agreement is valid until 2027-12-31: a meeting after that is said on stderr, in the run's
    /// language, and at the top of the document itself (Swedish, as documents are); one inside the
    /// validity is not; nor is a meeting date that is not given (today decides).
    @Test func aMeetingOutsideTheAgreementsValidityIsSaidOnStandardError() throws {
        let nacka = "Agreements/nacka-2023.md"
        let late = try BusDocsProcess.run(["protocol", nacka, "--group", "styrgrupp", "--date", "2028-03-01", "--format", "md"], environment: Self.swedish)
        #expect(late.status == 0, "\(late.stderr)")
        #expect(late.stderr == "bus-docs: varning: mötet 2028-03-01 hålls efter att överenskommelsen har upphört att gälla (den gällde till och med 2027-12-31); förnya överenskommelsen\n")
        let warning = "> **Varning:** Mötet 2028-03-01 hålls efter att överenskommelsen har upphört att gälla (den gällde till och med 2027-12-31); förnya överenskommelsen.\n\n- Datum: 2028-03-01\n"
        #expect(late.stdout.contains("”.\n\n" + warning), "\(late.stdout)")
        let english = try BusDocsProcess.run(["protocol", nacka, "--date", "2028-03-01", "--format", "md"])
        #expect(english.stderr == "bus-docs: warning: the meeting on 2028-03-01 is after the agreement has expired (it was valid until 2027-12-31); renew the agreement\n")
        #expect(english.stdout.contains("barnet.\n\n" + warning), "\(english.stdout)")
        let today = try BusDocsProcess.run(["protocol", nacka, "--today", "2028-01-10", "--format", "md"])
        #expect(today.stderr == "bus-docs: warning: the agreement has expired (it was valid until 2027-12-31); renew the agreement\n")
        let early = try BusDocsProcess.run(["protocol", nacka, "--date", "2022-12-01", "--format", "md"])
        #expect(early.stderr == "bus-docs: warning: the meeting on 2022-12-01 is before the agreement comes into force (on 2023-01-01)\n")
        // The last day is in force; it is nyårsafton, which is said, and nothing else.
        let inForce = try BusDocsProcess.run(["protocol", nacka, "--date", "2027-12-31", "--format", "md"])
        #expect(inForce.status == 0)
        #expect(inForce.stderr == "bus-docs: warning: the meeting day, 2027-12-31, is nyårsafton, a day off at Swedish workplaces: choose a working day for the meeting\n")
        #expect(inForce.stdout.components(separatedBy: "Varning").count == 2, "\(inForce.stdout)")
        #expect(inForce.stdout.contains("> **Varning:** Mötesdagen 2027-12-31 är nyårsafton: välj en arbetsdag för mötet.\n"), "\(inForce.stdout)")
    }

    /// The usage line, on a help screen and in a message about the command line, is wrapped at the
    /// terminal's width between options (never inside one), its later lines under the command: in
    /// English as in Swedish (swift-argument-parser prints it on one line however long).
    @Test func theUsageLineIsWrappedInBothLanguages() throws {
        let english = try BusDocsProcess.run(["deviation", "--help"], environment: ["LANG": "C", "COLUMNS": "80"])
        #expect(english.stdout.contains("""

            USAGE: bus-docs deviation <agreement> [--today <date>] [--format <format>]
                   [--output <file>] [--force] [--reference-docx <file>] [--archival]
                   [--filled <file>] [--templates <templates>] [--rules <rules>]

            ARGUMENTS:

            """), "\(english.stdout)")
        let missing = try BusDocsProcess.run(["deviation"], environment: ["LANG": "C", "COLUMNS": "80"])
        #expect(missing.stderr == """
            bus-docs: missing expected argument `<agreement>`
            Help:  <agreement>  The agreement file.
            Usage: bus-docs deviation <agreement> [--today <date>] [--format <format>]
                   [--output <file>] [--force] [--reference-docx <file>] [--archival]
                   [--filled <file>] [--templates <templates>] [--rules <rules>]
              See `bus-docs deviation --help` for more information.

            """, "\(missing.stderr)")
        let swedish = try BusDocsProcess.run(["deviation"], environment: ["LANG": "sv_SE.UTF-8", "COLUMNS": "80"])
        #expect(swedish.stderr.contains("""
            Användning: bus-docs deviation <överenskommelse> [--today <datum>]
                        [--format <format>] [--output <fil>] [--force]
                        [--reference-docx <fil>] [--archival] [--filled <fil>]
                        [--templates <mallmapp>] [--rules <regelverk>]

            """), "\(swedish.stderr)")
        for command in ["protocol", "deviation", "check", "build", "agreement", "new", "import", "diff", "serve", "report"] {
            for lang in ["C", "sv_SE.UTF-8"] {
                let help = try BusDocsProcess.run([command, "--help"], environment: ["LANG": lang, "COLUMNS": "80"]).stdout
                #expect(help.split(separator: "\n").allSatisfy { $0.count <= 80 }, "bus-docs \(command) --help (\(lang)): \(help)")
            }
        }
    }

    @Test func noticedWithAnAgendaIsRefused() throws {
        let result = try BusDocsProcess.run(["protocol", Self.valid, "--group", "styrgrupp", "--noticed", "2027-02-01", "--format", "md"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--noticed is for the individforum only"))
    }

    @Test(arguments: ["Styrgrupp", "STYRGRUPP", "BUS lokal styrgrupp", "styrgruppen", "Styrgruppens"]) func aGroupIsFoundInAnyCaseAndByName(group: String) throws {
        let result = try BusDocsProcess.run(["protocol", Self.valid, "--group", group, "--date", "2027-03-01", "--format", "md"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Dagordning och minnesanteckningar – BUS lokal styrgrupp\n"))
    }

    @Test func outputIntoAMissingFolderIsRefused() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("saknas/blankett.html").path
        let result = try BusDocsProcess.run(["deviation", Self.valid, "-o", target], environment: Self.swedish)
        #expect(result.status == 2)
        #expect(result.stderr.contains("mappen \(folder.path)/saknas finns inte"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("saknas").path))
        let new = try BusDocsProcess.run(["new", "--area", "Täby", "-o", folder.appendingPathComponent("saknas/taby.md").path])
        #expect(new.status == 2 && new.stderr.contains("the folder \(folder.path)/saknas does not exist"), "\(new.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("saknas").path))
    }

    @Test func htmlIsNotPouredOntoATerminal() throws {
        guard let terminal = try BusDocsProcess.onTerminal("deviation \(Self.valid)", input: "", lang: "sv_SE.UTF-8") else { return }
        #expect(terminal.status == 2)
        #expect(terminal.transcript.contains("ange en fil med -o FIL"), "\(terminal.transcript)")
        #expect(!terminal.transcript.contains("<!DOCTYPE"))
        let piped = try BusDocsProcess.run(["deviation", Self.valid])
        #expect(piped.status == 0 && piped.stdout.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func protocolAndDeviationTakeToday() throws {
        let agenda = try BusDocsProcess.run(["protocol", Self.valid, "--group", "styrgrupp", "--today", "2027-09-01", "--format", "md"])
        #expect(agenda.status == 0, "\(agenda.stderr)")
        #expect(agenda.stdout.contains("höstterminen 2027"), "\(agenda.stdout.prefix(300))")
        let form = try BusDocsProcess.run(["deviation", Self.valid, "--today", "2027-09-01", "--format", "md"])
        #expect(form.status == 0)
        let bad = try BusDocsProcess.run(["deviation", Self.valid, "--today", "igår"], environment: Self.swedish)
        #expect(bad.stderr == "bus-docs: --today: ”igår” är inget datum (ÅÅÅÅ-MM-DD)\n")
    }

    @Test func newAsksAgainAndUnderstandsRuleSetsAsPeopleWriteThem() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("taby.md").path
        guard let run = try BusDocsProcess.onTerminal("new -o \(file)", input: "\nTäby\n\nHÖK 2022\n", lang: "sv_SE.UTF-8") else { return }
        #expect(run.status == 0, "\(run.transcript)")
        #expect(run.transcript.contains("Svaret behövs."), "an empty answer is asked again")
        #expect(run.transcript.contains("Skrev \(file) (kontroll: 0 fel,"), "\(run.transcript)")
        #expect(!run.transcript.contains("--area"), "no flags thrown at someone who typed none")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("regelverk: hök-2022\n"))
    }

    /// A misspelt area is asked about again with the nearest one for Enter; typed again, it is kept.
    @Test func newOffersTheNearestAreaForAMisspeltOne() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sigtuna.md").path
        guard let run = try BusDocsProcess.onTerminal("new -o \(file)", input: "Sigtna\n\n\n\n", lang: "sv_SE.UTF-8") else { return }
        #expect(run.status == 0, "\(run.transcript)")
        #expect(run.transcript.contains("Inget område i Stockholms län heter Sigtna — menade du Sigtuna (Sigtuna kommun)? Tryck Enter för Sigtuna, eller skriv området igen [Sigtuna]: "), "\(run.transcript)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("område: \"Sigtuna\"\nkommun: \"Sigtuna kommun\"\n") && !text.contains("Sigtna"))
        let town = folder.appendingPathComponent("marsta.md").path
        guard let kept = try BusDocsProcess.onTerminal("new -o \(town)", input: "Märsta\nMärsta\nSigtuna kommun\n\n") else { return }
        // Märsta is a town in Sigtuna, not a misspelt Farsta: Enter would give Sigtuna; typed again, the town is the area.
        #expect(kept.transcript.contains("Märsta lies in Sigtuna kommun — press Enter for the area Sigtuna, or type Märsta again if the area is Märsta alone [Sigtuna]: "), "\(kept.transcript)")
        #expect(!kept.transcript.contains("Farsta"), "\(kept.transcript)")
        #expect(try String(contentsOfFile: town, encoding: .utf8).contains("område: \"Märsta\"\nkommun: \"Sigtuna kommun\"\n"))
    }

    /// An answer to the municipality question that is not the area's municipality is asked about again
    /// until it is confirmed: here answers typed a question too early ("HOK 2021", then "hök 2022" for the
    /// municipality) do not become the name in every municipal party's name.
    @Test func newAsksAgainForAMunicipalityTheAreaIsNotIn() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sigtuna.md").path
        guard let early = try BusDocsProcess.onTerminal("new -o \(file)", input: "Sigtuna\nHOK 2021\nhök 2022\n\n\n", lang: "sv_SE.UTF-8") else { return }
        #expect(early.status == 0, "\(early.transcript)")
        #expect(early.transcript.contains("Sigtuna ligger i Sigtuna kommun — tryck Enter för att använda det, eller skriv kommunens namn igen [Sigtuna kommun]: "), "\(early.transcript)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("\nkommun: \"Sigtuna kommun\"\n") && !text.contains("HOK") && !text.contains("hök 2022"), "\(text.prefix(400))")
        let other = folder.appendingPathComponent("other.md").path
        guard let insisted = try BusDocsProcess.onTerminal("new -o \(other)", input: "Sigtuna\nMärsta kommun\nMärsta kommun\n\n") else { return }
        #expect(insisted.status == 0, "\(insisted.transcript)")
        #expect(try String(contentsOfFile: other, encoding: .utf8).contains("\nkommun: \"Märsta kommun\"\n"), "typed twice, it is the user's")
    }

    /// A misspelt `--format` is answered with the format meant, as a misspelt command is, in the run's
    /// language: for `check`, whose values the parser checks, and for the documents, whose formats are
    /// those that write them; a word near none lists the formats without a guess.
    @Test func aMisspeltFormatIsAnsweredWithTheNearest() throws {
        let wide = ["LANG": "C", "COLUMNS": "200"], swedishWide = ["LANG": "sv_SE.UTF-8", "COLUMNS": "200"]
        let check = try BusDocsProcess.run(["check", "--format", "jsno"], environment: wide)
        #expect(check.status == 2 && check.stdout.isEmpty)
        #expect(check.stderr.components(separatedBy: "\n")[0] == "bus-docs: the value `jsno` is invalid for `--format <format>` — did you mean `json`? Please provide one of `text`, `json`, `github`, `sarif` or `gitlab`.", "\(check.stderr)")
        let svenska = try BusDocsProcess.run(["check", "--format", "jsno"], environment: swedishWide)
        #expect(svenska.stderr.components(separatedBy: "\n")[0] == "bus-docs: värdet `jsno` är inte giltigt för `--format <format>` — menade du `json`? Välj ett av `text`, `json`, `github`, `sarif` eller `gitlab`.", "\(svenska.stderr)")
        let document = try BusDocsProcess.run(["protocol", "Agreements/nacka-2023.md", "--format", "pfd"], environment: wide)
        #expect(document.status == 2)
        #expect(document.stderr == """
            bus-docs: the value `pfd` is invalid for `--format <format>`: no format has that name — did you mean `pdf`? Choose html, md, pdf or docx
            Help:  --format <format>  html, md, pdf (printed to A4) or docx (Word, with fields to fill in). Without --format: the format -o's file extension names (.html, .pdf …), otherwise html.
            Usage: bus-docs protocol [<options>] <agreement>
              See `bus-docs protocol --help` for more information.

            """, "\(document.stderr)")
        let protokoll = try BusDocsProcess.run(["protocol", "Agreements/nacka-2023.md", "--format", "pfd"], environment: swedishWide)
        #expect(protokoll.stderr.components(separatedBy: "\n")[0] == "bus-docs: värdet `pfd` är inte giltigt för `--format <format>`: inget format heter så — menade du `pdf`? Välj html, md, pdf eller docx", "\(protokoll.stderr)")
        let report = try BusDocsProcess.run(["report", "--year", "2025", "--format", "htlm"], environment: wide)
        #expect(report.stderr.components(separatedBy: "\n")[0] == "bus-docs: the value `htlm` is invalid for `--format <format>`: no format has that name — did you mean `html`? Choose html, md, json, pdf or docx", "\(report.stderr)")
        // Near nothing: the formats, no guess; `xx` is not taken for `md`.
        let far = try BusDocsProcess.run(["diff", "a.md", "b.md", "--format", "xx"], environment: wide)
        #expect(far.stderr.components(separatedBy: "\n")[0] == "bus-docs: the value `xx` is invalid for `--format <format>`: no format has that name; choose text, html, json or pdf", "\(far.stderr)")
        let farCheck = try BusDocsProcess.run(["check", "--format", "xx"], environment: wide)
        #expect(farCheck.stderr.components(separatedBy: "\n")[0] == "bus-docs: the value `xx` is invalid for `--format <format>`. Please provide one of `text`, `json`, `github`, `sarif` or `gitlab`.", "\(farCheck.stderr)")
    }

    /// On a terminal, a rule set that is a slip from a built-in one ("busk", "hök 2021") and a municipality
    /// a letter or two from one of the county's ("Sollentnua") are asked again with the one meant for
    /// Enter; a script is told which municipality it may mean, with the flag to write.
    @Test func newAsksAgainWithTheRuleSetAndMunicipalityMeant() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("norrviken.md").path
        guard let run = try BusDocsProcess.onTerminal("new --area Norrviken -o \(file)", input: "Sollentnua\n\nbusk\n\n", lang: "sv_SE.UTF-8") else { return }
        #expect(run.status == 0, "\(run.transcript)")
        #expect(run.transcript.hasSuffix("Kommun: Ingen kommun i Stockholms län heter Sollentnua — menade du Sollentuna kommun? Tryck Enter för Sollentuna kommun, eller skriv kommunens namn igen [Sollentuna kommun]: "
            + "Regelverk (bus-2012 eller hök-2022) [hök-2022]: Okänt regelverk: busk — menade du bus-2012? Tryck Enter för bus-2012, eller skriv bus-2012 eller hök-2022.\r\n"
            + "Regelverk (bus-2012 eller hök-2022) [bus-2012]: Skrev \(file) (kontroll: 0 fel, 31 varningar)\r\n"), "\(run.transcript)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("område: \"Norrviken\"\nkommun: \"Sollentuna kommun\"\nregelverk: bus-2012\n"), "\(text.prefix(400))")
        // "hök 2021" offers hök-2022; typed again, a misspelt municipality is the user's.
        let other = folder.appendingPathComponent("other.md").path
        guard let kept = try BusDocsProcess.onTerminal("new --area Norrviken -o \(other)", input: "Sollentnua\nSollentnua\nhök 2021\n\n") else { return }
        #expect(kept.status == 0, "\(kept.transcript)")
        #expect(kept.transcript.hasSuffix("Municipality: No municipality in Stockholm County is called Sollentnua — did you mean Sollentuna kommun? Press Enter for Sollentuna kommun, or type the municipality's name again [Sollentuna kommun]: "
            + "Rule set (bus-2012 or hök-2022) [hök-2022]: Unknown rule set: hök 2021 — did you mean hök-2022? Press Enter for hök-2022, or type bus-2012 or hök-2022.\r\n"
            + "Rule set (bus-2012 or hök-2022) [hök-2022]: Wrote \(other) (check: 0 errors, 35 warnings)\r\n"), "\(kept.transcript)")
        #expect(try String(contentsOfFile: other, encoding: .utf8).contains("kommun: \"Sollentnua\"\nregelverk: hök-2022\n"))
        let script = try BusDocsProcess.run(["new", "--area", "Norrviken", "--kommun", "Sollentnua", "--rules", "hök-2022"], environment: Self.swedish)
        #expect(script.status == 0)
        #expect(script.stderr == "bus-docs: --kommun Sollentnua: ingen kommun i Stockholms län heter så — menade du Sollentuna kommun? Skriv då --kommun \"Sollentuna kommun\"; utkastet skriver ”Sollentnua” som det är givet.\n"
            + "Skrev till standardutdata (kontroll: 0 fel, 35 varningar)\n", "\(script.stderr)")
        let literally = try BusDocsProcess.run(["new", "--area", "Norrviken", "--kommun", "Sollentuna kommun", "--rules", "hök-2022"], environment: Self.swedish)
        #expect(literally.status == 0 && literally.stderr == "Skrev till standardutdata (kontroll: 0 fel, 35 varningar)\n", "\(literally.stderr)")
    }

    @Test(arguments: [("hök", "hök-2022"), ("2022", "hök-2022"), ("bus 2012", "bus-2012"), ("BUS-2012", "bus-2012"), ("huvudöverenskommelsen", "hök-2022")])
    func ruleSetNamesAsTyped(answer: String, ruleSet: String) throws {
        let result = try BusDocsProcess.run(["new", "--area", "Täby", "--rules", answer])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("regelverk: \(ruleSet)\n"))
    }

    /// A rule set near a built-in one ("hök 2023") is refused with "did you mean", in the run's language;
    /// on a terminal the one meant is offered for Enter.
    @Test func aRuleSetNearABuiltInOneGetsDidYouMean() throws {
        let swedish = try BusDocsProcess.run(["new", "--area", "Täby", "--rules", "hök 2023"], environment: Self.swedish)
        #expect(swedish.status == 2)
        #expect(swedish.stderr == "bus-docs: --rules hök 2023: inget inbyggt regelverk — menade du hök-2022? Skriv --rules hök-2022 (bus-2012 eller hök-2022)\n", "\(swedish.stderr)")
        let english = try BusDocsProcess.run(["new", "--area", "Täby", "--rules", "hök 2023"])
        #expect(english.stderr == "bus-docs: --rules hök 2023: not a built-in rule set — did you mean hök-2022? Write --rules hök-2022 (bus-2012 or hök-2022)\n", "\(english.stderr)")
        let far = try BusDocsProcess.run(["new", "--area", "Täby", "--rules", "regionens"], environment: Self.swedish)
        #expect(far.stderr == "bus-docs: --rules regionens: inget inbyggt regelverk (bus-2012 eller hök-2022)\n", "\(far.stderr)")
        let check = try BusDocsProcess.run(["check", Self.valid, "--rules", "hök 2023"], environment: Self.swedish)
        #expect(check.stderr == "bus-docs: inget regelverk heter ”hök 2023” (inbyggda: bus-2012, hök-2022), och ingen sådan fil finns — menade du hök-2022?\n", "\(check.stderr)")
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("taby.md").path
        guard let run = try BusDocsProcess.onTerminal("new --area Täby --kommun 'Täby kommun' -o \(file)", input: "hök 2023\n\n", lang: "sv_SE.UTF-8") else { return }
        #expect(run.status == 0, "\(run.transcript)")
        #expect(run.transcript.contains("Okänt regelverk: hök 2023 — menade du hök-2022? Tryck Enter för hök-2022, eller skriv bus-2012 eller hök-2022.\r\nRegelverk (bus-2012 eller hök-2022) [hök-2022]: "), "\(run.transcript)")
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("regelverk: hök-2022\n"))
    }

    /// A question that offers an answer takes "ja" as Enter and "nej" as "not that one", asking for the
    /// answer without an offer; neither is ever taken for a municipality's name, an area or a rule set.
    @Test func yesAndNoAnswerAQuestionThatOffersAnAnswer() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yes = folder.appendingPathComponent("ja.md").path
        // "Nykvarn ligger i Nykvarns kommun — tryck Enter för att använda det …": "ja" uses it; "Ja" takes the rule set offered.
        guard let agreed = try BusDocsProcess.onTerminal("new -o \(yes)", input: "Nykvarn\nSödertälje kommun\nja\nJa\n", lang: "sv_SE.UTF-8") else { return }
        #expect(agreed.status == 0, "\(agreed.transcript)")
        #expect(agreed.transcript.contains("Nykvarn ligger i Nykvarns kommun — tryck Enter för att använda det, eller skriv kommunens namn igen [Nykvarns kommun]: "), "\(agreed.transcript)")
        let agreedText = try String(contentsOfFile: yes, encoding: .utf8)
        #expect(agreedText.contains("område: \"Nykvarn\"\nkommun: \"Nykvarns kommun\"\nregelverk: hök-2022\n"), "\(agreedText.prefix(300))")
        // "nej" asks for the name without an offer; a "j" there is no name, and is asked again.
        let no = folder.appendingPathComponent("nej.md").path
        guard let declined = try BusDocsProcess.onTerminal("new -o \(no)", input: "Nykvarn\nSödertälje kommun\nnej\nj\nSödertälje kommun\nnej\nbus-2012\n", lang: "sv_SE.UTF-8") else { return }
        #expect(declined.status == 0, "\(declined.transcript)")
        // (The terminal echoes the answers as they are sent, ahead of the questions.)
        #expect(declined.transcript.contains("[Nykvarns kommun]: Kommun: Skriv svaret och tryck Enter (Ctrl-C avbryter).\r\nKommun: Regelverk"), "\(declined.transcript)")
        #expect(declined.transcript.contains("Regelverk (bus-2012 eller hök-2022) [hök-2022]: Regelverk (bus-2012 eller hök-2022): Skrev"), "\(declined.transcript)")
        let declinedText = try String(contentsOfFile: no, encoding: .utf8)
        #expect(declinedText.contains("område: \"Nykvarn\"\nkommun: \"Södertälje kommun\"\nregelverk: bus-2012\n"), "\(declinedText.prefix(300))")
        // A town: "ja" is the municipality's area, "nej" the town alone.
        let town = folder.appendingPathComponent("marsta.md").path
        guard let townYes = try BusDocsProcess.onTerminal("new -o \(town)", input: "Märsta\nja\nja\nja\n", lang: "sv_SE.UTF-8") else { return }
        #expect(townYes.status == 0, "\(townYes.transcript)")
        #expect(try String(contentsOfFile: town, encoding: .utf8).contains("område: \"Sigtuna\"\nkommun: \"Sigtuna kommun\"\n"))
        let townAlone = folder.appendingPathComponent("marsta-ort.md").path
        guard let townNo = try BusDocsProcess.onTerminal("new -o \(townAlone)", input: "Märsta\nnej\nja\nja\n", lang: "sv_SE.UTF-8") else { return }
        #expect(townNo.status == 0, "\(townNo.transcript)")
        #expect(try String(contentsOfFile: townAlone, encoding: .utf8).contains("område: \"Märsta\"\nkommun: \"Sigtuna kommun\"\n"))
        // A misspelt area: "ja" is the nearest one.
        let typo = folder.appendingPathComponent("sigtuna.md").path
        guard let typoYes = try BusDocsProcess.onTerminal("new -o \(typo)", input: "Sigtna\nja\nja\nja\n", lang: "sv_SE.UTF-8") else { return }
        #expect(typoYes.status == 0, "\(typoYes.transcript)")
        #expect(try String(contentsOfFile: typo, encoding: .utf8).contains("område: \"Sigtuna\"\nkommun: \"Sigtuna kommun\"\n"))
    }

    @Test func aScriptIsToldInSwedishUnderASwedishLocale() throws {
        let result = try BusDocsProcess.run(["new"], environment: Self.swedish)
        #expect(result.status == 2)
        #expect(result.stderr == "bus-docs: --area behövs (eller kör bus-docs new i en terminal för att få frågan)\n")
    }

    func check(_ replace: String, with replacement: String, lang: [String: String] = ["LANG": "C"]) throws -> BusDocsProcess.Result {
        let folder = try BusDocsProcess.temporaryFolder()
        let file = folder.appendingPathComponent("omrade.md")
        let text = try String(contentsOfFile: Self.valid, encoding: .utf8)
        #expect(text.contains(replace))
        try text.replacingOccurrences(of: replace, with: replacement).write(to: file, atomically: true, encoding: .utf8)
        return try BusDocsProcess.run(["check", "omrade.md", "--today", "2026-11-24"], environment: lang, in: folder)
    }

    @Test func aMissingSpaceAfterAColonIsShownOnItsOwnLine() throws {
        let result = try check("samtycke: skriftligt", with: "samtycke:skriftligt")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("omrade.md:65:10: error: [BUS019] no space after the colon in `samtycke:skriftligt`\nsamtycke:skriftligt\n         ^\n"), "\(result.stdout)")
        #expect(result.stdout.contains("hint: Write `samtycke: skriftligt`"))
    }

    @Test func aValueCutAtAHashIsAWarningWithTheQuotedValue() throws {
        let result = try check("namn: BUMM Teststad", with: "namn: BUMM Märsta #2", lang: Self.swedish)
        #expect(result.status == 0)
        #expect(result.stdout.contains("omrade.md:31:23: varning: [BUS019] `namn` slutar vid ` #`: värdet blir `BUMM Märsta`"), "\(result.stdout)")
        #expect(result.stdout.contains("tips: Sätt värdet inom citattecken: `namn: \"BUMM Märsta #2\"`."))
        let comment = try check("namn: BUMM Teststad", with: "namn: BUMM Teststad # en kommentar")
        #expect(comment.stdout == "1 file checked: 0 errors, 0 warnings\n", "a comment after a space is a comment")
    }

    @Test func curlyQuotesAroundAWrongValueAreOneError() throws {
        // The cause said as for any value in curly quotes: the Word setting to switch off.
        let result = try check("samtycke: skriftligt", with: "samtycke: ”skriftligt”")
        #expect(result.status == 1)
        #expect(result.stdout == """
            omrade.md:65:11: error: [BUS019] `samtycke` is in curly quotes (”skriftligt”), which YAML reads as part of the text
            samtycke: ”skriftligt”
                      ^
              hint: Use straight quotes, or none: `samtycke: skriftligt`. Word replaces them as you type; turn off "straight quotes with smart quotes" or use a text editor.
            1 file checked: 1 error, 0 warnings

            """, "\(result.stdout)")
        let swedish = try check("samtycke: skriftligt", with: "samtycke: ”skriftligt”", lang: Self.swedish)
        #expect(swedish.stdout.hasPrefix("omrade.md:65:11: fel: [BUS019] `samtycke` står inom typografiska citattecken (”skriftligt”), som YAML läser som en del av texten\n"), "\(swedish.stdout)")
        #expect(swedish.stdout.contains("  tips: Använd raka citattecken, eller inga: `samtycke: skriftligt`. Word byter ut dem när man skriver"), "\(swedish.stdout)")
        // The hint applied as it stands: clean.
        #expect(try check("samtycke: skriftligt", with: "samtycke: skriftligt").stdout == "1 file checked: 0 errors, 0 warnings\n")
    }

    @Test func aDateWrittenAnotherWayGetsTheDateMeant() throws {
        let dash = try check("från: 2020-01-01", with: "från: 2020–01–01")
        #expect(dash.stdout.contains("hint: Write `2020-01-01`."), "\(dash.stdout)")
        let month = try check("datum: 2021-02-01", with: "datum: 2021-2")
        #expect(month.stdout.contains("`revisioner.datum`: `2021-2` must be written YYYY-MM"), "\(month.stdout)")
        #expect(month.stdout.contains("hint: Write `2021-02`."), "\(month.stdout)")
        let option = try BusDocsProcess.run(["protocol", Self.valid, "--date", "2027-2-10"], environment: Self.swedish)
        #expect(option.stderr == "bus-docs: --date: ”2027-2-10” ska skrivas ÅÅÅÅ-MM-DD — menade du 2027-02-10?\n", "\(option.stderr)")
        // A day said aloud, quoted or not, is the one nearest the day the documents are dated against.
        let spoken = try BusDocsProcess.run(["protocol", Self.valid, "--today", "2026-11-24", "--date", "3", "december"], environment: Self.swedish)
        #expect(spoken.status == 2 && spoken.stderr == "bus-docs: --date: ”3 december” ska skrivas ÅÅÅÅ-MM-DD — menade du 2026-12-03?\n", "\(spoken.stderr)")
        let quoted = try BusDocsProcess.run(["protocol", Self.valid, "--today", "2026-12-20", "--noticed", "January 3", "--date", "2027-01-10"])
        #expect(quoted.stderr == "bus-docs: --noticed: 'January 3' must be written YYYY-MM-DD — did you mean 2027-01-03?\n", "\(quoted.stderr)")
        // The digits without the hyphens.
        let digits = try BusDocsProcess.run(["protocol", Self.valid, "--today", "2026-11-24", "--noticed", "20261120"], environment: Self.swedish)
        #expect(digits.status == 2 && digits.stderr == "bus-docs: --noticed: ”20261120” ska skrivas ÅÅÅÅ-MM-DD — menade du 2026-11-20?\n", "\(digits.stderr)")
    }

    @Test func theOutputFileNamesTheFormat() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let docx = folder.appendingPathComponent("overenskommelse.docx").path
        let word = try BusDocsProcess.run(["agreement", Self.valid, "-o", docx])
        #expect(word.status == 0, "\(word.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: docx)).prefix(2) == Data("PK".utf8))
        let markdown = folder.appendingPathComponent("protokoll.md").path
        let md = try BusDocsProcess.run(["protocol", Self.valid, "-o", markdown], environment: Self.swedish)
        #expect(md.status == 0, "\(md.stderr)")
        #expect(try String(contentsOfFile: markdown, encoding: .utf8).hasPrefix("# "), "not Markdown")
        let json = folder.appendingPathComponent("diff.json").path
        let comparison = try BusDocsProcess.run(["diff", Self.valid, Self.valid, "-o", json])
        #expect(comparison.status == 0, "\(comparison.stderr)")
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) is [String: Any])
        let other = folder.appendingPathComponent("avvikelseblankett").path
        let html = try BusDocsProcess.run(["deviation", Self.valid, "-o", other])
        #expect(html.status == 0, "\(html.stderr)")
        let written = try String(contentsOfFile: other, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func anExtensionTheCommandCannotWriteIsRefusedWithThoseItCan() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let md = folder.appendingPathComponent("a.md").path
        let english = try BusDocsProcess.run(["agreement", Self.valid, "-o", md])
        #expect(english.status == 2 && english.stderr == "bus-docs: -o \(md): agreements are not written as md — name the file .html, .pdf or .docx\n", "\(english.stderr)")
        let swedish = try BusDocsProcess.run(["agreement", Self.valid, "-o", md], environment: Self.swedish)
        #expect(swedish.stderr == "bus-docs: -o \(md): överenskommelser skrivs inte som md — byt filändelse till .html, .pdf eller .docx\n", "\(swedish.stderr)")
        #expect(!FileManager.default.fileExists(atPath: md))
        // Its own source, named .md, is refused as the source: that is what would be lost.
        let own = try BusDocsProcess.run(["agreement", Self.valid, "-o", Self.valid])
        #expect(own.status == 2 && own.stderr.contains("will not overwrite the agreement"), "\(own.stderr)")
        let docx = folder.appendingPathComponent("diff.docx").path
        let diff = try BusDocsProcess.run(["diff", Self.valid, Self.valid, "-o", docx])
        #expect(diff.stderr == "bus-docs: -o \(docx): comparisons are not written as docx — name the file .txt, .html, .json or .pdf\n", "\(diff.stderr)")
    }

    /// `.doc`, `.odt`, `.rtf`, a typo like `.pdfx`: formats bus-docs does not write are refused, in the
    /// run's language, with those it does, never written as HTML under that name.
    @Test func anExtensionNamingNoFormatIsRefused() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let doc = folder.appendingPathComponent("avtal.doc").path
        let swedish = try BusDocsProcess.run(["agreement", Self.valid, "-o", doc], environment: Self.swedish)
        #expect(swedish.status == 2 && swedish.stderr == "bus-docs: -o \(doc): bus-docs skriver inte .doc-filer — byt filändelse till .html, .pdf eller .docx (.docx öppnas i både Word och LibreOffice)\n", "\(swedish.stderr)")
        let odt = folder.appendingPathComponent("blankett.odt").path
        let english = try BusDocsProcess.run(["deviation", Self.valid, "-o", odt])
        #expect(english.status == 2 && english.stderr == "bus-docs: -o \(odt): bus-docs does not write .odt files — name the file .html, .md, .pdf or .docx (.docx opens in Word and LibreOffice alike)\n", "\(english.stderr)")
        let typo = folder.appendingPathComponent("protokoll.pdfx").path
        let minutes = try BusDocsProcess.run(["protocol", Self.valid, "--format", "pdf", "-o", typo])
        #expect(minutes.status == 2 && minutes.stderr.contains("does not write .pdfx files"), "\(minutes.stderr)")
        for path in [doc, odt, typo] { #expect(!FileManager.default.fileExists(atPath: path)) }
    }

    /// `-o` naming another agreement (Tab-completed in the Agreements folder) is refused, in the run's
    /// language, and the agreement is left as it was; a document written before is written again with `--force`.
    @Test func anotherAgreementIsNeverOverwritten() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let other = folder.appendingPathComponent("annan.md").path
        let text = try String(contentsOfFile: Self.valid, encoding: .utf8)
        try text.write(toFile: other, atomically: true, encoding: .utf8)
        let english = try BusDocsProcess.run(["deviation", Self.valid, "-o", other])
        #expect(english.status == 2 && english.stderr == "bus-docs: -o \(other): will not overwrite an agreement — choose another name\n", "\(english.stderr)")
        let swedish = try BusDocsProcess.run(["protocol", Self.valid, "-o", other], environment: Self.swedish)
        #expect(swedish.status == 2 && swedish.stderr == "bus-docs: -o \(other): skriver inte över en överenskommelse — välj ett annat namn\n", "\(swedish.stderr)")
        #expect(try String(contentsOfFile: other, encoding: .utf8) == text)
        let form = folder.appendingPathComponent("blankett.md").path
        #expect(try BusDocsProcess.run(["deviation", Self.valid, "-o", form]).status == 0)
        #expect(try BusDocsProcess.run(["deviation", Self.valid, "-o", form]).status == 2)
        let again = try BusDocsProcess.run(["deviation", Self.valid, "-o", form, "--force"])
        #expect(again.status == 0, "\(again.stderr)")
    }

    /// HTML refused on a terminal: the way out offered is one the command takes — `agreement` writes no
    /// Markdown, so only `-o`; `diff` is offered `--format text`, the meeting documents `--format md`.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")),
          arguments: [(["agreement", "Agreements/nacka-2023.md"], "(till exempel -o dokument.html)\r\n"),
                      (["diff", "Agreements/nacka-2023.md", "Agreements/nacka-2023.md", "--format", "html"], "(till exempel -o dokument.html), eller --format text\r\n"),
                      (["deviation", "Agreements/nacka-2023.md"], "(till exempel -o dokument.html), eller --format md\r\n")])
    func htmlOnATerminalOffersOnlyWhatTheCommandWrites(arguments: [String], ending: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = ([BusDocsProcess.executable.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = BusDocsProcess.packageRoot
        process.environment = ["LANG": "sv_SE.UTF-8", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: PipeIO.readToEnd(pipe.fileHandleForReading)[0], as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(output.hasPrefix("bus-docs: skriver inte HTML i terminalen: ange en fil med -o FIL ") && output.hasSuffix(ending), "\(output)")
    }

    @Test func aFormatTheFileNameContradictsIsRefused() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let pdf = try BusDocsProcess.run(["deviation", Self.valid, "--format", "html", "-o", folder.appendingPathComponent("blankett.pdf").path], environment: Self.swedish)
        #expect(pdf.status == 2 && pdf.stderr.contains("filändelsen säger pdf men --format är html — skriv --format pdf, eller byt filändelse till .html"), "\(pdf.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("blankett.pdf").path))
        let md = try BusDocsProcess.run(["protocol", Self.valid, "--format", "md", "-o", folder.appendingPathComponent("p.html").path])
        #expect(md.status == 2 && md.stderr.contains("the file name says html but --format is md — write --format html, or name the file .md"), "\(md.stderr)")
        // docx does not write comparisons, so the hint is only the extension.
        let text = try BusDocsProcess.run(["diff", Self.valid, Self.valid, "--format", "text", "-o", folder.appendingPathComponent("d.docx").path])
        #expect(text.stderr.hasSuffix("the file name says docx but --format is text — name the file .txt\n"), "\(text.stderr)")
        let fine = try BusDocsProcess.run(["protocol", Self.valid, "--format", "md", "-o", folder.appendingPathComponent("p.txt.md").path])
        #expect(fine.status == 0, "\(fine.stderr)")
    }

    @Test func aNoBreakSpaceAfterTheColonIsNamed() throws {
        let result = try check("samtycke: skriftligt", with: "samtycke:\u{00A0}skriftligt")
        #expect(result.stdout.hasPrefix("omrade.md:65:10: error: [BUS019] the colon in `samtycke:` is followed by a no-break space (U+00A0)"), "\(result.stdout)")
        #expect(result.stdout.contains("hint: Replace it with an ordinary space: `samtycke: skriftligt`."))
    }

    @Test func curlyQuotesFromWordAreAWarningWithStraightOnes() throws {
        let result = try check("namn: BUMM Teststad", with: "namn: “Sigtuna”")
        #expect(result.status == 0)
        #expect(result.stdout.contains("omrade.md:31:11: warning: [BUS019] `namn` is in curly quotes (“Sigtuna”)"), "\(result.stdout)")
        #expect(result.stdout.contains("hint: Use straight quotes, or none: `namn: \"Sigtuna\"`."))
        let flow = try check("      - { part: sof, roll: Avdelningschef,", with: "      - { part: sof, roll: “Avdelningschef”,")
        #expect(flow.stdout.contains("warning: [BUS019] `roll` is in curly quotes (“Avdelningschef”)"), "\(flow.stdout)")
        let list = try check("eskalering: [individforum, BUSSAM]", with: "eskalering: [individforum, “BUSSAM”]")
        #expect(list.stdout.contains("omrade.md:62:30: warning: [BUS019] `eskalering` is in curly quotes ([individforum, “BUSSAM”])"), "\(list.stdout)")
        #expect(list.stdout.contains("hint: Use straight quotes, or none: `eskalering: [individforum, \"BUSSAM\"]`."), "\(list.stdout)")
        let item = try check("eskalering: [individforum, BUSSAM]", with: "eskalering:\n    - individforum\n    - ‘BUSSAM’")
        #expect(item.stdout.contains("omrade.md:64:7: warning: [BUS019] `eskalering` is in curly quotes (‘BUSSAM’)"), "\(item.stdout)")
        #expect(item.stdout.contains("hint: Use straight quotes, or none: `- \"BUSSAM\"`."), "\(item.stdout)")
    }

    @Test func everyHelpScreenIsSwedishUnderASwedishLocale() throws {
        let wide = ["COLUMNS": "100000"]
        let root = try BusDocsProcess.run(["--help"], environment: wide.merging(["LANG": "C"]) { $1 })
        let commands = root.stdout.split(separator: "\n", omittingEmptySubsequences: false).drop { $0 != "SUBCOMMANDS:" }.dropFirst()
            .prefix { !$0.isEmpty }.compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(commands.count >= 9 && commands.contains("check") && commands.contains("rules"), "\(commands)")
        for command in [[]] + commands.map({ [$0] }) {
            let english = try BusDocsProcess.run(command + ["--help"], environment: wide.merging(["LANG": "C"]) { $1 }).stdout
            let swedish = try BusDocsProcess.run(command + ["--help"], environment: wide.merging(["LANG": "sv_SE.UTF-8"]) { $1 }).stdout
            let englishLines = english.split(separator: "\n", omittingEmptySubsequences: false)
            // A Swedish label wider than its column has its description on the next line (as the parser does
            // for a wide English one): joined again, the screens compare line by line.
            let swedishLines = swedish.replacingOccurrences(of: "\n" + String(repeating: " ", count: 26), with: " ")
                .split(separator: "\n", omittingEmptySubsequences: false)
            #expect(englishLines.count == swedishLines.count, "\(command): \(swedish)")
            #expect(english.hasPrefix("OVERVIEW: ") && swedish.hasPrefix("ÖVERSIKT: "))
            for (en, sv) in zip(englishLines, swedishLines) where !en.isEmpty && !en.hasPrefix("USAGE: ") {
                #expect(en != sv, "bus-docs \(command.joined()) --help: no Swedish for \"\(en)\"")
            }
            // Value names too: `<agreement>` is `<överenskommelse>` (a few words are the same in both).
            let same: Set = ["format", "kommun", "port"]
            for name in Set(Self.valueNames(in: english)).subtracting(same) {
                #expect(!swedish.contains("<\(name)>"), "bus-docs \(command.joined()) --help: <\(name)> in Swedish")
            }
        }
        let narrow = try BusDocsProcess.run(["check", "--help"], environment: ["COLUMNS": "60", "LANG": "sv_SE.UTF-8"])
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(narrow.stdout)")
        #expect(narrow.stdout.contains("\n  --strict                Misslyckas även på varningar.\n"), "\(narrow.stdout)")
    }

    /// Standard output and standard error by one name each, every default and value list said once, and
    /// import's rule set defaulting to what the document names (there is no agreement yet).
    @Test func helpSaysEachDefaultOnceInOneWording() throws {
        let wide = ["COLUMNS": "100000"]
        func help(_ command: String, _ lang: String) throws -> [String] {
            try BusDocsProcess.run([command, "--help"], environment: wide.merging(["LANG": lang]) { $1 }).stdout
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let importSwedish = try help("import", "sv_SE.UTF-8")
        let joined = importSwedish.joined(separator: "\n")
        #expect(!joined.contains("standard ut") && !joined.contains("standard fel"), "\(joined)")
        #expect(importSwedish.contains("-o, --output <fil>      Överenskommelsen som ska skrivas, en .md-fil; en mapp får en fil med dokumentets namn, ett namn utan filändelse får .md (standard: standardutdata). En befintlig fil behålls utom med --force."), "\(joined)")
        #expect(importSwedish.contains("--rules <regelverk>     Regelverk: bus-2012, hök-2022 eller en regelverksfil (standard: det som dokumentet nämner, annars hök-2022)."), "\(joined)")
        #expect(try help("import", "C").contains("--rules <rules>         Rule set: bus-2012, hök-2022 or a rule-set file (default: the one the document names, else hök-2022)."))
        #expect(try help("serve", "sv_SE.UTF-8").contains("<sökväg>                En överenskommelse: fil eller mapp. (standard: Agreements)"))
        #expect(try help("serve", "C").contains("<path>                  An agreement file or folder. (default: Agreements)"))
        #expect(try help("check", "sv_SE.UTF-8").contains("--format <format>       Utdataformatet: sarif är för kodgranskning, gitlab en kodkvalitetsrapport. (värden: text, json, github, sarif, gitlab; standard: text)"))
        #expect(try help("check", "C").contains("--format <format>       The output format: sarif is for code scanning, gitlab a code quality report. (values: text, json, github, sarif, gitlab; default: text)"))
    }

    /// The `<value>` names in a text.
    static func valueNames(in text: String) -> [String] {
        text.split(separator: "<").dropFirst().compactMap { $0.split(separator: ">", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) }
            .filter { !$0.isEmpty && !$0.contains(" ") }
    }

    @Test func valueNamesAreSwedishInHelpAndMessages() throws {
        let help = try BusDocsProcess.run(["protocol", "--help"], environment: ["LANG": "sv_SE.UTF-8", "COLUMNS": "80"]).stdout
        #expect(help.contains("\n  <överenskommelse>       Överenskommelsens fil.\n"), "\(help)")
        #expect(help.contains("\n  --group <grupp>         Gruppens id"), "\(help)")
        // More than twelve options (with --filled): the usage line keeps the argument, `[<flaggor>]` for the rest.
        #expect(help.contains("ANVÄNDNING: bus-docs protocol [<flaggor>] <överenskommelse>\n"), "\(help)")
        #expect(help.contains("\n  --filled <fil>          Med --archival: den ifyllda PDF- eller"), "\(help)")
        let report = try BusDocsProcess.run(["report", "--help"], environment: ["LANG": "sv_SE.UTF-8", "COLUMNS": "300"]).stdout
        // More than twelve options: the parser's usage line keeps the required ones, `[<options>]` for the rest.
        #expect(report.contains("ANVÄNDNING: bus-docs report [<flaggor>] [<sökvägar> ...] --year <år>\n") && report.contains("\n  --register <registermapp>"), "\(report)")
        let missing = try BusDocsProcess.run(["report"], environment: Self.swedish)
        #expect(missing.stderr.hasPrefix("bus-docs: argument saknas: `--year <år>`\n"), "\(missing.stderr)")
        #expect(Self.valueNames(in: missing.stderr).allSatisfy { ["flaggor", "registermapp", "sökvägar", "år", "datum", "mapp", "format", "fil", "mallmapp", "regelverk"].contains($0) }, "\(missing.stderr)")
        let english = try BusDocsProcess.run(["protocol", "--help"], environment: ["LANG": "C", "COLUMNS": "80"]).stdout
        #expect(english.contains("\n  <agreement>             The agreement file.\n"), "\(english)")
    }

    @Test func commandLineMistakesAreSwedishToTheLastWord() throws {
        let missing = try BusDocsProcess.run(["protocol"], environment: Self.swedish)
        #expect(missing.stderr.contains("Hjälp:  <överenskommelse>  Överenskommelsens fil.\n"), "\(missing.stderr)")
        let typo = try BusDocsProcess.run(["check", "--strcit"], environment: Self.swedish)
        #expect(typo.stderr.hasPrefix("bus-docs: okänd flagga `--strcit`. Menade du `--strict`?"), "\(typo.stderr)")
        // An option of another command: said whose it is.
        let date = try BusDocsProcess.run(["deviation", "Agreements/nacka-2023.md", "--date", "2026-11-27"], environment: Self.swedish)
        #expect(date.status == 2 && date.stderr.hasSuffix("\n`--date` är en flagga till `protocol`, inte till `deviation`.\n"), "\(date.stderr)")
        let value = try BusDocsProcess.run(["check", "--format", "doc", "Agreements"], environment: Self.swedish)
        #expect(value.stderr.hasPrefix("bus-docs: värdet `doc` är inte giltigt för `--format <format>`"), "\(value.stderr)")
        #expect(!value.stderr.contains("'"), "one quoting style: \(value.stderr)")
        let register = try BusDocsProcess.run(["report", "--register", "Registr", "--year", "2025"], environment: Self.swedish)
        #expect(register.stderr == "bus-docs: --register Registr: mappen finns inte — menade du Register?\n", "\(register.stderr)")
        let year = try BusDocsProcess.run(["report", "--register", "Register", "--year", "25"], environment: Self.swedish)
        #expect(year.stderr == "bus-docs: --year 25: årtalet skrivs med fyra siffror — menade du 2025?\n", "\(year.stderr)")
        let notYear = try BusDocsProcess.run(["report", "--register", "Register", "--year", "125"], environment: Self.swedish)
        #expect(notYear.stderr == "bus-docs: --year 125: inget årtal (ÅÅÅÅ)\n", "\(notYear.stderr)")
        let folder = try BusDocsProcess.temporaryFolder()
        let rules = folder.appendingPathComponent("regler.yaml")
        try "namn: x\n".write(to: rules, atomically: true, encoding: .utf8)
        let ruleSet = try BusDocsProcess.run(["rules", "--rules", rules.path], environment: Self.swedish)
        #expect(ruleSet.stderr == "bus-docs: \(rules.path): inget giltigt regelverk: 1:1: nyckeln `id` saknas\n", "\(ruleSet.stderr)")
        let copy = folder.appendingPathComponent("a.md")
        try FileManager.default.copyItem(atPath: Self.valid, toPath: copy.path)
        let rev = try BusDocsProcess.run(["diff", "--rev", "HEAD", "a.md"], environment: Self.swedish, in: folder)
        #expect(rev.stderr.hasPrefix("bus-docs: a.md ligger inte i ett git-arkiv"), "\(rev.stderr)")
    }

    /// Where the next step is plain, the message names it: the register folder beside the agreements is
    /// the default; a misspelt group is guessed.
    @Test func smallMistakesGetTheGuess() throws {
        let register = try BusDocsProcess.run(["report", "Agreements/nacka-2023.md", "--year", "2025", "--format", "md"])
        #expect(register.status == 0, "\(register.stderr)")
        #expect(register.stdout.contains("Nacka"))
        let group = try BusDocsProcess.run(["protocol", "Agreements/nacka-2023.md", "--group", "individfroum", "--format", "md"], environment: Self.swedish)
        #expect(group.status == 2)
        #expect(group.stderr.hasPrefix("bus-docs: Agreements/nacka-2023.md: ingen grupp ”individfroum” med protokoll eller dagordning — menade du individforum (BUS individforum Nacka)? (grupper: styrgrupp = BUS lokal styrgrupp Nacka"),
                "\(group.stderr)")
        let english = try BusDocsProcess.run(["protocol", "Agreements/nacka-2023.md", "--group", "styrgrp", "--format", "md"])
        #expect(english.stderr.contains("no group 'styrgrp' with a protocol or agenda — did you mean styrgrupp (BUS lokal styrgrupp Nacka)?"), "\(english.stderr)")
        let none = try BusDocsProcess.run(["protocol", "Agreements/nacka-2023.md", "--group", "ledningsgruppen", "--format", "md"])
        #expect(!none.stderr.contains("did you mean"), "\(none.stderr)")
    }

    @Test func usageProblemsAreSwedishUnderASwedishLocale() throws {
        let rules = try BusDocsProcess.run(["check", "--rules", "nej", Self.valid], environment: Self.swedish)
        #expect(rules.status == 2)
        #expect(rules.stderr == "bus-docs: inget regelverk heter ”nej” (inbyggda: bus-2012, hök-2022), och ingen sådan fil finns\n")
        let diff = try BusDocsProcess.run(["diff", Self.valid], environment: Self.swedish)
        #expect(diff.stderr == "bus-docs: diff tar två filer, GAMMAL och NY (eller --rev REV FIL)\n")
        let templates = try BusDocsProcess.run(["deviation", Self.valid, "--templates", "finns-inte"], environment: Self.swedish)
        #expect(templates.stderr == "bus-docs: --templates finns-inte: mappen finns inte\n")
        let out = try BusDocsProcess.temporaryFolder().appendingPathComponent("site")
        let build = try BusDocsProcess.run(["build", "Agreements", "--out", out.path, "--today", "2026-11-24"], environment: Self.swedish)
        #expect(build.stdout.hasSuffix("12 filer skrivna till \(out.path)/ (2 överenskommelser; 6 bilagor publiceras inte och nämns utan länk, se varningarna ovan)\n"), "\(build.stdout)")
    }

    @Test func oneChangeThatWeakensIsSingular() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let new = folder.appendingPathComponent("ny.md")
        try String(contentsOfFile: Self.valid, encoding: .utf8).replacingOccurrences(of: "skolan: ska", with: "skolan: kan")
            .write(to: new, atomically: true, encoding: .utf8)
        let english = try BusDocsProcess.run(["diff", Self.valid, new.path, "--today", "2026-11-24"])
        #expect(english.stdout.hasSuffix("1 change in substance, 1 weakens the agreement\n"), "\(english.stdout)")
        let swedish = try BusDocsProcess.run(["diff", Self.valid, new.path, "--today", "2026-11-24"], environment: Self.swedish)
        #expect(swedish.stdout.hasSuffix("1 ändring i sak, 1 försvagar överenskommelsen\n"))
        #expect(swedish.stdout.contains(": varning: [BUS010]"), "one language in the findings too")
        #expect(!swedish.stdout.contains("oförändrat: ##"), "unchanged sections are counted, not listed")
    }

    @Test func aTemplateParserErrorIsSaidInWords() throws {
        let templates = try BusDocsProcess.temporaryFolder()
        try "{{#page}}\nOfärdig\n".write(to: templates.appendingPathComponent("avvikelseblankett.md.mustache"), atomically: true, encoding: .utf8)
        let result = try BusDocsProcess.run(["deviation", Self.valid, "--format", "md", "--templates", templates.path])
        #expect(result.status == 2)
        // Where the section opens and its name, not the end of the file where the parser gave up.
        let file = templates.appendingPathComponent("avvikelseblankett.md.mustache").path
        #expect(result.stderr == "bus-docs: \(file):1:1: template syntax error: `{{#page}}` is never closed — write `{{/page}}` where the section ends\n", "\(result.stderr)")
        #expect(!result.stderr.contains("expectedSectionEnd"))
        let swedish = try BusDocsProcess.run(["deviation", Self.valid, "--format", "md", "--templates", templates.path], environment: Self.swedish)
        #expect(swedish.stderr == "bus-docs: \(file):1:1: fel i mallen: `{{#page}}` stängs aldrig — skriv `{{/page}}` där avsnittet slutar\n", "\(swedish.stderr)")
        // A section opened before a template's own sections, which all close: the one opened is named.
        let copied = try BusDocsProcess.temporaryFolder()
        _ = try BusDocsProcess.run(["templates", "-o", copied.path])
        let agreement = copied.appendingPathComponent("agreement.mustache")
        let text = try String(contentsOf: agreement, encoding: .utf8)
        let first = try #require(text.range(of: "{{"))
        let before = text[..<first.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1, column = before.reversed().prefix { $0 != "\n" }.count + 1
        try (String(before) + "{{#parter}}" + text[first.lowerBound...]).write(to: agreement, atomically: true, encoding: .utf8)
        let unclosed = try BusDocsProcess.run(["agreement", Self.valid, "--templates", copied.path, "-o", copied.appendingPathComponent("ut.html").path])
        #expect(unclosed.status == 2)
        #expect(unclosed.stderr == "bus-docs: \(agreement.path):\(line):\(column): template syntax error: `{{#parter}}` is never closed — write `{{/parter}}` where the section ends\n", "\(unclosed.stderr)")
    }

    @Test func completionsAreThereAsTheReadmeSays() throws {
        let result = try BusDocsProcess.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0 && result.stdout.contains("protocol"))
        let readme = try String(contentsOf: BusDocsProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("## Installing") && readme.contains("--generate-completion-script bash"))
    }

    @Test func newTakesToday() throws {
        let result = try BusDocsProcess.run(["new", "--area", "Täby", "--today", "2027-01-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let bad = try BusDocsProcess.run(["new", "--area", "Täby", "--today", "x"])
        #expect(bad.status == 2 && bad.stderr.contains("--today: 'x' is not a date"))
    }

    @Test func yamlErrorsAreSwedishUnderASwedishLocale() throws {
        let result = try check("samtycke: skriftligt", with: "samtycke: [skriftligt", lang: Self.swedish)
        #expect(result.status == 1)
        #expect(result.stdout.contains(": fel: [BUS019] YAML-fel: listan `[…]` avslutas aldrig med `]`"), "\(result.stdout)")
    }

    @Test func aPublishedPageShowsFindingsAsHTMLWithTheHintApart() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        try String(contentsOfFile: Self.valid, encoding: .utf8).replacingOccurrences(of: "skolan: ska", with: "skolan: kan")
            .write(to: folder.appendingPathComponent("omrade.md"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("site")
        // `-o`, as every other command writes its output.
        let result = try BusDocsProcess.run(["build", folder.path, "-o", out.path, "--today", "2026-11-24"])
        #expect(result.status == 0, "\(result.stdout)")
        let page = try String(contentsOf: out.appendingPathComponent("omrade/index.html"), encoding: .utf8)
        #expect(page.contains("skolan ”kan” kalla till SIP"), "quoted as the other findings quote, no asterisks on the page")
        #expect(page.contains("<br><span class=\"tips\">Tips: Skriv <code>skolan: ska</code>"), "the hint apart, no backticks")
        #expect(!page.contains("*kan*") && !page.contains("`skolan"))
    }

    @Test func aGroupWithoutADocumentIsNamedAsSuch() throws {
        let result = try BusDocsProcess.run(["protocol", "Tests/Corpus/norrtalje-2024.md", "--group", "Samrådsgrupp", "--format", "md"], environment: Self.swedish)
        #expect(result.status == 2)
        #expect(result.stderr == "bus-docs: Tests/Corpus/norrtalje-2024.md: bus-docs gör varken protokoll eller dagordning för Lokal samrådsgrupp för barn och unga; det gör det för BUS styrgrupp Norrtälje och BUS individforum Norrtälje\n")
    }

    /// A behandlingskonferens gets an agenda and minutes: its cases raised anonymised, or openly with
    /// the guardians' written consent for the occasion, as the agreement requires.
    @Test func aBehandlingskonferensGetsAnAgendaForItsCases() throws {
        let result = try BusDocsProcess.run(["protocol", "Agreements/nacka-2023.md", "--group", "Behandlingskonferens", "--format", "md", "--today", "2026-11-27"], environment: Self.swedish)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Dagordning och minnesanteckningar – BUS-behandlingskonferens\n\nBehandlingskonferens för Nacka, höstterminen 2026. Gruppen möts minst två gånger per månad"))
        #expect(result.stdout.contains("""
            3. Ärenden för konsultation
               - Ett ärende lyfts avidentifierat: inga namn, personnummer eller andra uppgifter som kan identifiera barnet.
               - Ett ärende som lyfts öppet kräver vårdnadshavarnas skriftliga samtycke för detta tillfälle.
               - För varje ärende: vilken verksamhet som lyfter det, frågan och vem som gör vad.
            """))
        #expect(!result.stdout.contains("avvikelser"), "no deviations item: the conference handles none")
    }

    @Test func commandLineMistakesAreSwedishUnderASwedishLocale() throws {
        let missing = try BusDocsProcess.run(["protocol"], environment: Self.swedish)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("bus-docs: argument saknas: `<överenskommelse>`\n"), "\(missing.stderr)")
        let format = try BusDocsProcess.run(["check", "--format", "xml"], environment: Self.swedish)
        #expect(format.stderr.hasPrefix("bus-docs: värdet `xml` är inte giltigt för `--format <format>`. Välj ett av `text`, `json`, `github`, `sarif` eller `gitlab`.\n"), "\(format.stderr)")
        let english = try BusDocsProcess.run(["check", "--format", "xml"])
        #expect(english.stderr.hasPrefix("bus-docs: the value `xml` is invalid"))
    }

    @Test func documentsOpenWithASentenceAndLeaveRoomToWrite() throws {
        let protocolText = try BusDocsProcess.run(["protocol", Self.valid, "--format", "md"]).stdout
        #expect(protocolText.contains("\nOmråde: Testområdet. Protokollet förs enligt överenskommelsen ”Lokal överenskommelse"), "\(protocolText.prefix(400))")
        #expect(protocolText.contains("Vad har prövats i ordinarie samverkan:\n\n____"), "lines to write on")
        let form = try BusDocsProcess.run(["deviation", Self.valid, "--format", "md"]).stdout
        #expect(form.contains("\nOmråde: Testområdet. För brister i samverkan"))
        #expect(form.contains("Rapporteras av") && !form.contains("Vem rapporterar"), "who reports is asked once")
        let agenda = try BusDocsProcess.run(["protocol", Self.valid, "--group", "styrgrupp", "--today", "2027-02-01", "--format", "md"]).stdout
        #expect(agenda.contains("Gruppen möts minst en gång per termin enligt överenskommelsen ”Lokal överenskommelse"))
    }
}
