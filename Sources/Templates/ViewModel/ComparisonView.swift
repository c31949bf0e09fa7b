import BUSDocsKit

/// The comparison of two versions of an agreement (`diff.mustache`): the changes in substance, the
/// findings that appear and disappear, and the sections as a redline with `<ins>` and `<del>`.
struct ComparisonView {
    struct ChangeRow {
        var text: String
        var kind: String
        var weakens: Bool
        /// "bryter mot BUS005", or nil.
        var breaks: String?
        var line: String?
    }

    struct FindingRow {
        var rule: String
        var severity: String
        var location: String
        var message: String
        /// The message as escaped HTML with `<code>` and `<em>`.
        var messageHTML: String
    }

    struct Piece {
        var text: String
        var inserted: Bool
        var deleted: Bool
    }

    struct SectionRow {
        var heading: String
        var oldHeading: String?
        var status: String
        var statusClass: String
        var pieces: [Piece]
        var hasPieces: Bool
    }

    var oldLabel: String
    var newLabel: String
    var changes: [ChangeRow]
    var weakeningCount: Int
    var appeared: [FindingRow]
    var disappeared: [FindingRow]
    /// The sections that changed; the unchanged ones are only counted.
    var sections: [SectionRow]
    /// "3 avsnitt är oförändrade", or nil when every section changed.
    var unchangedSections: String?
    var hasChanges: Bool
    var hasAppeared: Bool
    var hasDisappeared: Bool

    init(_ comparison: AgreementComparison) {
        oldLabel = comparison.old.label
        newLabel = comparison.new.label
        changes = comparison.changes.map { change in
            ChangeRow(text: change.description.sv, kind: change.kind.rawValue, weakens: change.weakens,
                      breaks: change.breaks.isEmpty ? nil : "bryter mot " + change.breaks.joined(separator: ", "),
                      line: change.line.map { "rad \($0)" })
        }
        weakeningCount = comparison.changes.filter(\.weakens).count
        let row = { (path: String) in
            { (diagnostic: Diagnostic) in
                FindingRow(rule: diagnostic.ruleID, severity: diagnostic.severity == .error ? "fel" : "varning",
                           location: "\(path):\(diagnostic.location.line):\(diagnostic.location.column)", message: InlineMarkup.plain(diagnostic.message.sv), messageHTML: InlineMarkup.html(diagnostic.message.sv))
            }
        }
        appeared = comparison.appeared.map(row(comparison.new.label))
        disappeared = comparison.disappeared.map(row(comparison.old.label))
        hasChanges = !changes.isEmpty
        hasAppeared = !appeared.isEmpty
        hasDisappeared = !disappeared.isEmpty
        let unchanged = comparison.sections.filter { $0.status == .unchanged }.count
        unchangedSections = unchanged == 0 ? nil : "\(unchanged) avsnitt är \(unchanged == 1 ? "oförändrat" : "oförändrade")."
        sections = comparison.sections.filter { $0.status != .unchanged }.map { section in
            let pieces: [Piece] = section.status == .unchanged ? [] : section.pieces.map { piece in
                switch piece {
                case .same(let text): return Piece(text: text, inserted: false, deleted: false)
                case .inserted(let text): return Piece(text: text, inserted: true, deleted: false)
                case .deleted(let text): return Piece(text: text, inserted: false, deleted: true)
                }
            }
            return SectionRow(heading: section.heading, oldHeading: section.oldHeading, status: section.statusText.sv,
                              statusClass: section.status.rawValue, pieces: pieces, hasPieces: !pieces.isEmpty)
        }
    }
}

// MARK: Template variables

extension ComparisonView: TemplateView {
    static let fields = TemplateFields<ComparisonView>([
        ("oldLabel", { $0.oldLabel }),
        ("newLabel", { $0.newLabel }),
        ("changes", { $0.changes }),
        ("weakeningCount", { $0.weakeningCount }),
        ("appeared", { $0.appeared }),
        ("disappeared", { $0.disappeared }),
        ("sections", { $0.sections }),
        ("unchangedSections", { $0.unchangedSections }),
        ("hasChanges", { $0.hasChanges }),
        ("hasAppeared", { $0.hasAppeared }),
        ("hasDisappeared", { $0.hasDisappeared }),
    ])
}

extension ComparisonView.ChangeRow: TemplateView {
    static let fields = TemplateFields<ComparisonView.ChangeRow>([
        ("text", { $0.text }),
        ("kind", { $0.kind }),
        ("weakens", { $0.weakens }),
        ("breaks", { $0.breaks }),
        ("line", { $0.line }),
    ])
}

extension ComparisonView.FindingRow: TemplateView {
    static let fields = TemplateFields<ComparisonView.FindingRow>([
        ("rule", { $0.rule }),
        ("severity", { $0.severity }),
        ("location", { $0.location }),
        ("message", { $0.message }),
        ("messageHTML", { $0.messageHTML }),
    ])
}

extension ComparisonView.Piece: TemplateView {
    static let fields = TemplateFields<ComparisonView.Piece>([
        ("text", { $0.text }),
        ("inserted", { $0.inserted }),
        ("deleted", { $0.deleted }),
    ])
}

extension ComparisonView.SectionRow: TemplateView {
    static let fields = TemplateFields<ComparisonView.SectionRow>([
        ("heading", { $0.heading }),
        ("oldHeading", { $0.oldHeading }),
        ("status", { $0.status }),
        ("statusClass", { $0.statusClass }),
        ("pieces", { $0.pieces }),
        ("hasPieces", { $0.hasPieces }),
    ])
}
