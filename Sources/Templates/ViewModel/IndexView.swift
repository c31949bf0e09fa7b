import BUSDocsKit

/// The site's front page (`index.mustache`): every agreement, then the comparison across agreements —
/// the equality (likvärdighet) view — where values that differ from the most common one stand out.
public struct IndexView {
    struct Entry {
        var title: String
        var area: String
        var kind: String
        var validity: String
        var status: StatusView
        /// "2 fel, 1 varning", or nil when the check found nothing.
        var counts: String?
        var href: String
        /// The area's latest yearly follow-up, when the site has one.
        var followUpReport: AgreementView.LinkView?
        /// The agreement's file, shown where another agreement is for the same area, to tell them apart.
        var file: String?
    }

    struct Cell {
        var text: String
        var differs: Bool
        var missing: Bool
    }

    struct Row {
        var area: String
        var href: String
        var cells: [Cell]
    }

    var entries: [Entry]
    var columns: [String]
    var rows: [Row]
    var count: Int
    /// "1 överenskommelse", "12 överenskommelser".
    var countWords: String

    /// What the front page needs of one agreement, taken when the agreement is rendered, so a site of
    /// thousands of agreements need not keep them all.
    /// What the front page keeps of an agreement (made by `SiteBuilder.summary(of:)`).
    public struct Summary: Sendable {
        var entry: Entry
        var area: String
        var href: String
        var provided: Set<String>
        var mandatoryServices: [String]
        /// Swedish names of its rule set's services, for the column heads.
        var serviceNames: [String: String]
        /// The columns after the services: tiers, steering group, individforum, school, consent, receiver, follow-up, validity.
        var values: [String?]
        /// False for an agreement that cannot be read: listed, but left out of the comparison.
        var readable = true
        /// The agreement's file name (`tyreso-2026.md`).
        var fileName: String

        init(unreadable source: UnreadableSource) {
            entry = Entry(title: source.fileName, area: "–", kind: "–", validity: "–", status: source.withheld ? .withheld : .unreadable,
                          counts: IndexView.counts(source.diagnostics), href: IndexView.pageHref(source.slug))
            area = source.fileName
            fileName = source.fileName
            href = entry.href
            provided = []
            mandatoryServices = []
            serviceNames = [:]
            values = []
            readable = false
        }

        init(_ source: DocumentSource) {
            let (from, until) = Wording.validity(source.agreement.validity)
            entry = Entry(
                title: source.agreement.title?.value ?? source.slug, area: source.agreement.area?.value ?? "–",
                kind: Wording.kind(source.agreement.kind?.value), validity: "\(from) – \(until)",
                status: source.status,
                counts: IndexView.counts(source.diagnostics),
                href: IndexView.pageHref(source.slug),
                followUpReport: source.followUpReport.map { AgreementView.LinkView(title: "Uppföljning \($0.year)", href: $0.href) })
            area = source.agreement.area?.value ?? source.slug
            fileName = source.slug + ".md"
            href = IndexView.pageHref(source.slug)
            // A party still named by `new`'s placeholder is not yet a provider: the service shows as missing.
            provided = Set(source.agreement.parties.filter { !IndexView.isPlaceholder($0.name?.value, ruleSet: source.ruleSet) }.flatMap { $0.services.map(\.value) })
            mandatoryServices = source.ruleSet.mandatoryServices
            serviceNames = Dictionary(uniqueKeysWithValues: mandatoryServices.map { ($0, source.ruleSet.documentName($0)) })
            values = IndexView.values(of: source)
        }
    }

    init(_ sources: [DocumentSource]) {
        self.init(summaries: sources.map(Summary.init))
    }

    init(summaries given: [Summary]) {
        // Two agreements for one area (a draft beside the one in force, two drafts to compare): each by
        // its file too, in the list and in the comparison.
        var areaCounts: [String: Int] = [:]
        for summary in given { areaCounts[summary.area, default: 0] += 1 }
        // In Swedish alphabetical order of the area (Älvsjö after Vallentuna); one area's agreements in
        // the order given (by file).
        let ordered = SwedishOrder.sorted(given, by: \.area)
        let all = ordered.map { summary in
            guard areaCounts[summary.area, default: 0] > 1 else { return summary }
            var told = summary
            told.entry.file = summary.fileName
            told.area = "\(summary.area) (\(summary.fileName))"
            return told
        }
        entries = all.map(\.entry)
        count = all.count
        countWords = "\(all.count) " + (all.count == 1 ? "överenskommelse" : "överenskommelser")
        let summaries = all.filter(\.readable)
        var services: [String] = []
        for service in summaries.flatMap(\.mandatoryServices) where !services.contains(service) { services.append(service) }
        let names = summaries.first?.serviceNames ?? [:]
        columns = services.map { Self.shortName(names[$0] ?? $0) }
            + ["Nivåer", "Styrgrupp möts", "Individforum inom", "Skolan och SIP", "Samtycke", "Mottagare av avvikelser", "Uppföljning", "Gäller till"]
        let table: [[String?]] = summaries.map { summary in
            services.map { summary.provided.contains($0) ? "finns" : nil } + summary.values
        }
        let usual = columns.indices.map { column in Self.usualValue(in: table.map { $0[column] }) }
        rows = zip(summaries, table).map { summary, values in
            Row(area: summary.area, href: summary.href,
                cells: values.enumerated().map { column, value in
                    Cell(text: value ?? "saknas", differs: Self.differs(value, from: usual[column]), missing: value == nil)
                })
        }
    }

