import BUSDocsKit
import Foundation
import Templates

/// Everything that can be wrong with a command line or the files it names: one line on stderr, exit
/// status 2. One case per kind of problem, with its words in both languages in `text` below, the way
/// swift-argument-parser's `ParserError` names its own.
enum CLIError: Error {
    // The command line.
    case unknownCommand(word: String, suggestion: String)
    case notADate(option: String, text: String)
    case dateMeant(option: String, text: String, meant: LocalDate)
    case notAYear(Int)
    /// `report --year 2027` on 2026-11-28.
    case yearNotBegun(year: Int, today: LocalDate)
    /// `report --year 2025` where no agreement applied at any time in 2025.
    case noAgreementInForce(year: Int, areas: [NotInForce])
    case meetingBeforeNoticed(meeting: LocalDate, noticed: LocalDate)
    case noticedOnlyForForum(group: String)
    case noticedAfterToday(noticed: LocalDate, today: LocalDate, todayGiven: Bool)
    case diffTakesTwoFiles
    case diffRevisionTakesOneFile
    case cannotCompare(path: String)
    case notARevision(String)
    case answerRequired(flag: String)
    case municipalityUnknown(area: String)
    case areaNotInCounty(area: String, nearest: String, municipality: String, likely: Bool = true)
    case noAnswer
    // Files and folders.
    case file(FileProblem)
    case noSuchFolder(option: String, path: String, meant: String? = nil)
    case outputFolderMissing(output: String, folder: String)
    /// `--register Agreements/nacka-2023.md`: a file where the register's folder is wanted.
    case registerIsAFile(String)
    /// `--register` names no folder and none like it: how a register is started.
    case noRegisterFolder(String)
    /// `-o out/protokoll.html/x.html`: the "folder" is a file.
    case outputFolderIsAFile(output: String, file: String, suggestion: String)
    /// `-o out/`: a folder where a document's file is wanted.
    case outputIsAFolder(output: String, suggestion: String)
    /// `new -o Mapp/`: a folder that does not exist (the documented `Agreements/` is made instead).
    case outputFolderToCreate(output: String, folder: String)
    case wouldOverwriteSource(output: String, role: LocalizedText)
    case outputContainsInput(out: String, input: String)
    case outputExists(String)
    case agreementNotMarkdown(output: String, meant: String)
    case pdfNeedsOutput(option: String)
    case formatNeedsOutFolder(format: String)
    case outAndOutput
    /// `textFormat`: a format that writes the document to the terminal (`md`, `text`), if any.
    case htmlToTerminal(textFormat: String?)
    case formatNeedsFile(format: String)
    case formatDoesNotWrite(format: String, kind: LocalizedText, choices: LocalizedText)
    case markdownDoesNotWriteThis
    case docxDoesNotWriteComparisons
    case referenceDocxOnlyForDocx
    case word(WordError)
    case cannotStartFrom(path: String, problem: String)
    /// `new --from` an agreement of the same area: a revision is a copy, not a new draft.
    case fromOwnArea(from: String, area: String, copy: String?)
    // Rule sets, templates and the agreement a document is made from.
    case ruleSet(RuleSetError)
    case ruleSetFile(path: String, problem: String)
    /// `--rules hök 2023` for `new`: `meant`, the built-in rule set it is nearest.
    case notABuiltInRuleSet(name: String, meant: String?)
    /// `check --error X`: no rule has that id; `meant` the nearest one.
    case unknownRule(String, meant: String?)
    case template(TemplateError)
    /// `group` and `documented`: the groups by their names, as a sentence names them.
    case groupWithoutDocument(agreement: String, group: String, documented: [String])
    case noSuchGroup(agreement: String, group: String, documented: String, meant: String? = nil)
    /// `blankett:` or a group's `protokoll:` names an attachment of the area's own: `isForm` for the form.
    case ownDocument(agreement: String, title: String, file: String, isForm: Bool)
    /// The area's own attachment, named by `blankett:` or `protokoll:`, has no file where `fil:` says.
    case ownDocumentMissing(agreement: String, title: String, file: String, isForm: Bool)
    case noIndividualForum(agreement: String, documented: String)
    case noDocumentedGroup(agreement: String)
    // Tools bus-docs runs.
    case gitMissing(String)
    case gitFailed(file: String, revision: String, reason: String)
    case notInGitRepository(file: String)
    case noSuchRevision(String)
    case cannotServe(port: UInt16, reason: String)
    case portInUse(port: UInt16)
    /// `switchable`: the format the name says writes this document too, so `--format` may name it.
    case fileNamedForAnotherFormat(output: String, named: String, format: String, switchable: Bool)
    case fileNamedForFormatNotWriting(output: String, named: String, kind: LocalizedText, choices: LocalizedText)
    /// `-o avtal.doc`: an extension that names no format bus-docs writes.
    case fileNamedForUnknownFormat(output: String, fileExtension: String, choices: LocalizedText)
    /// `folders`: the year's folder of every area, as the report looked for it.
    case noRegisterForYear(year: Int, register: String, years: [String], folders: [String])
    case htmlToTerminalNeedsFolder
    case archivalOnlyForPDF
    case filledOnlyWhenArchival
    case filledUnreadable(String)
    /// `--filled` names an OpenDocument file (or a zip that is no Word document): only a filled PDF form's
    /// or a Word form's answers are read.
    case filledIsOpenDocument(String)
    case filledHasNoForm(String)
    /// The filled PDF has fields this form does not: it was made of another agreement, group or form.
    case filledOtherForm(path: String, fields: [String])
    case filledNeedsPypdf
    /// `--filled` with a form whose pre-filled date (`datum`, `uppmarksammat`) was answered with another date.
    case filledOtherDate(path: String, field: String, filledDate: String, given: String)
    case weasyPrintMissing(version: String)
    case weasyPrintDidNotStart(program: String, reason: String)
    case weasyPrintFailed(program: String, status: Int32, said: String, version: String)
    case importOutputExists(String)
    case documentExists(output: String, free: String)
    /// A follow-up already there: `shown` is how the command line named it (`-o FILE`, or the file in `--out`).
    case reportExists(shown: String, free: String)
    case cannotImport(file: String, problem: LocalizedText)
    case baseNotAFolder(String)
    /// Something a library reported that has no case of its own (said as it is).
    case other(String)

