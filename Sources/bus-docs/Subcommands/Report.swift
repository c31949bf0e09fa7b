import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the yearly follow-up (uppföljning) of the agreements from their registers.",
        discussion: """
            The register is a folder with one folder per agreement (named after its file without .md) and one per year: \
            REGISTER/nacka-2023/2025/individforum.csv, avvikelser.csv and sip.csv. Every cell is checked first; a register \
            with errors is not published (exit status 1). Counts of 1 and 2 are shown as "färre än 3", and a second count is \
            hidden wherever a total would tell a hidden one; --no-suppression shows every count, for internal use only.
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case html, json, pdf
    }

    @Argument(help: "Agreement files or folders (searched for *.md). Default: Agreements/.")
    var paths: [String] = []

    @Option(help: "The register folder: one folder per agreement, one per year inside it.")
    var register: String

    @Option(help: "The year to follow up, YYYY.")
    var year: Int

    @Option(help: "A folder to write uppfoljning-YYYY.html (.json, .pdf) into (default: standard output; required for pdf).")
    var out: String?

    @Option(help: "html, json or pdf (pdf prints the HTML with headless Chromium).")
    var format: Format = .html

    @Flag(help: "Show every count, also 1 and 2 (internal use: never publish the result).")
    var noSuppression = false

    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var ruleSetOptions: RuleSetOptions

    func run() throws {
        guard (1900...2999).contains(year) else { throw CLIError.notAYear(year) }
        try FollowUpInput.checkFolder(register)
        if format == .pdf, out == nil { throw CLIError.pdfNeedsOutput(option: "--out") }
        let templates = try templateOptions.load()
        let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let validator = Validator(ruleSet: try ruleSetOptions.load(), today: try Today.parse(nil), userTemplates: templates.customNames)
        let agreements = try CheckedAgreement.loadAll(try CheckedFile.collect(paths), validator: validator)

        let input = FollowUpInput(agreements, register: register, upTo: year)
        let (areas, ruleSets, findings) = (input.areas, input.ruleSets, input.findings)
        let report = CheckReport(files: findings)
        if !findings.isEmpty {
            FileHandle.standardError.write(Data(TextFormatter().format(report, language: language).utf8))
        }
        if report.errorCount > 0 || areas.isEmpty {
            FileHandle.standardError.write(Data((language == .swedish
                ? "bus-docs: uppföljningen publiceras inte förrän registret är rättat\n"
                : "bus-docs: the follow-up is not published until the register is corrected\n").utf8))
            throw ExitCode(1)
        }

        let followUp = FollowUpReport(year: year, areas: areas, suppressing: !noSuppression)
        let document: String
        switch format {
        case .json:
            document = FollowUpJSONFormatter.format(followUp)
        case .html, .pdf:
            let renderer = DocumentRenderer(templates: templates)
            document = try SingleDocument.rendering { try renderer.followUpReport(followUp, ruleSets: ruleSets) }
        }
        guard let out else {
            print(document, terminator: "")
            return
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let file = (out as NSString).appendingPathComponent("uppfoljning-\(year).\(format.rawValue)")
        if format == .pdf {
            try Chromium.printToPDF(html: document, to: file)
        } else {
            try FileWriter.write(document, to: file)
        }
        print(file)
    }
}