    /// "BUP (barn- och ungdomspsykiatri)" → "BUP", "socialtjänst (…)" → "Socialtjänst": column heads stay narrow.
    static func shortName(_ name: String) -> String {
        let short = name.split(separator: " (").first.map(String.init) ?? name
        return short.capitalizedFirst
    }

    /// A party name `new` left for the authors: "Ange partens namn i Täby (…)", "… (ange enhetens namn)".
    static func isPlaceholder(_ name: String?, ruleSet: RuleSet) -> Bool {
        guard let name else { return false }
        if AgreementDraft.generatedService(ofName: name, ruleSet: ruleSet) != nil { return true }
        let lowered = name.lowercased()
        return lowered.contains("(ange") || lowered.hasPrefix("ange ") || lowered.contains("ange partens namn")
    }

    /// The link to an agreement's page: its folder is named after the file ("Värmdö 2026"), and a space
    /// or an "ö" in a link is written percent-encoded (`V%C3%A4rmd%C3%B6%202026/index.html`).
    static func pageHref(_ slug: String) -> String {
        SourceRoot.encode(slug) + "/index.html"
    }

    static func counts(_ diagnostics: [Diagnostic]) -> String? {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let parts = (errors > 0 ? ["\(errors) fel"] : []) + (warnings > 0 ? ["\(warnings) \(warnings == 1 ? "varning" : "varningar")"] : [])
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// One agreement's values for the comparison columns after the services; nil where it says nothing.
    /// A receiver the rule set knows is shown by the body's name, so "BUS-SAM" and "BUSSAM:s sekretariat"
    /// compare equal.
    static func values(of source: DocumentSource) -> [String?] {
        let a = source.agreement
        let tiers = a.groups.compactMap { $0.kind.map { Wording.groupKind($0.value).lowercased() } }
        let steering = a.groups(ofKind: .steeringGroup).first?.meetings.map { Wording.cadence($0.value) }
        let forum: String? = a.groups(ofKind: .individualForum).first.flatMap { group in
            if case .whenNeeded(let days?)? = group.meetings?.value { return "\(days.value) dagar" }
            return nil
        }
        let school = a.sip?.school.map { $0.value.rawValue }
        let consent = a.consent.map { $0.value.rawValue }
        // By the name the current rule set gives the body (the samrådsgrupp, not BUSSAM), so that agreements
        // written under bus-2012 and hök-2022 compare equal when they send to the same body; by the name the
        // agreement's own rule set gives it when only that one knows it.
        let receiver = a.deviations?.receiver.map { written in
            for ruleSet in [RuleSet.current, source.ruleSet] {
                if let body = ruleSet.body(named: written.value) { return ruleSet.deviationReceivers.first(where: body.isNamed) ?? body.name }
            }
            return written.value
        }
        let followUp = a.followUp?.period.map { Wording.period($0.value) }
        return [
            tiers.isEmpty ? nil : tiers.joined(separator: ", "), steering, forum, school, consent, receiver, followUp,
            Wording.validity(a.validity).until,
        ]
    }

    /// What a column's values are measured against: `.uniform` when it holds at most one value, the value
    /// most agreements share, or `.none` when two or more values share the lead.
    enum Usual: Equatable {
        case uniform
        case value(String)
        case none
    }

    static func usualValue(in column: [String?]) -> Usual {
        var counts: [String: Int] = [:]
        for case let item? in column { counts[item, default: 0] += 1 }
        guard counts.count > 1, let most = counts.values.max() else { return .uniform }
        let leaders = counts.filter { $0.value == most }
        return leaders.count == 1 ? .value(leaders.keys.first!) : .none
    }

    /// A value stands out when it is missing, or when its column holds more than one value and it is not
    /// the one most agreements share. Where no value is the most common, none is the odd one out.
    static func differs(_ value: String?, from usual: Usual) -> Bool {
        guard let value else { return true }
        switch usual {
        case .uniform, .none: return false
        case .value(let leader): return value != leader
        }
    }
}

// MARK: Template variables

extension IndexView: TemplateView {
    // IndexView is public (`SiteBuilder.summary(of:)` hands out its summaries), so its lookup must be too.
    public func child(named name: String) -> Any? { value(named: name).object }

    static let fields = TemplateFields<IndexView>([
        ("entries", { $0.entries }),
        ("columns", { $0.columns }),
        ("rows", { $0.rows }),
        ("count", { $0.count }),
        ("countWords", { $0.countWords }),
    ])
}

extension IndexView.Entry: TemplateView {
    static let fields = TemplateFields<IndexView.Entry>([
        ("title", { $0.title }),
        ("area", { $0.area }),
        ("kind", { $0.kind }),
        ("validity", { $0.validity }),
        ("status", { $0.status }),
        ("counts", { $0.counts }),
        ("href", { $0.href }),
        ("followUpReport", { $0.followUpReport }),
        ("file", { $0.file }),
    ])
}

extension IndexView.Cell: TemplateView {
    static let fields = TemplateFields<IndexView.Cell>([
        ("text", { $0.text }),
        ("differs", { $0.differs }),
        ("missing", { $0.missing }),
    ])
}

extension IndexView.Row: TemplateView {
    static let fields = TemplateFields<IndexView.Row>([
        ("area", { $0.area }),
        ("href", { $0.href }),
        ("cells", { $0.cells }),
    ])
}
