import ArgumentParser
import BUSDocsKit
import Foundation

struct Import: ParsableCommand, WritesToOutputOption {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn an agreement written in Word, OpenDocument, PDF, text or Markdown into a draft agreement.",
        discussion: """
            Reads .docx, .odt, .pdf (with pdftotext), .txt and .md. The body keeps the document's headings, \
            paragraphs, lists, tables (as lists) and footnotes; the front matter holds what the text says, each \
            value with a comment citing where, and a marked placeholder for what it does not say; status: utkast. \
            The import report (stderr, or --report FILE as .md or .json) says what was recognised, what was not \
            and the check's findings on the draft. Exit status 0 when a draft was written.
            """)

    @Argument(help: "The document to import.")
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The agreement to write, a .md file; a folder gets a file named after the document, a name without an extension gets .md (default: standard output). An existing file is kept unless --force.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace an existing --output file.")
    var force = false

    // Not `RuleSetOptions`: there is no agreement yet whose `regelverk` could be the default.
    @Option(name: .customLong("rules"), help: "Rule set: bus-2012, hök-2022 or a rule-set file (default: the one the document names, else hök-2022).")
    var ruleSet: String?

    @Option(help: "Write the import report to this file: Markdown (.md) or JSON (.json). Default: standard error.")
    var report: String?

    @Option(help: ArgumentHelp("The date the draft is checked against, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    func run() throws {
        let language = RunLanguage.current
        let today = try Today.parse(today)
        let rules = try RuleSetOptions.load(ruleSet)
        // `-o` as `new` reads it: a folder gets the document's name as an agreement's file name
        // (`-o Agreements/` → *Agreements/ekero-2023.md*), a name without an extension gets `.md`.
        var target: (path: String, newFolder: String?)?
        if let given = self.output {
            try AgreementOutput.refuseNotMarkdown(given)
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            let force = self.force
            let chosen = try AgreementOutput.target(given, fileName: AgreementDraft.fileName(forArea: stem)) { existing in
                if !force { throw CLIError.importOutputExists(existing) }
            }
            if chosen.newFolder == nil { try OutputWriter.refuseMissingFolder(chosen.path) }
            try OutputWriter.refuseSource(chosen.path, [file], as: LocalizedText(sv: "dokumentet som importeras", en: "the document being imported"),
                                          protectingAgreements: false)
            if !force, FileManager.default.fileExists(atPath: chosen.path) {
                throw CLIError.importOutputExists(chosen.path)
            }
            target = chosen
        }
        let output = target?.path
        if let report {
            try OutputWriter.refuseMissingFolder(report)
            try OutputWriter.refuseSource(report, [file] + (output.map { [$0] } ?? []), as: LocalizedText(sv: "en fil som läses eller skrivs", en: "a file read or written"))
        }
        let read: ImportedDocument
        do {
            read = try DocumentImporter.read(path: file)
        } catch let problem as ImportProblem {
            throw CLIError.cannotImport(file: file, problem: problem.text)
        }
        let (draft, _, document) = DocumentImporter.draft(read, rules: rules)
        let label = output ?? "<standard output>"
        // A personal identity number in the document is not written into the draft: an agreement is no
        // place for one, and the draft goes into the agreements' repository.
        let text = PersonalIdentityNumber.maskingLastFour(draft.text)
        if text != draft.text {
            RunLanguage.note(sv: "bus-docs: dokumentet innehåller personnummer; utkastet får dem maskerade (t.ex. 19121212-****) — ta bort dem ur texten, de hör inte hemma i en överenskommelse",
                             en: "bus-docs: the document holds personal identity numbers; the draft has them masked (e.g. 19121212-****) — take them out of the text, they have no place in an agreement")
        }
        let bytes = Array(text.utf8)
        let parsed = AgreementParser.parse(bytes: bytes, path: label)
        let check = CheckReport(files: [CheckReport.File(path: label, source: parsed.source, diagnostics: Validator(ruleSet: rules, today: today).validate(parsed))])
        if let output {
            if let folder = target?.newFolder { try AgreementOutput.makeFolder(folder) }
            if force { try FileWriter.replace(bytes, at: output) } else { try FileWriter.create(bytes, at: output) }
        } else {
            print(text, terminator: "")
        }
        let result = ImportReport(source: file, output: output ?? (language == .swedish ? "standardutdata" : "standard output"),
                                  document: document, draft: draft, check: check)
        if let report {
            let text = report.lowercased().hasSuffix(".json") ? result.json(language) : result.markdown(language)
            try FileWriter.replace(Array(text.utf8), at: report)
        } else {
            FileHandle.standardError.write(Data(result.text(language).utf8))
        }
    }
}
