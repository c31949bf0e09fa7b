import BUSDocsKit

/// render: turns one checked agreement into its documents through the templates.
public struct DocumentRenderer: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case html, md
    }

    public var templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The agreement's own page. Without `siteHome` it is the document to sign, on its own: no links to
    /// the documents a site has beside it.
    public func agreementPage(_ source: DocumentSource, siteHome: String? = "../index.html") throws -> String {
        let body = CommonMarkConverter.html(from: SignedText.markdown(of: source.agreement), headingOffset: 1)
        return try page(AgreementView(source, bodyHTML: body, inSite: siteHome != nil), template: "agreement", title: source.agreement.title?.value ?? source.slug, home: siteHome,
                        stylesheetLink: Self.stylesheetLink(siteHome))
    }

    /// The page of an agreement file that cannot be read: its findings with the lines around them.
    public func unreadablePage(_ source: UnreadableSource, siteHome: String? = "../index.html") throws -> String {
        try page(UnreadableView(source), template: "unreadable", title: source.fileName + (source.withheld ? " – publiceras inte" : " – kan inte läsas"), home: siteHome, stylesheetLink: Self.stylesheetLink(siteHome))
    }

    /// The protocol template (individforum) or agenda (standing groups) for one group.
    public func groupDocument(
        _ source: DocumentSource, group: Group, date: LocalDate?, noticed: LocalDate?, today: LocalDate,
        format: Format = .html, siteHome: String? = nil
    ) throws -> String {
        let name = group.kind?.value == .individualForum
            ? templates.name(group.protocolTemplate?.value, else: "protocol-individforum", format: format) : "agenda"
        if group.kind?.value == .individualForum {
            let view = ProtocolView(source, group: group, date: date, noticed: noticed, today: today)
            return try page(view, template: name, title: view.title, home: siteHome, stylesheetLink: Self.stylesheetLink(siteHome), format: format)
        }
        let view = AgendaView(source, group: group, date: date, today: today)
        return try page(view, template: name, title: view.title, home: siteHome, stylesheetLink: Self.stylesheetLink(siteHome), format: format)
    }

    /// The deviation form.
    public func deviationForm(_ source: DocumentSource, format: Format = .html, siteHome: String? = nil) throws -> String {
        let title = "Avvikelseblankett – " + (source.agreement.area?.value ?? "")
        let name = templates.name(source.agreement.deviations?.form?.value, else: "avvikelseblankett", format: format)
        return try page(DeviationFormView(source), template: name, title: title, home: siteHome, stylesheetLink: Self.stylesheetLink(siteHome), format: format)
    }

    /// Two versions of an agreement compared: changes in substance, findings, and the text as a redline.
    public func comparison(_ comparison: AgreementComparison) throws -> String {
        let title = "Ändringar – " + (comparison.new.parsed.agreement?.title?.value ?? comparison.new.label)
        return try page(ComparisonView(comparison), template: "diff", title: title, home: nil, madeFrom: .twoVersions)
    }

    /// The yearly follow-up across areas (`report.mustache`).
    public func followUpReport(_ report: FollowUpReport, ruleSets: [String: RuleSet], format: Format = .html, siteHome: String? = nil) throws -> String {
        let view = ReportView(report, ruleSets: ruleSets)
        return try page(view, template: "report", title: view.title, home: siteHome,
                        stylesheetLink: Self.stylesheetLink(siteHome), format: format, madeFrom: .register)
    }

    /// The front page with the comparison across agreements.
    public func index(_ sources: [DocumentSource]) throws -> String {
        try index(summaries: sources.map(IndexView.Summary.init))
    }

    public func index(summaries: [IndexView.Summary]) throws -> String {
        try page(IndexView(summaries: summaries), template: "index", title: "Lokala BUS-överenskommelser", home: nil, stylesheetLink: Self.stylesheetFile, madeFrom: .agreements)
    }

    /// The site's one stylesheet file, at its top beside `index.html`: every page of a site links it
    /// instead of carrying its own copy (`SiteBuilder.stylesheet`).
    public static let stylesheetFile = "style.css"

    /// The link from a page of a site to its stylesheet: every page but the index is one folder down
    /// (an agreement's folder, `uppfoljning/`). Nil for a document on its own, which carries the stylesheet.
    static func stylesheetLink(_ siteHome: String?) -> String? {
        siteHome == nil ? nil : "../" + stylesheetFile
    }

    /// Wraps a view in the page envelope every template sees (`page`, `title`, `stylesheet`, `stylesheetLink`,
    /// `home`, `madeFrom`).
    private func page(_ view: some TemplateView, template: String, title: String, home: String?, stylesheetLink: String? = nil,
                      format: Format = .html, madeFrom: Page.Source = .agreement) throws -> String {
        let name = format == .md ? template + ".md" : template
        return try templates.render(Page(title: title, stylesheet: templates.stylesheet, stylesheetLink: stylesheetLink, home: home,
                                         madeFrom: madeFrom.words, page: view), with: name)
    }
}

/// What every template renders: the document's view under `page`, and what the layout needs.
struct Page {
    /// What a document is made from, as the footer says it: "Skapad med bus-docs från …".
    enum Source {
        case agreement, agreements, register, twoVersions

        var words: String {
            switch self {
            case .agreement: "överenskommelsens källfil"
            case .agreements: "överenskommelsernas källfiler"
            case .register: "uppföljningsregistret"
            case .twoVersions: "två versioner av överenskommelsen"
            }
        }
    }

    var title: String
    /// The stylesheet's text, for a document on its own (and for a layout that always inlines it).
    var stylesheet: String
    /// In a site: the relative link to the site's stylesheet file, which the built-in layout uses instead
    /// of the text.
    var stylesheetLink: String?
    var home: String?
    var madeFrom: String
    var page: any TemplateView
}

// MARK: Template variables

extension Page: TemplateView {
    static let fields = TemplateFields<Page>([
        ("title", { $0.title }),
        ("stylesheet", { $0.stylesheet }),
        ("stylesheetLink", { $0.stylesheetLink }),
        ("home", { $0.home }),
        ("madeFrom", { $0.madeFrom }),
        ("page", { $0.page }),
    ])
}
