/// `bus-docs diff --format json`: the comparison as data, in the run's language. Its shape is
/// `schemas/diff.schema.json`, version 1; every line says which file it is in.
public struct ComparisonJSONFormatter {
    struct Output: Encodable {
        var version = JSONOutput.version
        var old: String
        var new: String
        var weakens: Bool
        var changes: [ChangeEntry]
        var appeared: [FindingEntry]
        var disappeared: [FindingEntry]
        var sections: [SectionEntry]
    }

    struct ChangeEntry: Encodable {
        var kind: String
        var subject: String
        var message: String
        var weakens: Bool
        var breaks: [String]
        /// The new file, or the old one for what was removed; nil with the line when there is none.
        var file: String?
        var line: Int?
    }

    struct SectionEntry: Encodable {
        var heading: String
        var oldHeading: String?
        /// The headings it stands under, outermost first (empty for a `##` section), and its own level.
        var path: [String]
        var level: Int
        /// For a moved section: the headings it stood under in the old version, and its place among its
        /// siblings before and now, from 1.
        var oldPath: [String]?
        var oldPosition: Int?
        var position: Int?
        var status: String
        var edited: Bool
        /// The new file, or the old one for a removed section.
        var file: String
        var line: Int
        /// Only the changed words: `{"deleted": …}` / `{"inserted": …}`, with the unchanged text between as `{"same": …}`.
        var pieces: [[String: String]]
    }

    public init() {}

    public func format(_ comparison: AgreementComparison, language: Language) -> String {
        let old = comparison.old.label, new = comparison.new.label
        let output = Output(
            old: old, new: new, weakens: comparison.weakens,
            changes: comparison.changes.map {
                ChangeEntry(kind: $0.kind.rawValue, subject: $0.subject, message: $0.description.text(in: language),
                            weakens: $0.weakens, breaks: $0.breaks, file: comparison.file(of: $0), line: $0.line)
            },
            appeared: comparison.appeared.map { FindingEntry($0, file: new, language: language) },
            disappeared: comparison.disappeared.map { FindingEntry($0, file: old, language: language) },
            sections: comparison.sections.map { section in
                SectionEntry(heading: section.heading, oldHeading: section.oldHeading, path: section.path, level: section.level,
                             oldPath: section.oldPath, oldPosition: section.oldPosition, position: section.position, status: section.status.rawValue, edited: section.edited,
                             file: comparison.file(of: section),
                             line: section.line, pieces: section.edited ? section.pieces.map(Self.piece) : [])
            })
        return JSONOutput.encode(output)
    }

    static func piece(_ piece: WordDiff.Piece) -> [String: String] {
        switch piece {
        case .same(let text): return ["same": text]
        case .deleted(let text): return ["deleted": text]
        case .inserted(let text): return ["inserted": text]
        }
    }
}
