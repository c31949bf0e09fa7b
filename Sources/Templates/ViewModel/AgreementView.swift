import BUSDocsKit
import Foundation

/// Everything the agreement page template (`agreement.mustache`) shows. See Templates/README.md.
struct AgreementView {
    struct GroupView {
        var id: String
        /// The HTML id of the group's heading, unique on the page even when ids repeat (a BUS019 error).
        var anchor: String
        var name: String
        /// The name inside a sentence: "Ledamöter i lokala BUS-gruppen" (`Wording.inText`).
        var nameInText: String
        var kind: String
        /// The kind, to write after the name; nil when the name says no more than the kind ("Individforum").
        var kindNote: String? { name.lowercased() == kind.lowercased() ? nil : kind }
        var members: [PersonRole]
        var hasMembers: Bool
        var cadence: String
        var chair: String?
        var convener: String?
        /// An individforum's minutes, as the regional agreement asks: "Protokoll förs på den fasta
        /// protokollmallen (bilaga: Arbetsform för BUS individforum)."
        var minutes: String?
        var document: LinkView?
    }

    struct LinkView {
        var title: String
        /// Nil: named without a link.
        var href: String?
        /// Why an attachment is named without a link: its file is not in the site ("filen saknas").
        var note: String?

        init(title: String, href: String?, note: String? = nil) {
            self.title = title
            self.href = href
            self.note = note
        }

        /// An attachment's file: linked when it is published, else named with why not.
        init(title: String, file: Located<String>, in source: DocumentSource) {
            let href = source.href(forFile: file)
            let found = source.attachmentFiles?.first { $0.sitePath == AttachmentFile.sitePath(of: file.value) }?.found
            self.init(title: title, href: href, note: href != nil ? nil : found == .missing ? "filen saknas" : "filen publiceras inte")
        }
    }

    struct DeviationView {
        var steps: [String]
        var receiver: String
        var form: LinkView?
    }

    struct RevisionView {
        var date: String
        var description: String
    }

    struct FollowUpView {
        var period: String
        var owner: String
        var indicators: [String]
        /// Whether there are indicators: without them, neither "Indikatorer:" nor an empty list is shown.
        var hasIndicators: Bool { !indicators.isEmpty }
    }

    var title: String
    var area: String
    var municipality: String
    var districts: String?
    var kind: String
    var ruleSet: String
    /// What the check found, on a site's page; the document to sign shows only a status the agreement
    /// gives itself (Utkast, Remissversion, Upphävd) and no findings: it is signed, not checked.
    var status: StatusView?
    var diagnostics: [DiagnosticView]
    var hasDiagnostics: Bool
    var validFrom: String
    var validUntil: String
    /// "Gäller från 2017-01-01 tills vidare." / "Gäller från 2023-01-01 till och med 2027-12-31."
    var validity: String
    var revisions: [RevisionView]
    var hasRevisions: Bool
    var parties: [PartyView]
    var uncoveredServices: [String]
    var hasUncoveredServices: Bool
    var groups: [GroupView]
    var deviation: DeviationView?
    var consent: String
    var sipInitiators: String?
    var schoolSIP: String?
    var followUp: FollowUpView?
    /// The area's latest yearly follow-up in the site, when `build --register` made one.
    var followUpReport: LinkView?
    var signatories: [PersonRole]
    var attachments: [LinkView]
    var hasAttachments: Bool { !attachments.isEmpty }
    var bodyHTML: String
    var sourceFile: String

