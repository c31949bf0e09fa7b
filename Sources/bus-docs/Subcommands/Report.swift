import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

struct Report: ParsableCommand, WritesToOutputOption {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the yearly follow-up (uppföljning) of the agreements from their registers.",
        discussion: """
            The register is a folder with one folder per agreement (named after its file without .md) and one per year: \
            REGISTER/nacka-2023/2025/individforum.csv, avvikelser.csv and sip.csv. Every cell is checked first; a register \
            with errors is not published (exit status 1). Counts of 1 and 2 are shown as "färre än 3", and a second count is \
            hidden wherever a total would tell a hidden one; --no-suppression shows every count, for internal use only \
            (uppfoljning-YYYY-intern.html in --out). A report already there is kept unless --force.
            """)

    @Argument(help: "Agreement files or folders (searched for *.md). Default: Agreements/.")
    var paths: [String] = []

    @Option(help: "The register folder: one folder per agreement, one per year inside it.")
    var register: String = "Register"

    @Option(help: "The year to follow up, YYYY.")
    var year: Int

    @Option(help: "The date the agreements are checked and the year is followed up to, YYYY-MM-DD (default: today).")
    var today: String?

    @Option(help: "A folder to write uppfoljning-YYYY.html (.md, .json, .pdf, .docx; uppfoljning-YYYY-intern.html with --no-suppression) into (default: standard output; required for pdf and docx).")
    var out: String?

    @Option(name: .shortAndLong, help: "The file to write, as the other commands take it (instead of --out).")
    var output: String?

    @Option(help: ArgumentHelp(OutputFormats.documentHelp(.followUp)), completion: .list(OutputFormats.names(writing: .followUp)),
            transform: { try FormatChoice.parse($0, writing: .followUp) })
    var format: FormatChoice?

    @Option(help: ArgumentHelp("A Word document whose styles --format docx takes.", valueName: "file"))
    var referenceDocx: String?

    @OptionGroup var pdf: PDFOptions

    @Flag(help: "Show every count, also 1 and 2 (internal use: never publish the result).")
    var noSuppression = false

    @Flag(help: "Replace a report already at -o or in --out (otherwise kept: it may have been added to by hand).")
    var force = false

    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var ruleSetOptions: RuleSetOptions

    func run() throws {
        if out != nil, output != nil { throw CLIError.outAndOutput }
        // As the other commands: `--format`, else the format `-o`'s extension names (`-o uppfoljning.docx`
        // writes Word), else html; an extension report does not write, or one --format contradicts, is refused.
        let chosen = try FormatChoice.resolve(self.format, output: output, default: .html, writing: .followUp)
        guard (1900...2999).contains(year) else { throw CLIError.notAYear(year) }
        try FollowUpInput.checkFolder(register)
        let format = try pdf.applied(to: chosen)
        if !format.isText, out == nil, output == nil { throw CLIError.formatNeedsOutFolder(format: format.name) }
        // The internal version has a name of its own: it never replaces the public report beside it.
        let file = out.map { ($0 as NSString).appendingPathComponent("uppfoljning-\(year)\(noSuppression ? "-intern" : "").\(format.name)") }
        if let target = output ?? file {
            try OutputWriter.refuseExistingDocument(target, replacing: force, reportShownAs: output.map { "-o \($0)" } ?? target)
        }
        let templates = try templateOptions.load()
        let context = try OutputContext.load(templates: templates, referenceDocx: referenceDocx, format: format)
        let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let date = try Today.parse(today)
        let validator = Validator(ruleSet: try ruleSetOptions.load(), today: date, userTemplates: templates.customNames)
        let agreements = try CheckedAgreement.loadAll(try CheckedFile.collect(paths), validator: validator)

        let input = FollowUpInput(agreements, register: register, upTo: year)
        let (areas, ruleSets) = (input.areas, input.ruleSets)
        let report = input.report
        if report.errorCount + report.warningCount > 0 {
            // In the format asked for: JSON for programs, text for people.
            let printed = format is JSONFormat ? JSONFormatter().format(report, language: language) + "\n" : TextFormatter().format(report, language: language)
            FileHandle.standardError.write(Data(printed.utf8))
        }
        if report.errorCount > 0 || areas.isEmpty {
            FileHandle.standardError.write(Data((language == .swedish
                ? "bus-docs: uppföljningen publiceras inte förrän registret är rättat\n"
                : "bus-docs: the follow-up is not published until the register is corrected\n").utf8))
            throw ExitCode(1)
        }

        // A year no area has a register for would publish "no cases, no deviations" as a fact.
        let withYear = areas.filter { $0.registers.contains { $0.year == year } }
        if withYear.isEmpty {
            // The years the register folder has, for any area (the input reads only those up to `year`).
            let folders = areas.flatMap { area in
                (try? FileManager.default.contentsOfDirectory(atPath: (register as NSString).appendingPathComponent(area.slug))) ?? []
            }
            let years = Set(folders.filter { $0.count == 4 && Int($0) != nil }).sorted()
            throw CLIError.noRegisterForYear(year: year, register: register, years: years)
        }
        for area in areas where !withYear.contains(where: { $0.slug == area.slug }) {
            RunLanguage.note(sv: "bus-docs: \(area.name): inget register för \(year) (\(register)/\(area.slug)/\(year)/ finns inte); området visas som \"inget register\"",
                             en: "bus-docs: \(area.name): no register for \(year) (\(register)/\(area.slug)/\(year)/ does not exist); the area shows as \"inget register\"")
        }
        if noSuppression {
            RunLanguage.note(sv: "bus-docs: varning: --no-suppression visar alla tal, också 1 och 2: den interna versionen får inte publiceras",
                             en: "bus-docs: warning: --no-suppression shows every count, also 1 and 2: the internal version must not be published")
        }
        // A case of the current year is late only once its deadline has passed by this date.
        let followUp = FollowUpReport(year: year, areas: areas, suppressing: !noSuppression, today: date)
        if let output {
            // A file, as `protocol -o protokoll.pdf` writes one: never over an agreement it reads.
            try OutputFormats.emit(.followUp(followUp, ruleSets: ruleSets), as: format, in: context, to: output,
                                   refusing: agreements.map(\.path), role: LocalizedText(sv: "en överenskommelse som följs upp", en: "an agreement it follows up"))
            return
        }
        let document = try format.render(.followUp(followUp, ruleSets: ruleSets), in: context)
        guard let out, let file else {
            if format is HTMLFormat, isatty(STDOUT_FILENO) == 1 {
                throw CLIError.htmlToTerminalNeedsFolder
            }
            FileHandle.standardOutput.write(Data(document))
            return
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try format.write(document, to: file)
        print(file)
    }
}
