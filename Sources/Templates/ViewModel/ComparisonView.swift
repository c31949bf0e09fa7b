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