    /// `inSite`: the page is part of a published site, beside the agendas, protocols, form and follow-up
    /// it links to. The document to sign (`agreement`) stands alone: it names its attachments without
    /// links, since nothing it could link to travels with it.
    init(_ source: DocumentSource, bodyHTML: String, inSite: Bool = true) {
        let a = source.agreement, ruleSet = source.ruleSet
        title = a.title?.value ?? "Lokal BUS-överenskommelse"
        area = a.area?.value ?? "–"
        municipality = a.municipality?.value ?? "–"
        districts = a.cityDistricts.isEmpty ? nil : a.cityDistricts.map(\.value).joined(separator: ", ")
        kind = Wording.kind(a.kind?.value)
        // The rule set by its name: its id (`hök-2022`) is a value of the file, not a word of the document.
        self.ruleSet = ruleSet.name
        status = inSite ? source.status : StatusView.stated(a.status?.value)
        diagnostics = inSite ? source.diagnostics.map { DiagnosticView($0) } : []
        hasDiagnostics = !diagnostics.isEmpty
        (validFrom, validUntil) = Wording.validity(a.validity)
        let start = a.validity?.from == nil ? "undertecknandet" : validFrom
        if case .date? = a.validity?.until?.value {
            validity = "\(source.hasExpired ? "Gällde" : "Gäller") från \(start) till och med \(validUntil)."
        } else {
            validity = "Gäller från \(start) \(validUntil)."
        }
        revisions = a.revisions.map { RevisionView(date: Wording.date($0.date?.value), description: $0.description?.value ?? "") }
        hasRevisions = !revisions.isEmpty
        parties = a.parties.map { PartyView($0, ruleSet: ruleSet) }
        uncoveredServices = ruleSet.mandatoryServices.filter { !a.provides($0) }.map { ruleSet.documentName($0) }
        hasUncoveredServices = !uncoveredServices.isEmpty
        var anchors: [String: Int] = [:]
        groups = a.groups.map { group in
            var view = Self.groupView(group, in: source)
            if !inSite { view.document = nil }
            anchors[view.id, default: 0] += 1
            view.anchor = "grupp-" + view.id + (anchors[view.id]! > 1 ? "-\(anchors[view.id]!)" : "")
            return view
        }
        deviation = a.deviations.map { routine in
            DeviationView(
                steps: ([routine.firstStep?.value].compactMap { $0 } + routine.escalation.map(\.value)).map { step in
                    // Items of a list: "Närmaste chef", whatever case the front matter writes.
                    (a.group(named: step).map { $0.name?.value ?? $0.id.value } ?? step).capitalizedFirst
                },
                receiver: routine.receiver?.value ?? "–",
                form: inSite ? routine.form.map { form in
                    // The area's own form (an attachment) is linked where the attachment list links it.
                    if let own = source.ownDocument(named: form.value, userTemplates: []) {
                        return own.file.map { LinkView(title: own.title?.value ?? "Avvikelseblankett", file: $0, in: source) }
                            ?? LinkView(title: own.title?.value ?? "Avvikelseblankett", href: nil)
                    }
                    return LinkView(title: "Avvikelseblankett", href: DocumentSource.deviationFormFile)
                } : nil)
        }
        consent = Wording.consent(a.consent?.value)
        sipInitiators = a.sip.map { $0.initiators.map { ruleSet.documentName($0.value) }.joined(separator: ", ") }
        schoolSIP = a.sip?.school.map { $0.value == .shall ? "Skolan ska kalla till SIP." : "Skolan kan kalla till SIP." }
        followUp = a.followUp.map { followUp in
            FollowUpView(
                period: Wording.period(followUp.period?.value),
                owner: followUp.owner.map { owner in a.group(named: owner.value).map { $0.name?.value ?? $0.id.value } ?? owner.value } ?? "–",
                indicators: followUp.indicators.map { Wording.indicator($0.value, in: a) })
        }
        followUpReport = !inSite ? nil : source.followUpReport.map { LinkView(title: "Uppföljning \($0.year)", href: "../" + $0.href) }
        signatories = a.signatories.map { PersonRole(role: $0.role?.value, party: $0.party, in: a) }
        attachments = a.attachments.map { attachment in
            let title = attachment.title?.value ?? "Bilaga"
            guard inSite else { return LinkView(title: title, href: nil) }
            if let template = attachment.template?.value {
                return LinkView(title: title, href: Self.href(forTemplate: template, in: source))
            }
            // A file named "Bilaga 1 – rutin.pdf" is linked percent-encoded; one not in the site is not linked.
            return attachment.file.map { LinkView(title: title, file: $0, in: source) } ?? LinkView(title: title, href: "")
        }
        self.bodyHTML = bodyHTML
        sourceFile = source.slug + ".md"
    }

