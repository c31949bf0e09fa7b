import BUSDocsKit

/// An agreement file that has no model to render (not text, no front matter, a YAML error): the site
/// still gives it a page — marked *Kan inte läsas*, with its findings and the lines around them — and
/// a row in the index, so no agreement disappears from the site because of one typo.
///
/// An agreement with a personal identity number or a child's name in it (a BUS018 error) gets the same kind of page,
/// marked *Publiceras inte*: its text is withheld, and the page lists only the findings that say why,
/// quoting no line of the file — the lines around a number are where a child is described.
public struct UnreadableSource: Sendable {
    public var path: String
    public var slug: String
    public var diagnostics: [Diagnostic]
    /// The source lines around each finding, by line number; none when the file is not text or withheld.
    public var lines: [Int: String]
    /// True when the file could be read but is not published because it holds personal data.
    public var withheld = false

    /// Whether an agreement's findings keep it off a site: a personal identity number with a valid check
    /// digit or masked last digits, or a name in a sentence about a child or a case (BUS018's errors),
    /// anywhere in the file.
    public static func withholds(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains(where: isPersonalData)
    }

    /// Whether a finding is one that withholds its agreement: a line with one is shown nowhere.
    public static func isPersonalData(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.ruleID == PersonalIdentityNumbersRule().id && diagnostic.severity == .error
    }

    /// The page of an agreement withheld for personal data: the BUS018 errors alone, no line quoted.
    public init(withholding path: String, slug: String, diagnostics: [Diagnostic]) {
        self.path = path
        self.slug = slug
        self.diagnostics = diagnostics.filter(Self.isPersonalData)
        lines = [:]
        withheld = true
    }

    /// Lines quoted before and after a finding's line.
    public static let context = 2

    public init(path: String, slug: String, diagnostics: [Diagnostic], source: SourceFile?) {
        self.path = path
        self.slug = slug
        self.diagnostics = diagnostics
        var lines: [Int: String] = [:]
        if let source {
            for diagnostic in diagnostics {
                // A finding may point past the last line (the end of the file): quote what there is.
                let lower = max(1, diagnostic.location.line - Self.context)
                let upper = min(source.lines.count, diagnostic.location.line + Self.context)
                guard lower <= upper else { continue }
                for number in lower...upper { lines[number] = String(source.line(number)) }
            }
        }
        self.lines = lines
    }

    /// The file's name, the page's title.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

/// One agreement as a site shows it: with a model, or unreadable.
public enum SiteEntry: Sendable {
    case readable(DocumentSource)
    case unreadable(UnreadableSource)
}

/// The page of an unreadable agreement (`unreadable.mustache`).
struct UnreadableView {
    var title: String
    var path: String
    var status: StatusView
    var withheld: Bool
    var diagnostics: [DiagnosticView]

    init(_ source: UnreadableSource) {
        title = source.fileName
        path = source.path
        status = source.withheld ? .withheld : .unreadable
        withheld = source.withheld
        diagnostics = source.diagnostics.map { DiagnosticView($0, lines: source.lines) }
    }
}

// MARK: Template variables

extension UnreadableView: TemplateView {
    static let fields = TemplateFields<UnreadableView>([
        ("title", { $0.title }),
        ("path", { $0.path }),
        ("status", { $0.status }),
        ("withheld", { $0.withheld }),
        ("diagnostics", { $0.diagnostics }),
    ])
}
