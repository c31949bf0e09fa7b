import Foundation
import BUSDocsKit

/// The comparison of two versions of an agreement (`diff.mustache`): the changes in substance, the
/// findings that appear and disappear, and the sections as a redline with `<ins>` and `<del>`.
struct ComparisonView {
    struct ChangeRow {
        var text: String
        var kind: String
        var weakens: Bool
        /// Why it weakens: "regelverket kräver minst en gång per termin", or nil.
        var reason: String?
        /// For a template that shows the file's internals too: "bryter mot BUS005" and "rad 49 i ny.md"
        /// (the old version's file for what was removed), or nil.
        var breaks: String?
        var line: String?
    }

    struct FindingRow {
        var rule: String
        var severity: String
        /// "Fel" or "Varning", as the page says it.
        var severityWord: String
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
        /// Where the section stands, by its headings: "Organisation › BUS individforum".
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
    /// How many of the changes weaken the agreement, as a sentence: "2 av de 5 ändringarna försvagar
    /// överenskommelsen.", "Ändringen försvagar inte överenskommelsen."; nil without changes, which the
    /// page says under its own heading.
    var weakeningSummary: String?
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
        // A document for the people who sign: each change as a sentence in the agreement's own names, and
        // why it weakens in the words of the finding it causes — no key paths, lines or rule ids.
        changes = comparison.changes.map { change in
            let reasons = comparison.appeared.filter { change.breaks.contains($0.ruleID) }.map { Self.reason($0.message.sv) }
            var seen = Set<String>()
            return ChangeRow(text: change.prose, kind: change.kind.rawValue, weakens: change.weakens,
                             reason: reasons.filter { seen.insert($0).inserted }.joined(separator: "; ").nilIfEmpty,
                             breaks: change.breaks.isEmpty ? nil : "bryter mot " + change.breaks.joined(separator: ", "), line: change.line.flatMap { line in comparison.file(of: change).map { "rad \(line) i \($0)" } })
        }
        weakeningCount = comparison.changes.filter(\.weakens).count
        weakeningSummary = Self.weakeningSummary(changes: comparison.changes.count, weakening: weakeningCount)
        let row = { (path: String) in
            { (diagnostic: Diagnostic) in
                FindingRow(rule: diagnostic.ruleID, severity: diagnostic.severity == .error ? "fel" : "varning",
                           severityWord: diagnostic.severity == .error ? "Fel" : "Varning",
                           location: "\(path):\(diagnostic.location.line):\(diagnostic.location.column)",
                           message: InlineMarkup.plain(Self.withoutIDs(diagnostic.message.sv)), messageHTML: InlineMarkup.html(Self.withoutIDs(diagnostic.message.sv)))
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
            // The words as the page reads them, without Markdown's asterisks and backticks ("**ska**").
            let raw: [Piece] = section.status == .unchanged ? [] : section.pieces.map { piece in
                switch piece {
                case .same(let text): return Piece(text: text, inserted: false, deleted: false)
                case .inserted(let text): return Piece(text: text, inserted: true, deleted: false)
                case .deleted(let text): return Piece(text: text, inserted: false, deleted: true)
                }
            }
            let pieces = Self.softBreaksJoined(raw).map { Piece(text: InlineMarkup.plain($0.text), inserted: $0.inserted, deleted: $0.deleted) }
            return SectionRow(heading: section.title.sv, oldHeading: section.oldHeading, status: section.statusText.sv,
                              statusClass: section.status.rawValue, pieces: pieces, hasPieces: !pieces.isEmpty)
        }
    }
}

extension ComparisonView {
    /// The pieces with the source's line breaks inside a paragraph made spaces, as the published page
    /// reads the paragraph: the page keeps the breaks it shows (`white-space: pre-wrap`), so a paragraph
    /// wrapped at 100 characters in the file was printed as ragged lines. A blank line (a new paragraph)
    /// and a line that starts a list item, a quote, a table row or a heading keep their break. Each break
    /// is judged in the version it is in: a deleted one in the earlier text, an inserted one in the new.
    static func softBreaksJoined(_ pieces: [Piece]) -> [Piece] {
        let old = softBreaks(in: pieces.filter { !$0.inserted })
        let new = softBreaks(in: pieces.filter { !$0.deleted })
        var (oldIndex, newIndex) = (0, 0)
        return pieces.map { piece in
            var joined = piece
            joined.text = String(piece.text.compactMap { character -> Character? in
                let edit = piece.inserted ? new[newIndex] : piece.deleted ? old[oldIndex] : old[oldIndex] == new[newIndex] ? old[oldIndex] : .keep
                if !piece.inserted { oldIndex += 1 }
                if !piece.deleted { newIndex += 1 }
                switch edit {
                case .keep: return character
                case .space: return " "
                case .drop: return nil
                }
            })
            return joined
        }
    }

