/// `bus-docs diff --format json`: the comparison as data, both languages for every text.
public struct ComparisonJSONFormatter {
    struct Output: Encodable {
        var old: String
        var new: String
        var weakens: Bool
        var changes: [ChangeEntry]
        var appeared: [Finding]
        var disappeared: [Finding]
        var sections: [SectionEntry]
    }

    struct ChangeEntry: Encodable {
        var kind: String
        var subject: String
        var sv: String
        var en: String
        var weakens: Bool
        var breaks: [String]
        var line: Int?
    }

    struct Finding: Encodable {
        var rule: String
        var severity: String
        var line: Int
        var column: Int
        var sv: String
        var en: String
    }

    struct SectionEntry: Encodable {
        var heading: String
        var oldHeading: String?
        var status: String
        var edited: Bool
        var line: Int
        /// Only the changed words: `{"deleted": …}` / `{"inserted": …}`, with the unchanged text between as `{"same": …}`.
        var pieces: [[String: String]]
    }

    public init() {}

    public func format(_ comparison: AgreementComparison) -> String {
        let finding = { (diagnostic: Diagnostic) in
            Finding(rule: diagnostic.ruleID, severity: diagnostic.severity.rawValue, line: diagnostic.location.line,
                    column: diagnostic.location.column, sv: diagnostic.message.sv, en: diagnostic.message.en)
        }
        let output = Output(
            old: comparison.old.label, new: comparison.new.label, weakens: comparison.weakens,
            changes: comparison.changes.map {
                ChangeEntry(kind: $0.kind.rawValue, subject: $0.subject, sv: $0.description.sv, en: $0.description.en,
                            weakens: $0.weakens, breaks: $0.breaks, line: $0.line)
            },
            appeared: comparison.appeared.map(finding), disappeared: comparison.disappeared.map(finding),
            sections: comparison.sections.map { section in
                SectionEntry(heading: section.heading, oldHeading: section.oldHeading, status: section.status.rawValue, edited: section.edited,
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
