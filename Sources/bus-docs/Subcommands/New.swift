import ArgumentParser
import BUSDocsKit
import Foundation

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new agreement that passes check: the mandatory parties, the tiers, the routines and the sections, with guidance on what to write.",
        discussion: """
            Asks for what is missing when standard input is a terminal; takes flags otherwise. \
            --from starts from another area's agreement, keeping its structure. Never overwrites a file.
            """)

    @Option(name: .shortAndLong, help: "The file to write (default: standard output). An existing file is never overwritten.")
    var output: String?

    @Option(help: "The area (BUS-område), e.g. \"Järfälla\".")
    var area: String?

    @Option(help: "The municipality, e.g. \"Järfälla kommun\".")
    var kommun: String?

    @Option(help: "The rule set: bus-2012 or hök-2022 (default: hök-2022, or the --from agreement's).")
    var rules: String?

    @Option(help: "Start from this agreement instead of the rule set's skeleton.")
    var from: String?

    func run() throws {
        if let output, FileManager.default.fileExists(atPath: output) {
            throw UsageFailure(message: "-o \(output): exists; bus-docs new never overwrites a file")
        }
        let interactive = isatty(STDIN_FILENO) == 1
        let base = try from.map(Self.source)
        let area = try value(area, flag: "--area", question: "Område (BUS-område)", interactive: interactive)
        let kommun = try value(kommun, flag: "--kommun", question: "Kommun", default: "\(area) kommun", interactive: interactive)
        let defaultRules = base?.agreement.ruleSet?.value ?? "hök-2022"
        let rulesName = try value(rules, flag: "--rules", question: "Regelverk (bus-2012 eller hök-2022)", default: defaultRules, interactive: interactive)
        guard let ruleSet = RuleSet.builtIn(named: rulesName) else {
            throw UsageFailure(message: "--rules \(rulesName): not a built-in rule set (\(RuleSet.builtInNames.joined(separator: ", ")))")
        }
        let text: String
        if let base {
            text = DraftFromAgreement(source: base.source, agreement: base.agreement, area: area, municipality: kommun,
                                      ruleSet: ruleSet).text
        } else {
            text = AgreementDraft(area: area, municipality: kommun, ruleSet: ruleSet).text
        }
        let label = output ?? "<standard output>"
        let parsed = AgreementParser.parse(bytes: Array(text.utf8), path: label)
        let report = CheckReport(files: [CheckReport.File(path: label, source: parsed.source, diagnostics: Validator(today: try Today.parse(nil)).validate(parsed))])
        if let output {
            try FileWriter.create(Array(text.utf8), at: output)
        } else {
            print(text, terminator: "")
        }
        let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let counts = "\(report.errorCount) \(language == .swedish ? "fel" : "errors"), \(report.warningCount) \(language == .swedish ? "varningar" : "warnings")"
        let written = output ?? (language == .swedish ? "standard ut" : "standard output")
        FileHandle.standardError.write(Data((language == .swedish ? "Skrev \(written) (kontroll: \(counts))\n" : "Wrote \(written) (check: \(counts))\n").utf8))
        if report.errorCount > 0 {
            FileHandle.standardError.write(Data(TextFormatter().format(report, language: language).utf8))
        }
    }

    /// A flag's value, or the answer to a question on a terminal, or its default; an error when a script
    /// leaves out a value that has no default.
    private func value(_ given: String?, flag: String, question: String, default fallback: String? = nil, interactive: Bool) throws -> String {
        if let given, !given.trimmingCharacters(in: .whitespaces).isEmpty { return given.trimmingCharacters(in: .whitespaces) }
        if interactive {
            FileHandle.standardError.write(Data("\(question)\(fallback.map { " [\($0)]" } ?? ""): ".utf8))
            let answer = readLine()?.trimmingCharacters(in: .whitespaces) ?? ""
            if !answer.isEmpty { return answer }
        }
        if let fallback { return fallback }
        throw UsageFailure(message: "\(flag) is required (or run bus-docs new in a terminal to be asked)")
    }

    /// The agreement `--from` names, parsed; it must have a front matter to start from.
    private static func source(_ path: String) throws -> (source: SourceFile, agreement: Agreement) {
        let parsed = try AgreementFiles.read(path)
        guard let source = parsed.source, let agreement = parsed.agreement else {
            let problem = parsed.diagnostics.first.map { "\($0.location.line):\($0.location.column): \($0.message.en)" } ?? "no front matter"
            throw UsageFailure(message: "--from \(path): cannot start from this file (\(problem))")
        }
        return (source, agreement)
    }
}
