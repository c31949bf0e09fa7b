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

    @Option(help: "The output format: sarif is for code scanning, gitlab a code quality report.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("For github, sarif and gitlab: the folder paths are relative to (default: the git repository's root, else the current folder).",
                               valueName: "dir"))
    var base: String?

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Option(name: .customLong("error"),
            help: ArgumentHelp("Count this rule's warnings as errors, e.g. --error BUS012 to refuse an agreement that has expired (may be repeated).",
                               valueName: "rule"))
    var errorRules: [String] = []

    @Option(help: ArgumentHelp("The date to check against, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    @Option(help: "A folder of templates: the ones it adds may be named by `protokoll:` and `blankett:`.")
    var templates: String?

    @Option(help: ArgumentHelp("Check the follow-up register in this folder too (every year of the agreements' registers, as report reads them), in the same output.",
                               valueName: "dir"))
    var register: String?

    func run() throws {
        let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let report: CheckReport
        var root = SourceRoot.current
        do {
            root = try sourceRoot()
            let userTemplates = try templates.map { try TemplateOptions.load($0).customNames } ?? []
            let validator = Validator(ruleSet: try ruleSetOptions.load(), today: try Today.parse(today), userTemplates: userTemplates)
            let asErrors = try Self.ruleIDs(errorRules)
            report = try withRegister(try CheckRun(paths: paths, validator: validator, sections: format == .json).report(), validator: validator)
                .counting(asErrors: asErrors)
        } catch {
            // Exit status 2 still gives json, sarif and github a valid document that says why.
            if let failure = CLIError.from(error) {
                print(format.formatter(root: root, strict: strict).failure(failure.text.text(in: language), language: language), terminator: "")
            }
            throw error
        }
        print(format.formatter(root: root, strict: strict).format(report, language: language), terminator: "")
        if report.errorCount > 0 {
            throw ExitCode(1)
        }
        if strict && report.warningCount > 0 {
            // The summary says "0 errors": the failing status needs its reason where a CI log shows it.
            RunLanguage.note(sv: "bus-docs: underkänd: --strict räknar varningar som fel",
                             en: "bus-docs: failed: --strict counts warnings as errors")
            throw ExitCode(1)
        }
    }

    /// The rules `--error` names, as their ids are written (`bus012` is BUS012); an id no rule has is refused.
    static func ruleIDs(_ written: [String]) throws -> Set<String> {
        let known = RuleCatalog.all.map(\.id)
        return Set(try written.flatMap { $0.split(separator: ",") }.map { item in
            let id = item.trimmingCharacters(in: .whitespaces).uppercased()
            guard known.contains(id) else { throw CLIError.unknownRule(String(item), meant: Suggestion.nearest(to: id, in: known)) }
            return id
        })
    }

    /// The agreements' findings, and with `--register` those of every year of their registers after them:
    /// the cells `report` checks, so that CI refuses a register `report` would not publish.
    /// A register folder, or an area's folder in it, that is missing is said in a note naming it and what
    /// to create (nothing to check is not a pass to keep quiet about); a typo of a folder beside it
    /// (`--register Registr`) is still refused.
    private func withRegister(_ report: CheckReport, validator: Validator) throws -> CheckReport {
        guard let register else { return report }
        let agreements = try CheckedAgreement.loadAll(try CheckedFile.collect(paths), validator: validator)
        do {
            try FollowUpInput.checkFolder(register)
        } catch CLIError.noRegisterFolder {
            let input = FollowUpInput(agreements, register: register, upTo: nil, today: validator.today, named: paths)
            let folders = Self.toStart(input.areas, register: register, year: validator.today.year).map(\.year)
            let start = folders.isEmpty ? nil : RegisterFile.howToStart(in: folders)
            RunLanguage.note(sv: "bus-docs: not: registermappen \(register) finns inte, så inget register har kontrollerats" + (start.map { ". För att börja det: \($0.sv)" } ?? ""),
                             en: "bus-docs: note: the register folder \(register) does not exist, so no register was checked" + (start.map { ". To start it: \($0.en)" } ?? ""))
            return report
        }
        // An agreement that cannot be read is in the report already, with its own findings.
        let read = Set(report.files.map(\.path))
        let input = FollowUpInput(agreements, register: register, upTo: nil, today: validator.today, named: paths)
        let registerFiles = input.files.filter { !read.contains($0.path) }
        // An area whose folder is said by a finding already (named after the area, a year's folder
        // misnamed) has the finding's hint to follow instead.
        let said = registerFiles.map(\.path)
        for folder in Self.toStart(input.areas, register: register, year: validator.today.year)
        where !said.contains(where: { $0.hasPrefix(folder.area + "/") || $0 == folder.area }) {
            let start = RegisterFile.howToStart(in: [folder.year])
            if folder.exists {
                RunLanguage.note(sv: "bus-docs: not: \(folder.area)/ har ingen mapp för något år, så registret för \(folder.name) har inte kontrollerats. För att börja det: \(start.sv)",
                                 en: "bus-docs: note: \(folder.area)/ has no folder for any year, so the register for \(folder.name) was not checked. To start it: \(start.en)")
            } else {
                RunLanguage.note(sv: "bus-docs: not: \(folder.area)/ finns inte, så registret för \(folder.name) har inte kontrollerats. För att börja det: \(start.sv)",
                                 en: "bus-docs: note: \(folder.area)/ does not exist, so the register for \(folder.name) was not checked. To start it: \(start.en)")
            }
        }
        return CheckReport(files: report.files + registerFiles)
    }

    /// The areas with no register year at all that apply in `year`, each with its folder in `register`,
    /// whether that folder exists, and the year's folder to create (`Register/nacka-2023/2026/`). An
    /// agreement that does not apply in the year has no register to start.
    private static func toStart(_ areas: [FollowUpArea], register: String, year: Int) -> [(name: String, area: String, exists: Bool, year: String)] {
        areas.filter { $0.registers.isEmpty && $0.notInForce(in: year) == nil }.map { area in
            let folder = (register as NSString).appendingPathComponent(area.slug)
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
            return (area.name, folder, exists, (folder as NSString).appendingPathComponent(String(year)) + "/")
        }
    }

    /// `--base`, else the top level of the git repository the current folder is in, else the folder.
    private func sourceRoot() throws -> SourceRoot {
        let folder = FileManager.default.currentDirectoryPath
        if let base {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base, isDirectory: &isFolder), isFolder.boolValue else {
                throw CLIError.baseNotAFolder(base)
            }
            return SourceRoot(path: base, workingDirectory: folder)
        }
        guard format == .github || format == .sarif || format == .gitlab else { return SourceRoot(path: folder, workingDirectory: folder) }
        return SourceRoot(path: GitRevision.topLevel(of: folder) ?? folder, workingDirectory: folder)
    }
}

extension ReportFormat: ExpressibleByArgument {}

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
        } catch let error as RuleSetError {
            throw CLIError.ruleSet(error)
        } catch {
            throw CLIError.ruleSetFile(path: ruleSet, problem: String(describing: error))
        }
    }
}

/// `--today`, or the system's date in the local time zone.
enum Today {
    /// The date an option gives, or the system's today without one. A date written another way is
    /// refused with the date meant: `3 december` is the one nearest `today` (the system's without it).
    static func parse(_ text: String?, option: String = "--today", near today: LocalDate? = nil) throws -> LocalDate {
        guard let text else {
            let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
            return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)
        }
        guard let date = LocalDate(iso: text) else {
            let near = try today ?? parse(nil)
            // `20261120`: an ISO date's digits without the hyphens.
            let digits = text.count == 8 && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
                ? LocalDate(iso: "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))") : nil
            if let meant = digits ?? LocalDate.guess(text) ?? LocalDate.guess(text, near: near) {
                throw CLIError.dateMeant(option: option, text: text, meant: meant)
            }
            throw CLIError.notADate(option: option, text: text)
        }
        return date
    }
}
