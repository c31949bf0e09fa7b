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

    @Option(help: "The register folder, with one folder per agreement and one per year in each")
    var register: String = "Register"

    @Option(help: "The year to follow up, YYYY.")
    var year: Int

    @Option(help: ArgumentHelp("The date the agreements are checked and the year is followed up to, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    @Option(help: "The folder the report is written to, as uppfoljning-YYYY.html, .md, .json, .pdf or .docx (uppfoljning-YYYY-intern.html with --no-suppression; default: standard output; required for pdf and docx).")
    var out: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write, as -o is in the other commands (instead of --out).", valueName: "file"))
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
        let format = try pdf.applied(to: chosen)
        let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
        guard format is JSONFormat else { return try follow(format: format, language: language) }
        // For programs, standard error is one JSON document, as `check --format json` writes it: the
        // findings, or why the run could not be made (exit status 2).
        do {
            try follow(format: format, language: language)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            guard let failure = CLIError.from(error) else { throw error }
            FileHandle.standardError.write(Data(JSONFormatter().failure(failure.text.text(in: language), language: language).utf8))
            throw ExitCode(2)
        }
    }

    private func follow(format: any OutputFormat, language: Language) throws {
        let machine = format is JSONFormat
        guard (1900...2999).contains(year) else { throw CLIError.notAYear(year) }
        do {
            try FollowUpInput.checkFolder(register)
        } catch CLIError.noRegisterFolder {
            // Said below as a year without a register, with the folder each area needs.
        }
        if !format.isText, out == nil, output == nil { throw CLIError.formatNeedsOutFolder(format: format.name) }
        // The internal version has a name of its own: it never replaces the public report beside it.
        let file = out.map { ($0 as NSString).appendingPathComponent("uppfoljning-\(year)\(noSuppression ? "-intern" : "").\(format.name)") }
        if let target = output ?? file {
            try OutputWriter.refuseExistingDocument(target, replacing: force, reportShownAs: output.map { "-o \($0)" } ?? target)
        }
        let templates = try templateOptions.load()
        let context = try OutputContext.load(templates: templates, referenceDocx: referenceDocx, format: format)
        let date = try Today.parse(today)
        let validator = Validator(ruleSet: try ruleSetOptions.load(), today: date, userTemplates: templates.customNames)
        let agreements = try CheckedAgreement.loadAll(try CheckedFile.collect(paths), validator: validator)

        // A year that has not begun has no register to read or ask for.
        if year > date.year { throw CLIError.yearNotBegun(year: year, today: date) }
        let input = FollowUpInput(agreements, register: register, upTo: year, today: date, named: paths)
        let ruleSets = input.ruleSets
        // An agreement that did not apply in the year is left out of it (`FollowUpReport.notInForce`), not
        // asked for a register.
        let areas = input.areas.filter { $0.notInForce(in: year) == nil }
        let report = input.report
        // A year no area has a register for would publish "no cases, no deviations" as a fact.
        let withYear = areas.filter { $0.registers.contains { $0.year == year } }
        // The years the register folder has, for any area (the input reads only those up to `year`).
        let folders = areas.flatMap { area in
            (try? FileManager.default.contentsOfDirectory(atPath: (register as NSString).appendingPathComponent(area.slug))) ?? []
        }
        let noYear = withYear.isEmpty && report.errorCount == 0 && !areas.isEmpty
            ? CLIError.noRegisterForYear(year: year, register: register, years: Set(folders.filter { $0.count == 4 && Int($0) != nil }).sorted(),
                                         folders: areas.map { yearFolder($0, year) }) : nil
        // For programs the refusal is the one document on stderr; people see the findings first.
        if machine, let noYear { throw noYear }
        // The register's findings and the agreements that cannot be read, path:line:col; in the format
        // asked for: JSON for programs (always one document), text for people.
        let findings = CheckReport(files: input.unreadable + input.files)
        if machine {
            FileHandle.standardError.write(Data((JSONFormatter().format(findings, language: language) + "\n").utf8))
        } else if findings.errorCount + findings.warningCount > 0 {
            FileHandle.standardError.write(Data(TextFormatter().format(findings, language: language).utf8))
        }
        if report.errorCount > 0 || input.areas.isEmpty {
            if !machine {
                RunLanguage.note(sv: input.areas.isEmpty ? "bus-docs: ingen överenskommelse kan läsas; uppföljningen görs inte"
                                                   : "bus-docs: uppföljningen publiceras inte förrän registret är rättat",
                                 en: input.areas.isEmpty ? "bus-docs: no agreement can be read; the follow-up is not made"
                                                   : "bus-docs: the follow-up is not published until the register is corrected")
            }
            throw ExitCode(1)
        }
        if let noYear { throw noYear }
        if areas.isEmpty { throw CLIError.noAgreementInForce(year: year, areas: input.areas.compactMap { $0.notInForce(in: year) }) }

        // The JSON document says it as `hasRegister: false`.
        for area in areas where !machine && !withYear.contains(where: { $0.slug == area.slug }) {
            let start = RegisterFile.howToStart(in: [yearFolder(area, year)])
            RunLanguage.note(sv: "bus-docs: \(area.name): inget register för \(year) (\(yearFolder(area, year)) finns inte); området visas som ”inget register”. För att följa upp det: \(start.sv)",
                             en: "bus-docs: \(area.name): no register for \(year) (\(yearFolder(area, year)) does not exist); the area shows as \"inget register\". To follow it up: \(start.en)")
        }
        if noSuppression {
            RunLanguage.note(sv: "bus-docs: varning: --no-suppression visar alla tal, också 1 och 2: den interna versionen får inte publiceras",
                             en: "bus-docs: warning: --no-suppression shows every count, also 1 and 2: the internal version must not be published")
        }
        // A case of the current year is late only once its deadline has passed by this date.
        var followUp = FollowUpReport(year: year, areas: input.areas, suppressing: !noSuppression, today: date)
        // Part of a year read as the whole would be taken for its final figures (the JSON says `until`).
        if let until = followUp.partOfYearUntil, !machine {
            RunLanguage.note(sv: "bus-docs: varning: \(year) är inte slut: uppföljningen är en preliminär version som räknar till och med \(until). Gör den igen när året är slut för slutliga tal.",
                             en: "bus-docs: warning: \(year) is not over: the follow-up is a preliminary version that counts up to \(until). Make it again when the year is over for final figures.")
        }
        // An agreement that cannot be read leaves its area out: the report says so, and the run fails.
        followUp.leftOut = input.leftOut
        defer {
            if !input.unreadable.isEmpty, !machine {
                RunLanguage.note(sv: "bus-docs: uppföljningen är gjord utan \(input.unreadable.count == 1 ? "ett område" : "\(input.unreadable.count) områden") vars överenskommelse inte kan läsas",
                                 en: "bus-docs: the follow-up is made without \(input.unreadable.count == 1 ? "an area" : "\(input.unreadable.count) areas") whose agreement cannot be read")
            }
        }
        try write(followUp, ruleSets: ruleSets, format: format, context: context, agreements: agreements, file: file)
        if !input.unreadable.isEmpty { throw ExitCode(1) }
    }

    /// The folder an area's register for `year` is read from: `Register/nacka-2023/2026/`.
    private func yearFolder(_ area: FollowUpArea, _ year: Int) -> String {
        ((register as NSString).appendingPathComponent(area.slug) as NSString).appendingPathComponent(String(year)) + "/"
    }

    private func write(_ followUp: FollowUpReport, ruleSets: [String: RuleSet], format: any OutputFormat, context: OutputContext, agreements: [CheckedAgreement], file: String?) throws {
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