    /// What becomes of a character of the text on the page: kept, a line break made a space, or the
    /// indentation of a wrapped line dropped.
    private enum Reflow { case keep, space, drop }

    /// For each character of one version's text, what becomes of it.
    private static func softBreaks(in pieces: [Piece]) -> [Reflow] {
        let whole = Array(pieces.map(\.text).joined())
        var edits = [Reflow](repeating: .keep, count: whole.count)
        for index in whole.indices where whole[index] == "\n" {
            guard index > 0, whole[index - 1] != "\n", index + 1 < whole.count, whole[index + 1] != "\n" else { continue }
            let indent = whole[(index + 1)...].prefix { $0 == " " }.count
            let next = String(whole[(index + 1 + indent)...].prefix { $0 != "\n" })
            let number = next.prefix { $0.isNumber }
            let startsBlock = next.isEmpty || ["- ", "* ", "+ ", ">", "|", "#"].contains { next.hasPrefix($0) }
                || !number.isEmpty && [". ", ") "].contains { next.dropFirst(number.count).hasPrefix($0) }
            guard !startsBlock else { continue }
            edits[index] = .space
            for space in (index + 1)..<(index + 1 + indent) { edits[space] = .drop }
        }
        return edits
    }

    /// The sentence for `weakeningSummary`, in the number of the changes: one change is "Ändringen".
    static func weakeningSummary(changes: Int, weakening: Int) -> String? {
        switch (changes, weakening) {
        case (0, _): return nil
        case (1, 0): return "Ändringen försvagar inte överenskommelsen."
        case (1, _): return "Ändringen försvagar överenskommelsen."
        case (_, 0): return "Ingen av de \(changes) ändringarna försvagar överenskommelsen."
        case (_, changes): return "Alla \(changes) ändringarna försvagar överenskommelsen."
        default: return "\(weakening) av de \(changes) ändringarna försvagar överenskommelsen."
        }
    }

    /// A finding's message without the file's ids beside the names: "BUS lokal styrgrupp (`styrgrupp`)
    /// möts …" is "BUS lokal styrgrupp möts …".
    static func withoutIDs(_ message: String) -> String {
        message.replacingOccurrences(of: #" \(`[^`]*`\)"#, with: "", options: .regularExpression)
    }

    /// What a weakening breaks, from the finding it causes: the requirement after the finding's "; "
    /// ("… möts minst en gång per år; regelverket kräver minst en gång per termin"), else the whole finding.
    static func reason(_ message: String) -> String {
        let plain = InlineMarkup.plain(withoutIDs(message))
        return plain.components(separatedBy: "; ").last ?? plain
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

// MARK: Template variables

extension ComparisonView: TemplateView {
    static let fields = TemplateFields<ComparisonView>([
        ("oldLabel", { $0.oldLabel }),
        ("newLabel", { $0.newLabel }),
        ("changes", { $0.changes }),
        ("weakeningCount", { $0.weakeningCount }),
        ("weakeningSummary", { $0.weakeningSummary }),
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
        ("reason", { $0.reason }),
        ("breaks", { $0.breaks }),
        ("line", { $0.line }),
    ])
}

extension ComparisonView.FindingRow: TemplateView {
    static let fields = TemplateFields<ComparisonView.FindingRow>([
        ("rule", { $0.rule }),
        ("severity", { $0.severity }),
        ("severityWord", { $0.severityWord }),
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
