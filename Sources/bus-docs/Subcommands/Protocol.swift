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

    @Option(help: "The group's id or name, in any case (default: the individforum).")
    var group: String?

    @Option(help: "The meeting date, YYYY-MM-DD.")
    var date: String?

    @Option(help: "When the need was noticed, YYYY-MM-DD (individforum only); the protocol shows the latest meeting date.")
    var noticed: String?

    @Option(help: "The date documents are dated against, YYYY-MM-DD (default: today).")
    var today: String?

    @OptionGroup var outputOptions: DocumentOutputOptions<GroupDocument>
    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var ruleSetOptions: RuleSetOptions

    func run() throws {
        _ = try outputOptions.resolved(writing: .group, refusing: [agreement])
        let today = try Today.parse(today)
        let meeting = try date.map { try Today.parse($0, option: "--date") }
        let noticedOn = try noticed.map { try Today.parse($0, option: "--noticed") }
        if let meeting, let noticedOn, meeting < noticedOn {
            throw CLIError.meetingBeforeNoticed(meeting: meeting, noticed: noticedOn)
        }
        let templates = try templateOptions.load()
        let document = try SingleDocument.load(agreement, ruleSet: try ruleSetOptions.load(), today: today, userTemplates: templates.customNames)
        let groups = document.agreement.groups
        let chosen: Group?
        if let group {
            chosen = Self.group(named: group, in: groups) ?? document.agreement.group(named: group)
        } else {
            chosen = document.agreement.groups(ofKind: .individualForum).first
        }
        guard let chosen, chosen.kind?.value == .individualForum || chosen.kind?.value.isStanding == true else {
            let ids = groups.filter { $0.kind?.value == .individualForum || $0.kind?.value.isStanding == true }.map(\.id.value)
            let list = ids.joined(separator: ", ")
            if let found = chosen {
                throw CLIError.groupWithoutDocument(agreement: agreement, group: found.id.value, documented: list)
            }
            if let group {
                let names = groups.flatMap { [$0.id.value] + ($0.name.map { [$0.value] } ?? []) }
                let meant = Suggestion.nearest(to: group, in: names).flatMap { Self.group(named: $0, in: groups)?.id.value }
                throw CLIError.noSuchGroup(agreement: agreement, group: group, documented: list, meant: meant)
            }
            if ids.isEmpty { throw CLIError.noDocumentedGroup(agreement: agreement) }
            throw CLIError.noIndividualForum(agreement: agreement, documented: list)
        }
        let isForum = chosen.kind?.value == .individualForum
        if noticed != nil, !isForum {
            throw CLIError.noticedOnlyForForum(group: chosen.id.value)
        }
        if isForum, let meeting, let noticedOn {
            let days = DocumentRenderer.deadlineDays(of: chosen, ruleSet: document.ruleSet)
            let latest = noticedOn.adding(days: days)
            if meeting > latest {
                RunLanguage.note(sv: "bus-docs: varning: mötet \(meeting) hålls efter tidsgränsen: individforum ska hållas inom \(days) dagar från att behovet uppmärksammades, senast \(latest)",
                                 en: "bus-docs: warning: the meeting on \(meeting) is after the deadline: the individforum meets within \(days) days of the need being noticed, by \(latest)")
            }
        }
        Self.warnIfNotInForce(document.agreement.validity, meeting: meeting, today: today)
        try outputOptions.emit(.group(document, group: chosen, date: meeting, noticed: noticedOn, today: today), templates: templates, refusing: [agreement])
    }

    /// A meeting (or, without `--date`, today) outside the agreement's validity: the document still says
    /// the group meets "enligt" it, so the chair is told on stderr, as for a late meeting.
    static func warnIfNotInForce(_ validity: Validity?, meeting: LocalDate?, today: LocalDate) {
        let day = meeting ?? today
        if let end = validity?.until?.value.endDate, day > end {
            if let meeting {
                RunLanguage.note(sv: "bus-docs: varning: mötet \(meeting) hålls efter att överenskommelsen har upphört att gälla (den gällde till och med \(end)); förnya överenskommelsen",
                                 en: "bus-docs: warning: the meeting on \(meeting) is after the agreement has expired (it was valid until \(end)); renew the agreement")
            } else {
                RunLanguage.note(sv: "bus-docs: varning: överenskommelsen har upphört att gälla (den gällde till och med \(end)); förnya överenskommelsen",
                                 en: "bus-docs: warning: the agreement has expired (it was valid until \(end)); renew the agreement")
            }
        } else if let start = validity?.from?.value.date, day < start {
            if let meeting {
                RunLanguage.note(sv: "bus-docs: varning: mötet \(meeting) hålls innan överenskommelsen börjar gälla (från \(start))",
                                 en: "bus-docs: warning: the meeting on \(meeting) is before the agreement comes into force (on \(start))")
            } else {
                RunLanguage.note(sv: "bus-docs: varning: överenskommelsen börjar gälla först \(start)",
                                 en: "bus-docs: warning: the agreement comes into force only on \(start)")
            }
        }
    }
}

extension Protocol {
    /// The group `--group` names: by id or by name, in any case, then by a name that starts with it.
    static func group(named text: String, in groups: [Group]) -> Group? {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        return groups.first { $0.id.value.lowercased() == wanted }
            ?? groups.first { $0.name?.value.lowercased() == wanted }
            ?? groups.first { $0.name.map { $0.value.lowercased().split(separator: " ").contains(Substring(wanted)) } == true }
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
        let output = try render()
        if output.hasPrefix("<!DOCTYPE"), let problem = HTMLValidator.problems(in: output).first {
            throw TemplateError.brokenMarkup(output: "document", line: problem.line, problem: problem.message)
        }
        return output
    }
}
