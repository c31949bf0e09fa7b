import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

struct Protocol: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol",
        abstract: "Write the protocol template for a BUS individforum, or the agenda for a steering or working group or a behandlingskonferens.")

    @Argument(help: "The agreement file.")
    var agreement: String

    @Option(help: "The group's id or name, in any case (default: the individforum).")
    var group: String?

    @Option(help: ArgumentHelp("The meeting date, YYYY-MM-DD.", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("When the need was noticed, YYYY-MM-DD (individforum only); the protocol shows the last day the meeting may be held.", valueName: "date"))
    var noticed: String?

    @Option(help: ArgumentHelp("The date documents are dated against, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    @OptionGroup var outputOptions: DocumentOutputOptions<GroupDocument>
    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var ruleSetOptions: RuleSetOptions

    func run() throws {
        _ = try outputOptions.resolved(writing: .group, refusing: [agreement])
        let today = try Today.parse(today)
        let meeting = try date.map { try Today.parse($0, option: "--date", near: today) }
        let noticedOn = try noticed.map { try Today.parse($0, option: "--noticed", near: today) }
        if let meeting, let noticedOn, meeting < noticedOn {
            throw CLIError.meetingBeforeNoticed(meeting: meeting, noticed: noticedOn)
        }
        let templates = try templateOptions.load()
        let document = try SingleDocument.load(agreement, ruleSet: try ruleSetOptions.load(), today: today, userTemplates: templates.customNames)
        let groups = document.agreement.groups
        let chosen: Group?
        if let group {
            chosen = document.agreement.group(named: group) ?? Self.group(calledByCommonName: group, in: document.agreement)
        } else {
            chosen = document.agreement.groups(ofKind: .individualForum).first
        }
        guard let chosen, chosen.kind?.value.hasMeetingDocument == true else {
            let documented = groups.filter { $0.kind?.value.hasMeetingDocument == true }
            let ids = documented.map(\.id.value)
            if let found = chosen {
                throw CLIError.groupWithoutDocument(agreement: agreement, group: Self.inSentence(found), documented: documented.map(Self.inSentence))
            }
            let list = documented.map { Self.idAndName($0, separator: " = ", closing: "") }.joined(separator: ", ")
            if let group {
                let meant = Self.meant(by: group, in: document.agreement, among: documented).map { Self.idAndName($0, separator: " (", closing: ")") }
                throw CLIError.noSuchGroup(agreement: agreement, group: group, documented: list, meant: meant)
            }
            if ids.isEmpty { throw CLIError.noDocumentedGroup(agreement: agreement) }
            throw CLIError.noIndividualForum(agreement: agreement, documented: list)
        }
        let isForum = chosen.kind?.value == .individualForum
        if isForum, let own = document.ownDocument(named: chosen.protocolTemplate?.value, userTemplates: templates.customNames) {
            throw SingleDocument.refusal(own, agreement: agreement, isForm: false)
        }
        if noticed != nil, !isForum {
            throw CLIError.noticedOnlyForForum(group: Self.inSentence(chosen))
        }
        // A need is noticed before the protocol is made: a later day is a mistyped date, which would give
        // a deadline still ahead and hide one already passed (the register, too, refuses a date after
        // today: BUS032). A protocol made ahead of time says so with --today.
        if let noticedOn, noticedOn > today {
            throw CLIError.noticedAfterToday(noticed: noticedOn, today: today, todayGiven: self.today != nil)
        }
        if isForum, let noticedOn {
            // The same sentences as the protocol shows.
            let deadline = ForumDeadline(noticed: noticedOn, group: chosen, ruleSet: document.ruleSet)
            for warning in deadline.warnings(meeting: meeting, today: today, validUntil: document.agreement.validity?.until?.value.endDate) {
                RunLanguage.note(sv: "bus-docs: varning: " + warning.asMessage.sv, en: "bus-docs: warning: " + warning.asMessage.en)
            }
        }
        if let notice = MeetingDayNotice.warning(meeting: meeting) {
            RunLanguage.note(sv: "bus-docs: varning: " + notice.asMessage.sv, en: "bus-docs: warning: " + notice.asMessage.en)
        }
        Self.warnIfNotInForce(document.agreement, meeting: meeting, today: today)
        try outputOptions.emit(.group(document, group: chosen, date: meeting, noticed: noticedOn, today: today), templates: templates, refusing: [agreement])
        try SingleDocument.failIfErrors(document)
    }

    /// A repealed agreement, one not yet decided, or a meeting (or, without `--date`, today) outside the
    /// agreement's validity (`InForceNotice`): the document says so at its top, and the chair is told on
    /// stderr too, as for a late meeting. The document is still made.
    static func warnIfNotInForce(_ agreement: Agreement, meeting: LocalDate?, today: LocalDate) {
        guard let notice = InForceNotice.judge(agreement, meeting: meeting, today: today) else { return }
        RunLanguage.note(sv: "bus-docs: varning: " + notice.text.sv, en: "bus-docs: warning: " + notice.text.en)
    }
}

extension Protocol {
    /// The group a common name of its kind means ("lokala BUS-gruppen", "BUS-gruppen", "ledningsgruppen"
    /// for the steering group: `GroupKind(commonName:)`, the words `import` reads groups by) when the
    /// agreement has one group of that kind; two are told apart by their ids or names only.
    static func group(calledByCommonName text: String, in agreement: Agreement) -> Group? {
        guard let kind = GroupKind(commonName: text) else { return nil }
        let ofKind = agreement.groups(ofKind: kind)
        return ofKind.count == 1 ? ofKind[0] : nil
    }

    /// The group a name that names none probably means: one whose id, kind or a word of its name is a
    /// word of the text ("BUS styrgrupp 2027" → styrgrupp), else the nearest by spelling ("individfroum").
    static func meant(by text: String, in agreement: Agreement, among groups: [Group]) -> Group? {
        let written = Agreement.groupNameWords(text, area: agreement.area?.value)
        let byWord = groups.filter { group in
            var words = Agreement.groupNameWords(group.name?.value ?? "", area: agreement.area?.value)
            words.insert(NameKey.stripEndings(group.id.value.folded()))
            if let kind = group.kind?.value { words.insert(NameKey.stripEndings(kind.rawValue.folded())) }
            return !written.isDisjoint(with: words.filter { $0.count > 4 })
        }
        if byWord.count == 1 { return byWord[0] }
        let names = groups.flatMap { [$0.id.value] + ($0.name.map { [$0.value] } ?? []) }
        return Suggestion.nearest(to: text, in: names).flatMap { near in
            groups.first { $0.id.value == near || $0.name?.value == near }
        }
    }

    /// "styrgrupp = BUS lokal styrgrupp Nacka" or "styrgrupp (BUS lokal styrgrupp Nacka)", or the id
    /// alone when the group has no other name.
    /// A group as a message names it in a sentence: by its name ("BUS lokal styrgrupp Nacka"), else its id.
    static func inSentence(_ group: Group) -> String {
        group.name?.value ?? group.id.value
    }

    static func idAndName(_ group: Group, separator: String, closing: String) -> String {
        guard let name = group.name?.value, name.lowercased() != group.id.value.lowercased() else { return group.id.value }
        return group.id.value + separator + name + closing
    }
}

/// Reading one agreement for a single document: its findings go to stderr; without a model, or with
/// personal data in it (`WithheldAgreement`), exit 1 and no document.
enum SingleDocument {
    static func load(_ path: String, ruleSet: RuleSet?, today: LocalDate, userTemplates: [String]) throws -> DocumentSource {
        let checked = try CheckedAgreement.load(path, validator: Validator(ruleSet: ruleSet, today: today, userTemplates: userTemplates))
        let errors = checked.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            // Every finding, warnings too, as `check` prints them: the summary counts what `check` counts.
            let report = CheckReport(files: [CheckReport.File(path: path, source: checked.parsed.source, diagnostics: checked.diagnostics)])
            let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
            FileHandle.standardError.write(Data(TextFormatter().format(report, language: language).utf8))
        }
        guard let document = checked.document else { throw ExitCode(1) }
        try WithheldAgreement.refuseDocument(of: path, checked.diagnostics)
        if !errors.isEmpty {
            // The document is still made (a meeting cannot wait for a corrected agreement), but not in silence:
            // what it shows may be wrong where the errors are, and a part of it left blank.
            let rules = Set(errors.map(\.ruleID)).sorted().joined(separator: ", ")
            RunLanguage.note(
                sv: "bus-docs: varning: överenskommelsen har \(errors.count) fel (\(rules)); dokumentet skrivs ändå (slutstatus 1), men det som felen gäller är tomt eller kan vara fel — rätta överenskommelsen (bus-docs check \(path) visar felen)",
                en: "bus-docs: warning: the agreement has \(errors.count) \(errors.count == 1 ? "error" : "errors") (\(rules)); the document is written all the same (exit status 1), but what the errors concern is blank or may be wrong — correct the agreement (bus-docs check \(path) shows the errors)")
        }
        return document
    }

    /// After the document is written: exit status 1 when the agreement has errors, as `check` and `build`
    /// give it, so that a script preparing documents (for signing, for a meeting) does not take it as fine.
    static func failIfErrors(_ document: DocumentSource) throws {
        if document.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// The routine's `blankett:` (or a forum's `protokoll:`) names the area's own attachment: bus-docs
    /// makes none in its place, and names the file beside the agreement — or says it is not there.
    static func refusal(_ own: Attachment, agreement: String, isForm: Bool) -> CLIError {
        let title = own.title?.value ?? own.id?.value ?? ""
        let file = ((agreement as NSString).deletingLastPathComponent as NSString).appendingPathComponent(AttachmentFile.sitePath(of: own.file?.value ?? ""))
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else {
            return .ownDocumentMissing(agreement: agreement, title: title, file: file, isForm: isForm)
        }
        return .ownDocument(agreement: agreement, title: title, file: file, isForm: isForm)
    }

    /// Renders, and checks the markup as `build` does (`TemplateSet.checkMarkup`).
    static func rendering(templates: TemplateSet, _ render: () throws -> String) throws -> String {
        let output = try render()
        try templates.checkMarkup(of: "document", output)
        return output
    }
}