    static func groupView(_ group: Group, in source: DocumentSource) -> GroupView {
        let a = source.agreement
        let members = PersonRole.members(of: group, in: a)
        var chair: String?
        switch group.chair?.value {
        case .rotating(let turns, let period)?:
            // After "Ordförande:", in running text: "växlar varje termin …".
            let rotation = Wording.rotation(turns.map(\.value), period: period?.value, in: a)
            chair = rotation.prefix(1).lowercased() + rotation.dropFirst()
        case .fixed(let party)?:
            chair = a.party(withID: party.value)?.name?.value ?? party.value
        case nil:
            chair = nil
        }
        let documented = source.documentedGroups.contains { $0.id == group.id }
        // A forum whose protocol is the area's own (an attachment) links to it, as the attachment list does.
        let own = group.kind?.value == .individualForum ? source.ownDocument(named: group.protocolTemplate?.value, userTemplates: []) : nil
        // What the front matter's `protokoll:` says is said in the text that is signed, naming the attachment
        // that holds the template when there is one.
        let minutes = group.kind?.value != .individualForum ? nil : group.protocolTemplate.map { template in
            let attachment = own ?? a.attachments.first { $0.template?.value == template.value }
            return "Protokoll förs på den fasta protokollmallen" + (attachment.map { " (bilaga: \($0.title?.value ?? "Protokollmall"))" } ?? "") + "."
        }
        return GroupView(
            id: group.id.value, anchor: "grupp-" + group.id.value, name: group.name?.value ?? group.id.value,
            nameInText: Wording.inText(group.name?.value ?? group.id.value), kind: Wording.groupKind(group.kind?.value),
            members: members, hasMembers: !members.isEmpty, cadence: Wording.cadence(group.meetings?.value), chair: chair,
            convener: PersonRole.convener(of: group, in: a), minutes: minutes,
            document: own.map { own in
                let title = own.title?.value ?? "Protokollmall"
                return own.file.map { LinkView(title: title, file: $0, in: source) } ?? LinkView(title: title, href: nil)
            } ?? (!documented ? nil : LinkView(
                title: group.kind?.value == .individualForum ? "Protokollmall" : "Dagordning och minnesanteckningar",
                href: DocumentSource.documentFile(for: group))))
    }

    /// Attachments that name a built-in form link to the generated one.
    static func href(forTemplate template: String, in source: DocumentSource) -> String {
        if template == "avvikelseblankett" { return DocumentSource.deviationFormFile }
        let group = source.documentedGroups.first { $0.protocolTemplate?.value == template || $0.id.value == template }
        return group.map(DocumentSource.documentFile(for:)) ?? ""
    }
}

// MARK: Template variables

extension AgreementView: TemplateView {
    static let fields = TemplateFields<AgreementView>([
        ("title", { $0.title }),
        ("area", { $0.area }),
        ("municipality", { $0.municipality }),
        ("districts", { $0.districts }),
        ("kind", { $0.kind }),
        ("ruleSet", { $0.ruleSet }),
        ("status", { $0.status }),
        ("diagnostics", { $0.diagnostics }),
        ("hasDiagnostics", { $0.hasDiagnostics }),
        ("validFrom", { $0.validFrom }),
        ("validUntil", { $0.validUntil }),
        ("validity", { $0.validity }),
        ("revisions", { $0.revisions }),
        ("hasRevisions", { $0.hasRevisions }),
        ("parties", { $0.parties }),
        ("uncoveredServices", { $0.uncoveredServices }),
        ("hasUncoveredServices", { $0.hasUncoveredServices }),
        ("groups", { $0.groups }),
        ("deviation", { $0.deviation }),
        ("consent", { $0.consent }),
        ("sipInitiators", { $0.sipInitiators }),
        ("schoolSIP", { $0.schoolSIP }),
        ("followUp", { $0.followUp }),
        ("followUpReport", { $0.followUpReport }),
        ("signatories", { $0.signatories }),
        ("attachments", { $0.attachments }),
        ("hasAttachments", { $0.hasAttachments }),
        ("bodyHTML", { $0.bodyHTML }),
        ("sourceFile", { $0.sourceFile }),
    ])
}

extension AgreementView.GroupView: TemplateView {
    static let fields = TemplateFields<AgreementView.GroupView>([
        ("id", { $0.id }),
        ("anchor", { $0.anchor }),
        ("name", { $0.name }),
        ("nameInText", { $0.nameInText }),
        ("kind", { $0.kind }),
        ("kindNote", { $0.kindNote }),
        ("members", { $0.members }),
        ("hasMembers", { $0.hasMembers }),
        ("cadence", { $0.cadence }),
        ("chair", { $0.chair }),
        ("convener", { $0.convener }),
        ("minutes", { $0.minutes }),
        ("document", { $0.document }),
    ])
}

extension AgreementView.LinkView: TemplateView {
    static let fields = TemplateFields<AgreementView.LinkView>([
        ("title", { $0.title }),
        ("href", { $0.href }),
        ("note", { $0.note }),
    ])
}

extension AgreementView.DeviationView: TemplateView {
    static let fields = TemplateFields<AgreementView.DeviationView>([
        ("steps", { $0.steps }),
        ("receiver", { $0.receiver }),
        ("form", { $0.form }),
    ])
}

extension AgreementView.RevisionView: TemplateView {
    static let fields = TemplateFields<AgreementView.RevisionView>([
        ("date", { $0.date }),
        ("description", { $0.description }),
    ])
}

extension AgreementView.FollowUpView: TemplateView {
    static let fields = TemplateFields<AgreementView.FollowUpView>([
        ("period", { $0.period }),
        ("owner", { $0.owner }),
        ("indicators", { $0.indicators }),
        ("hasIndicators", { $0.hasIndicators }),
    ])
}
