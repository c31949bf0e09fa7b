import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check agreements against the regional BUS requirements.",
        discussion: "Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage or I/O problems.")

    @Argument(help: "Agreement files or folders (searched for *.md). Default: Agreements/.")
    var paths: [String] = []

    @OptionGroup var ruleSetOptions: RuleSetOptions

    @Option(help: "Output: text, json, github or sarif.")
    var format: ReportFormat = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Option(help: "The date to check against, YYYY-MM-DD (default: today).")
    var today: String?

    @Option(help: "A folder of templates: the ones it adds may be named by `protokoll:` and `blankett:`.")
    var templates: String?

    func run() throws {
        let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let report: CheckReport
        do {
            let userTemplates = try templates.map { try TemplateOptions.load($0).customNames } ?? []
            report = try CheckRun(paths: paths, ruleSet: try ruleSetOptions.load(), today: try Today.parse(today), userTemplates: userTemplates,
                                  sections: format == .json).report()
        } catch {
            // Exit status 2 still gives json, sarif and github a valid document that says why.
            if let failure = UsageFailure.from(error) {
                print(format.formatter.failure(failure.text.text(in: language), language: language), terminator: "")
            }
            throw error
        }
        print(format.formatter.format(report, language: language), terminator: "")
        if report.errorCount > 0 || (strict && report.warningCount > 0) {
            throw ExitCode(1)
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}

/// read → parse → validate for every file named, in order.
struct CheckRun {
    var paths: [String]
    var ruleSet: RuleSet?
    var today: LocalDate
    /// Templates a `--templates` folder adds, which agreements may name.
    var userTemplates: [String] = []
    /// Whether to report which section answers to each required topic (JSON shows it).
    var sections = false

    func report() throws -> CheckReport {
        let files = try AgreementFiles.collect(paths.isEmpty ? ["Agreements"] : paths)
        let validator = Validator(ruleSet: ruleSet, today: today, userTemplates: userTemplates)
        return CheckReport(files: try files.parallelMap { path in
            let parsed = try AgreementFiles.read(path)
            return CheckReport.File(path: path, source: parsed.source, diagnostics: validator.validate(parsed),
                                    sections: sections ? SectionReport.topics(of: parsed, validator: validator) : [])
        })
    }
}

/// `--rules NAME|FILE`, shared by every command that validates.
struct RuleSetOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: "Rule set: bus-2012, hök-2022 or a rule-set file (default: the agreement's regelverk).")
    var ruleSet: String?

    func load() throws -> RuleSet? {
        try Self.load(ruleSet)
    }

    static func load(_ ruleSet: String?) throws -> RuleSet? {
        guard let ruleSet else { return nil }
        // "HÖK 2022", "2012": a built-in rule set as people write it, unless a file has that name.
        if !FileManager.default.fileExists(atPath: ruleSet), let builtIn = RuleSet.builtIn(answer: ruleSet) { return builtIn }
        do {
            return try RuleSet.load(ruleSet)
        } catch {
            if let error = error as? RuleSetError { throw UsageFailure(error.text) }
            throw UsageFailure(message: String(describing: error))
        }
    }
}

/// `--today`, or the system's date in the local time zone.
enum Today {
    static func parse(_ text: String?, option: String = "--today") throws -> LocalDate {
        guard let text else {
            let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
            return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)
        }
        guard let date = LocalDate(iso: text) else {
            if let meant = LocalDate.guess(text) {
                throw UsageFailure(sv: "\(option): '\(text)' ska skrivas ÅÅÅÅ-MM-DD — menade du \(meant)?",
                                   en: "\(option): '\(text)' must be written YYYY-MM-DD — did you mean \(meant)?")
            }
            throw UsageFailure(sv: "\(option): '\(text)' är inget datum (ÅÅÅÅ-MM-DD)", en: "\(option): '\(text)' is not a date (YYYY-MM-DD)")
        }
        return date
    }
}
