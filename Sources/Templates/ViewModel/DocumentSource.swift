import BUSDocsKit

/// One checked agreement, as the renderers receive it: the model, its findings, its rule set and the
/// names of the files generated for it.
public struct DocumentSource: Sendable {
    public var agreement: Agreement
    public var diagnostics: [Diagnostic]
    public var ruleSet: RuleSet
    /// The agreement's file name without `.md`: its folder in the site.
    public var slug: String
    /// The latest yearly follow-up of its area in the site (`build --register`), from the site's root.
    public var followUpReport: ReportLink?
    /// The day it was checked against (`--today`): whether its validity has begun or ended is said on
    /// that day. Nil: not judged.
    public var today: LocalDate?
    /// The attachments' files as found beside the agreement, when it is published (`build`, `serve`):
    /// the page links only those that are published. Nil: not looked for (a document that names its
    /// attachments without links, a test), and the page links every `fil:` as written.
    public var attachmentFiles: [AttachmentFile]?

    public init(agreement: Agreement, diagnostics: [Diagnostic], ruleSet: RuleSet, slug: String, today: LocalDate? = nil) {
        self.agreement = agreement
        self.diagnostics = diagnostics
        self.ruleSet = ruleSet
        self.slug = slug
        self.today = today
    }

    /// The badge of its page and its row on the index.
    var status: StatusView {
        StatusView(diagnostics, status: agreement.status?.value, validity: agreement.validity, today: today)
    }

    /// Whether its validity ended before `today`.
    var hasExpired: Bool {
        guard let today, let end = agreement.validity?.until?.value.endDate else { return false }
        return end < today
    }

    /// The groups that get a protocol (individforum) or an agenda (the others), in file order.
    /// A repeated group id (a BUS019 error) gets no second document: file names come from ids.
    var documentedGroups: [Group] {
        var seen: Set<String> = []
        return agreement.groups.filter { group in
            group.kind?.value.hasMeetingDocument == true && seen.insert(group.id.value).inserted
        }
    }

    /// The area's own document that a `blankett:` or `protokoll:` names: an attachment with a file (not
    /// a `mall:`), when no template — built in, or in `--templates` — has that name. bus-docs makes no
    /// document in its place: the area's own is the one to use.
    public func ownDocument(named reference: String?, userTemplates: [String]) -> Attachment? {
        guard let reference, !ruleSet.templates.contains(reference), !userTemplates.contains(reference),
              let attachment = agreement.attachment(named: reference), attachment.file != nil, attachment.template == nil
        else { return nil }
        return attachment
    }

    /// The link to an attachment's file from the agreement's page (percent-encoded: "Bilaga 1 – rutin.pdf"),
    /// or nil when its file was looked for and is not published.
    func href(forFile file: Located<String>) -> String? {
        guard let attachmentFiles else {
            // A name written encoded stays as it is.
            return SourceRoot.encode(file.value.removingPercentEncoding ?? file.value)
        }
        let found = attachmentFiles.first { $0.reference.location == file.location }
            ?? attachmentFiles.first { $0.sitePath == AttachmentFile.sitePath(of: file.value) }
        return found.flatMap { $0.isPublished ? SourceRoot.encode($0.sitePath) : nil }
    }

    /// The names of the files bus-docs makes in the agreement's folder of a site.
    public var generatedFiles: Set<String> {
        Set(["index.html", Self.deviationFormFile] + documentedGroups.map(Self.documentFile(for:)))
    }

    /// The file name of a group's protocol or agenda in the agreement's folder.
    public static func documentFile(for group: Group) -> String {
        (group.kind?.value == .individualForum ? "protokoll-" : "dagordning-") + group.id.value.folded() + ".html"
    }

    public static let deviationFormFile = "avvikelseblankett.html"
}

/// Where an area's part of a yearly follow-up is published: `uppfoljning/2025.html#nacka-2023`.
public struct ReportLink: Sendable, Equatable {
    public var year: Int
    public var href: String

    public init(year: Int, href: String) {
        self.year = year
        self.href = href
    }
}
