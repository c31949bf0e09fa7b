import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

struct Protocol: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol",
        abstract: "Write the protocol template for a BUS individforum, or the agenda for a steering or working group.")

    @Argument(help: "The agreement file.")
    var agreement: String

    @Option(help: "The group's id (default: the individforum).")
    var group: String?

    @Option(help: "The meeting date, YYYY-MM-DD.")
    var date: String?

    @Option(help: "When the need was noticed, YYYY-MM-DD; the protocol shows the latest meeting date.")
    var noticed: String?

    @OptionGroup var outputOptions: DocumentOutputOptions
    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var ruleSetOptions: RuleSetOptions

    func run() throws {
        let today = try Today.parse(nil)
        let meeting = try date.map { try Today.parse($0, option: "--date") }
        let noticedOn = try noticed.map { try Today.parse($0, option: "--noticed") }
        let templates = try templateOptions.load()
        let document = try SingleDocument.load(agreement, ruleSet: try ruleSetOptions.load(), today: today, userTemplates: templates.customNames)
        let groups = document.agreement.groups
        let chosen: Group?
        if let group {
            chosen = groups.first { $0.id.value == group }
        } else {
            chosen = document.agreement.groups(ofKind: .individualForum).first
        }
        guard let chosen, chosen.kind?.value == .individualForum || chosen.kind?.value.isStanding == true else {
            let ids = groups.filter { $0.kind?.value == .individualForum || $0.kind?.value.isStanding == true }.map(\.id.value)
            throw UsageFailure(message: "\(agreement): no group \(group.map { "'\($0)'" } ?? "of kind individforum") with a protocol or agenda (groups: \(ids.joined(separator: ", ")))")
        }
        let renderer = DocumentRenderer(templates: templates)
        let output = try SingleDocument.rendering {
            try renderer.groupDocument(document, group: chosen, date: meeting, noticed: noticedOn, today: today, format: outputOptions.format.rendered)
        }
        try outputOptions.emit(output, refusing: [agreement])
    }
}

/// Reading one agreement for a single document: its findings go to stderr; without a model, exit 1.
enum SingleDocument {
    static func load(_ path: String, ruleSet: RuleSet?, today: LocalDate, userTemplates: [String]) throws -> DocumentSource {
        let checked = try CheckedAgreement.load(path, validator: Validator(ruleSet: ruleSet, today: today, userTemplates: userTemplates))
        let errors = checked.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            let report = CheckReport(files: [CheckReport.File(path: path, source: checked.parsed.source, diagnostics: errors)])
            let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
            FileHandle.standardError.write(Data(TextFormatter().format(report, language: language).utf8))
        }
        guard let document = checked.document else { throw ExitCode(1) }
        return document
    }

    /// Renders, and parses HTML with libxml2 like `build` does: broken markup from a template is an error.
    static func rendering(_ render: () throws -> String) throws -> String {
        do {
            let output = try render()
            if output.hasPrefix("<!DOCTYPE"), let problem = HTMLValidator.problems(in: output).first {
                throw TemplateError.brokenMarkup(output: "document", line: problem.line, problem: problem.message)
            }
            return output
        } catch let error as TemplateError {
            throw UsageFailure(message: error.description)
        }
    }
}