    /// The problem an error is, when it is one: the library's file, rule-set and template problems are.
    static func from(_ error: any Error) -> CLIError? {
        switch error {
        case let error as CLIError: return error
        case let problem as FileProblem: return .file(problem)
        case let problem as RuleSetError: return .ruleSet(problem)
        case let problem as TemplateError: return .template(problem)
        case let problem as WordError: return .word(problem)
        default: return nil
        }
    }

    /// The message, in both languages.
    var text: LocalizedText {
        switch self {
        case let .unknownCommand(word, suggestion):
            let question = DidYouMean.question(suggestion)
            return LocalizedText(sv: "okänt kommando `\(word)`\(question.sv) (bus-docs --help listar kommandona)",
                                 en: "unknown command `\(word)`\(question.en) (bus-docs --help lists the commands)")
        case let .notADate(option, text):
            return LocalizedText(sv: "\(option): ”\(text)” är inget datum (ÅÅÅÅ-MM-DD)", en: "\(option): '\(text)' is not a date (YYYY-MM-DD)")
        case let .dateMeant(option, text, meant):
            return LocalizedText(sv: "\(option): ”\(text)” ska skrivas ÅÅÅÅ-MM-DD — menade du \(meant)?",
                                 en: "\(option): '\(text)' must be written YYYY-MM-DD — did you mean \(meant)?")
        case let .notAYear(year):
            if (0...99).contains(year) {
                return LocalizedText(sv: "--year \(year): årtalet skrivs med fyra siffror — menade du \(2000 + year)?",
                                     en: "--year \(year): the year takes four digits — did you mean \(2000 + year)?")
            }
            return LocalizedText(sv: "--year \(year): inget årtal (ÅÅÅÅ)", en: "--year \(year): not a year (YYYY)")
        case let .meetingBeforeNoticed(meeting, noticed):
            return LocalizedText(sv: "--date \(meeting) är före --noticed \(noticed): mötet kan inte hållas innan behovet uppmärksammades",
                                 en: "--date \(meeting) is before --noticed \(noticed): the meeting cannot be held before the need was noticed")
        case let .noticedAfterToday(noticed, today, todayGiven):
            let source = todayGiven ? LocalizedText(sv: "--today \(today)", en: "--today \(today)") : LocalizedText(sv: "i dag, \(today)", en: "today, \(today)")
            return LocalizedText(sv: "--noticed \(noticed) är efter \(source.sv): behovet kan inte ha uppmärksammats ännu; skriv dagen det uppmärksammades",
                                 en: "--noticed \(noticed) is after \(source.en): the need cannot have been noticed yet; give the day it was noticed")
        case let .noticedOnlyForForum(group):
            return LocalizedText(sv: "--noticed gäller bara individforum: \(group) får en dagordning, som inte har någon tidsgräns",
                                 en: "--noticed is for the individforum only: \(group) gets an agenda, which has no deadline")
        case .diffTakesTwoFiles:
            return LocalizedText(sv: "diff tar två filer, GAMMAL och NY (eller --rev REV FIL)", en: "diff takes two files, OLD and NEW (or --rev REV FILE)")
        case .diffRevisionTakesOneFile:
            return LocalizedText(sv: "diff --rev REV tar en fil, den nuvarande versionen", en: "diff --rev REV takes one file, the current version")
        case let .cannotCompare(path):
            return LocalizedText(sv: "\(path) går inte att läsa (se felet ovan), så versionerna kan inte jämföras; rätta filen och jämför sedan",
                                 en: "\(path) cannot be read (see the error above), so the versions cannot be compared; fix the file, then compare")
        case let .notARevision(revision):
            return LocalizedText(sv: "--rev \(revision): ingen revision", en: "--rev \(revision): not a revision")
        case let .answerRequired(flag):
            return LocalizedText(sv: "\(flag) behövs (eller kör bus-docs new i en terminal för att få frågan)",
                                 en: "\(flag) is required (or run bus-docs new in a terminal to be asked)")
        case let .municipalityUnknown(area):
            return LocalizedText(sv: "--area \(area): kommunen går inte att avgöra; ange den med --kommun och dess officiella namn, t.ex. --kommun \"Järfälla kommun\" eller --kommun \"Solna stad\"",
                                 en: "--area \(area): the municipality cannot be told from the area; give its official name with --kommun, e.g. --kommun \"Järfälla kommun\" or --kommun \"Solna stad\"")
        case let .areaNotInCounty(area, nearest, municipality, likely):
            if !likely {
                // Not a likely typo (another first letter): the way for a place the table lacks comes first.
                return LocalizedText(sv: "--area \(area): inget område i Stockholms län heter så. Är \(area) en ort eller ett område i en kommun, ange kommunen: --kommun med kommunens officiella namn; menade du \(nearest) (\(municipality)), skriv --area \"\(nearest)\"",
                                     en: "--area \(area): no area in Stockholm County is called that. If \(area) is a place or an area in a municipality, name the municipality: --kommun with its official name; if you meant \(nearest) (\(municipality)), write --area \"\(nearest)\"")
            }
            return LocalizedText(sv: "--area \(area): inget område i Stockholms län heter så — menade du \(nearest) (\(municipality))? Skriv --area \"\(nearest)\"; ett område utanför länets tabell behöver --kommun med kommunens officiella namn",
                                 en: "--area \(area): no area in Stockholm County is called that — did you mean \(nearest) (\(municipality))? Write --area \"\(nearest)\"; an area outside the county's table needs --kommun with the municipality's official name")
        case .noAnswer:
            return LocalizedText(sv: "avbrutet: inget svar, ingen fil skriven", en: "stopped: no answer, no file written")
        case let .file(problem):
            return problem.message
        case let .noSuchFolder(option, path, meant?):
            return LocalizedText(sv: "\(option) \(path): mappen finns inte — menade du \(meant)?", en: "\(option) \(path): no such folder — did you mean \(meant)?")
        case let .noSuchFolder(option, path, nil):
            return LocalizedText(sv: "\(option) \(path): mappen finns inte", en: "\(option) \(path): no such folder")
        case let .outputFolderIsAFile(output, file, suggestion):
            return LocalizedText(sv: "-o \(output): \(file) är en fil, inte en mapp — skriv t.ex. -o \(suggestion)",
                                 en: "-o \(output): \(file) is a file, not a folder — write e.g. -o \(suggestion)")
        case let .outputIsAFolder(output, suggestion):
            return LocalizedText(sv: "-o \(output): är en mapp — ange filen i den, t.ex. -o \(suggestion)",
                                 en: "-o \(output): is a folder — name the file in it, e.g. -o \(suggestion)")
        case let .noRegisterFolder(path):
            let folder = { (placeholder: String) in [(path as NSString).appendingPathComponent(placeholder) + "/"] }
            let sv = RegisterFile.howToStart(in: folder("<överenskommelsens filnamn utan .md>/<år>")).sv
            let en = RegisterFile.howToStart(in: folder("<the agreement's file name without .md>/<year>")).en
            return LocalizedText(sv: "--register \(path): mappen finns inte — \(sv)", en: "--register \(path): no such folder — \(en)")
        case let .registerIsAFile(path):
            return LocalizedText(sv: "--register \(path): är en fil, inte en mapp — --register är registrets mapp, den med en mapp per överenskommelse (t.ex. --register Register)",
                                 en: "--register \(path): is a file, not a folder — --register is the register's folder, the one with a folder per agreement (e.g. --register Register)")
        case let .outputFolderMissing(output, folder):
            return LocalizedText(sv: "-o \(output): mappen \(folder) finns inte; skapa den först eller välj en annan",
                                 en: "-o \(output): the folder \(folder) does not exist; create it first or choose another")
        case let .outputFolderToCreate(output, folder):
            return LocalizedText(sv: "-o \(output): mappen \(folder) finns inte; skapa den (mkdir \(folder)) och kör igen, eller skriv -o Agreements/, där check, build och serve letar",
                                 en: "-o \(output): the folder \(folder) does not exist; create it (mkdir \(folder)) and run again, or write -o Agreements/, where check, build and serve look")
        case let .wouldOverwriteSource(output, role):
            return LocalizedText(sv: "-o \(output): skriver inte över \(role.sv)", en: "-o \(output): will not overwrite \(role.en)")
        case let .outputContainsInput(out, input):
            return LocalizedText(sv: "--out \(out): utmappen får inte vara, eller innehålla, inmappen \(input)",
                                 en: "--out \(out): the output folder may not be, or contain, the input folder \(input)")
        case let .outputExists(output):
            let free = Self.freeName(beside: output)
            return LocalizedText(sv: "-o \(output): filen finns redan; bus-docs new skriver aldrig över en fil — välj ett annat namn, t.ex. -o \(free)",
                                 en: "-o \(output): exists; bus-docs new never overwrites a file — choose another name, e.g. -o \(free)")
        case let .agreementNotMarkdown(output, meant):
            let word = Self.wordHint(forExtension: (output as NSString).pathExtension)
            return LocalizedText(sv: "-o \(output): en överenskommelse är en .md-fil, och check, build och serve läser inga andra\(word.sv) — skriv -o \(meant)",
                                 en: "-o \(output): an agreement is a .md file, and check, build and serve read no other\(word.en) — write -o \(meant)")
        case let .pdfNeedsOutput(option):
            return option == "-o"
                ? LocalizedText(sv: "--format pdf behöver en fil: -o FIL.pdf", en: "--format pdf needs -o FILE.pdf")
                : LocalizedText(sv: "--format pdf behöver \(option) MAPP", en: "--format pdf needs \(option) DIR")
        case let .formatNeedsOutFolder(format):
            return LocalizedText(sv: "--format \(format) behöver en fil eller en mapp: -o FIL eller --out MAPP", en: "--format \(format) needs a file or a folder: -o FILE or --out DIR")
        case .outAndOutput:
            return LocalizedText(sv: "ange antingen -o FIL eller --out MAPP, inte båda", en: "give either -o FILE or --out DIR, not both")
        case let .htmlToTerminal(textFormat):
            // Only a way out that works: `agreement` writes no Markdown, so it is offered only -o.
            return LocalizedText(sv: "skriver inte HTML i terminalen: ange en fil med -o FIL (till exempel -o dokument.html)" + (textFormat.map { ", eller --format \($0)" } ?? ""),
                                 en: "will not write HTML to the terminal: name a file with -o FILE (for example -o document.html)" + (textFormat.map { ", or use --format \($0)" } ?? ""))
        case let .formatNeedsFile(format):
            return LocalizedText(sv: "--format \(format) behöver en fil: -o FIL.\(format)", en: "--format \(format) needs -o FILE.\(format)")
        case let .formatDoesNotWrite(format, kind, choices):
            return LocalizedText(sv: "--format \(format) skriver inte \(kind.sv); välj \(choices.sv)", en: "--format \(format) does not write \(kind.en); choose \(choices.en)")
        case .markdownDoesNotWriteThis:
            return LocalizedText(sv: "--format md skriver inte det här dokumentet", en: "--format md does not write this document")
        case .docxDoesNotWriteComparisons:
            return LocalizedText(sv: "--format docx skriver inte jämförelser", en: "--format docx does not write comparisons")
        case .referenceDocxOnlyForDocx:
            return LocalizedText(sv: "--reference-docx gäller bara --format docx", en: "--reference-docx is for --format docx only")
        case let .word(problem):
            return problem.text
        case let .cannotStartFrom(path, problem):
            return LocalizedText(sv: "--from \(path): kan inte utgå från den här filen (\(problem))",
                                 en: "--from \(path): cannot start from this file (\(problem))")
        case let .fromOwnArea(from, area, copy):
            let copy = copy ?? (from as NSString).deletingPathExtension + "-ny.md"
            return LocalizedText(sv: "--from \(from): överenskommelsen gäller redan \(area), och --from behåller bara strukturen (partnamn, historik och giltighet blir platshållare). För en revidering: kopiera filen (cp \(from) \(copy)), ändra kopian och jämför med bus-docs diff \(from) \(copy)",
                                 en: "--from \(from): the agreement is already for \(area), and --from keeps only the structure (party names, history and validity become placeholders). For a revision: copy the file (cp \(from) \(copy)), edit the copy and compare with bus-docs diff \(from) \(copy)")
        case let .ruleSet(problem):
            return problem.text
        case let .ruleSetFile(path, problem):
            return LocalizedText(sv: "--rules \(path): \(problem)", en: "--rules \(path): \(problem)")
        case let .unknownRule(id, meant):
            let guess = meant.map { LocalizedText(sv: " — menade du \($0)?", en: " — did you mean \($0)?") } ?? LocalizedText(sv: "", en: "")
            return LocalizedText(sv: "--error \(id): ingen regel har det id:t\(guess.sv) (bus-docs rules listar reglerna)",
                                 en: "--error \(id): no rule has that id\(guess.en) (bus-docs rules lists the rules)")
        case let .notABuiltInRuleSet(name, meant):
            let sv = RuleSet.builtInNames.joined(separator: " eller "), en = RuleSet.builtInNames.joined(separator: " or ")
            if let meant {
                return LocalizedText(sv: "--rules \(name): inget inbyggt regelverk — menade du \(meant)? Skriv --rules \(meant) (\(sv))",
                                     en: "--rules \(name): not a built-in rule set — did you mean \(meant)? Write --rules \(meant) (\(en))")
            }
            return LocalizedText(sv: "--rules \(name): inget inbyggt regelverk (\(sv))", en: "--rules \(name): not a built-in rule set (\(en))")
        case let .template(problem):
            return LocalizedText(sv: problem.swedish, en: problem.description)
        case let .groupWithoutDocument(agreement, group, documented):
            return LocalizedText(sv: "\(agreement): bus-docs gör varken protokoll eller dagordning för \(group); det gör det för \(documented.listed("och"))",
                                 en: "\(agreement): bus-docs makes no protocol or agenda for \(group); it does for \(documented.listed("and"))")
        case let .noSuchGroup(agreement, group, documented, meant?):
            return LocalizedText(sv: "\(agreement): ingen grupp ”\(group)” med protokoll eller dagordning — menade du \(meant)? (grupper: \(documented))",
                                 en: "\(agreement): no group '\(group)' with a protocol or agenda — did you mean \(meant)? (groups: \(documented))")
        case let .ownDocument(agreement, title, file, isForm):
            let key = isForm ? "blankett" : "protokoll", builtIn = isForm ? "avvikelseblankett" : "individforum"
            return LocalizedText(
                sv: "\(agreement): \(isForm ? "blanketten" : "protokollmallen") är områdets egen, bilagan ”\(title)” (\(file)); bus-docs gör ingen i dess ställe — använd den filen, eller skriv `\(key): \(builtIn)` för den inbyggda",
                en: "\(agreement): the \(isForm ? "form" : "protocol template") is the area's own, the attachment '\(title)' (\(file)); bus-docs makes none in its place — use that file, or write `\(key): \(builtIn)` for the built-in one")
        case let .ownDocumentMissing(agreement, title, file, isForm):
            let key = isForm ? "blankett" : "protokoll", builtIn = isForm ? "avvikelseblankett" : "individforum"
            return LocalizedText(
                sv: "\(agreement): \(isForm ? "blanketten" : "protokollmallen") är områdets egen, bilagan ”\(title)”, men filen \(file) finns inte; lägg \(isForm ? "områdets blankett" : "områdets protokollmall") där, eller skriv `\(key): \(builtIn)` för den inbyggda",
                en: "\(agreement): the \(isForm ? "form" : "protocol template") is the area's own, the attachment '\(title)', but its file \(file) does not exist; put the area's \(isForm ? "form" : "protocol template") there, or write `\(key): \(builtIn)` for the built-in one")
        case let .noSuchGroup(agreement, group, documented, nil):
            return LocalizedText(sv: "\(agreement): ingen grupp ”\(group)” med protokoll eller dagordning (grupper: \(documented))",
                                 en: "\(agreement): no group '\(group)' with a protocol or agenda (groups: \(documented))")
        case let .noIndividualForum(agreement, documented):
            return LocalizedText(sv: "\(agreement): inget individforum att skriva protokoll för; välj en grupp med --group (grupper: \(documented))",
                                 en: "\(agreement): no group of kind individforum with a protocol (groups: \(documented)); choose one with --group")
        case let .noDocumentedGroup(agreement):
            return LocalizedText(sv: "\(agreement): överenskommelsen har ingen grupp att skriva protokoll eller dagordning för; lägg till individforum och styrgrupp under `grupper:` (bus-docs new visar hur)",
                                 en: "\(agreement): the agreement has no group to write a protocol or agenda for; add the individforum and steering group under `grupper:` (bus-docs new shows how)")
        case let .gitMissing(reason):
            return LocalizedText(sv: "--rev behöver git: \(reason)", en: "--rev needs git: \(reason)")
        case let .gitFailed(file, revision, reason):
            return LocalizedText(sv: "\(file)@\(revision): git: \(reason)", en: "\(file)@\(revision): git: \(reason)")
        case let .notInGitRepository(file):
            return LocalizedText(sv: "\(file) ligger inte i ett git-arkiv, så --rev har inget att jämföra med — jämför två filer: bus-docs diff GAMMAL NY",
                                 en: "\(file) is not in a git repository, so --rev has nothing to compare with — compare two files: bus-docs diff OLD NEW")
        case let .noSuchRevision(revision):
            return LocalizedText(sv: "--rev \(revision): revisionen finns inte i git-arkivet (git log --oneline visar de som finns)",
                                 en: "--rev \(revision): no such revision in the git repository (git log --oneline lists them)")
        case let .cannotServe(port, reason):
            // `reason` is the system's own words, in English: said as a quotation, after the run's language.
            return LocalizedText(sv: "--port \(port): kan inte starta förhandsvisningen på 127.0.0.1 (systemet svarar: \(reason))",
                                 en: "--port \(port): cannot start the preview on 127.0.0.1 (the system says: \(reason))")
        case let .portInUse(port):
            let next = port == UInt16.max ? 8081 : port + 1
            return LocalizedText(sv: "porten \(port) används redan av ett annat program; välj en annan med --port \(next), eller --port 0 för en ledig port",
                                 en: "port \(port) is already in use by another program; choose another with --port \(next), or --port 0 for a free one")
        case let .fileNamedForAnotherFormat(output, named, format, switchable):
            let fileExtension = OutputFormats.named(format)?.fileExtension ?? format
            if !switchable {
                return LocalizedText(sv: "-o \(output): filändelsen säger \(named) men --format är \(format) — byt filändelse till .\(fileExtension)",
                                     en: "-o \(output): the file name says \(named) but --format is \(format) — name the file .\(fileExtension)")
            }
            return LocalizedText(sv: "-o \(output): filändelsen säger \(named) men --format är \(format) — skriv --format \(named), eller byt filändelse till .\(fileExtension)",
                                 en: "-o \(output): the file name says \(named) but --format is \(format) — write --format \(named), or name the file .\(fileExtension)")
        case let .fileNamedForFormatNotWriting(output, named, kind, choices):
            return LocalizedText(sv: "-o \(output): \(kind.sv) skrivs inte som \(named) — byt filändelse till \(choices.sv)",
                                 en: "-o \(output): \(kind.en) are not written as \(named) — name the file \(choices.en)")
        case let .fileNamedForUnknownFormat(output, fileExtension, choices):
            // A word processor's own format: the .docx bus-docs writes opens in Word and LibreOffice alike.
            let office = ["doc", "odt", "rtf", "dot", "dotx", "docm", "ott", "wpd", "pages"].contains(fileExtension.lowercased())
            return LocalizedText(sv: "-o \(output): bus-docs skriver inte .\(fileExtension)-filer — byt filändelse till \(choices.sv)"
                                     + (office ? " (.docx öppnas i både Word och LibreOffice)" : ""),
                                 en: "-o \(output): bus-docs does not write .\(fileExtension) files — name the file \(choices.en)"
                                     + (office ? " (.docx opens in Word and LibreOffice alike)" : ""))
        case let .noRegisterForYear(year, register, years, folders):
            // The folders looked for, and how to start the year's register in them; or another year that has one.
            let sv = years.isEmpty ? "inga år alls" : "bara " + OutputFormats.words(years, or: "och")
            let en = years.isEmpty ? "no years at all" : "only " + OutputFormats.words(years, or: "and")
            let start = RegisterFile.howToStart(in: folders)
            return LocalizedText(sv: "--year \(year): inget område har ett register för \(year) i \(register) (det finns \(sv)). För att följa upp \(year): \(start.sv)"
                                     + (years.isEmpty ? "" : "; eller ange ett år som har ett register med --year"),
                                 en: "--year \(year): no area has a register for \(year) in \(register) (there are \(en)). To follow up \(year): \(start.en)"
                                     + (years.isEmpty ? "" : "; or give a year that has a register with --year"))
        case let .yearNotBegun(year, today):
            return LocalizedText(sv: "--year \(year): året har inte börjat (i dag är det \(today)); följ upp ett år som har börjat, t.ex. --year \(today.year)",
                                 en: "--year \(year): the year has not begun (today is \(today)); follow up a year that has begun, e.g. --year \(today.year)")
        case let .noAgreementInForce(year, areas):
            return LocalizedText(sv: "--year \(year): ingen av överenskommelserna gällde under \(year) (\(areas.map(\.sentence.sv).joined(separator: "; "))); ange ett år då någon av dem gällde",
                                 en: "--year \(year): none of the agreements applied in \(year) (\(areas.map(\.sentence.en).joined(separator: "; "))); give a year in which one of them applied")
        case .htmlToTerminalNeedsFolder:
            return LocalizedText(sv: "skriver inte HTML i terminalen: ange en mapp med --out MAPP, eller --format md",
                                 en: "will not write HTML to the terminal: name a folder with --out DIR, or use --format md")
        case .archivalOnlyForPDF:
            return LocalizedText(sv: "--archival gäller bara --format pdf", en: "--archival only applies to --format pdf")
        case .filledOnlyWhenArchival:
            return LocalizedText(sv: "--filled gäller bara med --format pdf --archival: den ifyllda blanketten skrivs ut som arkiv-PDF",
                                 en: "--filled only applies with --format pdf --archival: the filled form is printed as archival PDF")
        case let .filledIsOpenDocument(path):
            return LocalizedText(sv: "--filled \(path): filen är inget Word-dokument (.docx) eller ifylld PDF-blankett; spara den ifyllda blanketten i Word-format (Spara som, Word-dokument) och ange den filen",
                                 en: "--filled \(path): the file is neither a Word document (.docx) nor a filled PDF form; save the filled form in Word format (Save As, Word Document) and name that file")
        case let .filledUnreadable(path):
            return LocalizedText(sv: "--filled \(path): filen finns inte eller kan inte läsas som PDF",
                                 en: "--filled \(path): the file does not exist or cannot be read as PDF")
        case let .filledHasNoForm(path):
            return LocalizedText(sv: "--filled \(path): PDF:en har inga formulärfält; ge den ifyllda PDF:en som samma kommando skrev utan --archival",
                                 en: "--filled \(path): the PDF has no form fields; give the filled PDF the same command wrote without --archival")
        case let .filledOtherForm(path, fields):
            let named = fields.prefix(5).joined(separator: ", ") + (fields.count > 5 ? " …" : "")
            return LocalizedText(sv: "--filled \(path): blanketten har inte fälten \(named); skriv samma kommando som gjorde den ifyllda PDF:en (samma överenskommelse, --group, --date och --noticed) med --archival --filled",
                                 en: "--filled \(path): this form has no fields \(named); run the command that made the filled PDF (the same agreement, --group, --date and --noticed) with --archival --filled")
        case let .filledOtherDate(path, field, filledDate, given):
            let option = field == "uppmarksammat" ? "--noticed" : "--date"
            return LocalizedText(sv: "--filled \(path): blanketten är ifylld för \(filledDate) (fältet \(field)), men kommandot ger \(option) \(given); skriv samma \(option) som den ifyllda blanketten gjordes med (\(option) \(filledDate)), eller ge den ifyllda PDF:en för \(given)",
                                 en: "--filled \(path): the form was filled in for \(filledDate) (field \(field)), but the command gives \(option) \(given); give the \(option) the filled form was made with (\(option) \(filledDate)), or the filled PDF for \(given)")
        case .filledNeedsPypdf:
            return LocalizedText(sv: "--filled läser den ifyllda PDF:en med pypdf i WeasyPrints Python-miljö: installera dem med `make pdf-deps` i bus-docs-mappen",
                                 en: "--filled reads the filled PDF with pypdf in WeasyPrint's Python environment: install them with `make pdf-deps` in the bus-docs folder")
        case let .weasyPrintMissing(version):
            return LocalizedText(sv: "--format pdf behöver WeasyPrint \(version): installera det med `make pdf-deps` i bus-docs-mappen (eller ange programmet med BUS_DOCS_WEASYPRINT=SÖKVÄG)",
                                 en: "--format pdf needs WeasyPrint \(version): install it with `make pdf-deps` in the bus-docs folder (or name the program with BUS_DOCS_WEASYPRINT=PATH)")
        case let .weasyPrintDidNotStart(program, reason):
            return LocalizedText(sv: "kunde inte starta WeasyPrint (\(program)): \(reason)", en: "could not start WeasyPrint (\(program)): \(reason)")
        case let .weasyPrintFailed(program, status, said, version):
            let detail = said.isEmpty ? "" : ": \(said)"
            return LocalizedText(sv: "WeasyPrint (\(program)) kunde inte skriva PDF:en (status \(status))\(detail). bus-docs behöver WeasyPrint \(version): `make pdf-deps`",
                                 en: "WeasyPrint (\(program)) could not write the PDF (exit \(status))\(detail). bus-docs needs WeasyPrint \(version): `make pdf-deps`")
        case let .documentExists(output, free):
            return LocalizedText(sv: "-o \(output): filen finns redan och kan vara ifylld eller undertecknad; välj ett annat namn, t.ex. -o \(free), eller ange --force för att ersätta den",
                                 en: "-o \(output): exists and may have been filled in or signed; choose another name, e.g. -o \(free), or pass --force to replace it")
        case let .reportExists(shown, free):
            return LocalizedText(sv: "\(shown): filen finns redan och kan ha kompletterats för hand; välj ett annat namn, t.ex. -o \(free), eller ange --force för att ersätta den",
                                 en: "\(shown): exists and may have been added to by hand; choose another name, e.g. -o \(free), or pass --force to replace it")
        case let .importOutputExists(output):
            let free = Self.freeName(beside: output)
            return LocalizedText(sv: "-o \(output): filen finns redan och kan vara bearbetad för hand; välj ett annat namn, t.ex. -o \(free), eller ange --force för att skriva över den",
                                 en: "-o \(output): exists and may have been worked on by hand; choose another name, e.g. -o \(free), or pass --force to replace it")
        case let .cannotImport(file, problem):
            return LocalizedText(sv: "\(file): \(problem.sv)", en: "\(file): \(problem.en)")
        case let .baseNotAFolder(base):
            return LocalizedText(sv: "--base \(base): ingen mapp", en: "--base \(base): not a folder")
        case let .other(message):
            return LocalizedText(sv: message, en: message)
        }
    }

    /// For a draft named like a document (`nykvarn.docx`): where that document comes from; empty otherwise.
    static func wordHint(forExtension fileExtension: String) -> LocalizedText {
        switch fileExtension.lowercased() {
        case "docx", "doc", "odt", "rtf":
            return LocalizedText(sv: " (Word-filen gör du sedan av den med bus-docs agreement --format docx)",
                                 en: " (the Word file is made from it afterwards with bus-docs agreement --format docx)")
        case "pdf", "html", "htm":
            let format = fileExtension.lowercased() == "pdf" ? "pdf" : "html"
            return LocalizedText(sv: " (dokumentet gör du sedan av den med bus-docs agreement --format \(format))",
                                 en: " (the document is made from it afterwards with bus-docs agreement --format \(format))")
        default:
            return LocalizedText(sv: "", en: "")
        }
    }

    /// The first of `name-2.md`, `name-3.md`, … that does not exist yet, beside `path`.
    static func freeName(beside path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let stem = (path as NSString).deletingPathExtension, ext = url.pathExtension
        for number in 2... {
            let candidate = stem + "-\(number)" + (ext.isEmpty ? "" : "." + ext)
            if !FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return path
    }
}
