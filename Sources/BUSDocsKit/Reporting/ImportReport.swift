import Foundation

/// What `import` tells the coordinator: what the reader did with the document (tracked changes,
/// comments, headers), what it recognised and where, what it did not find, and the check's findings on
/// the draft. As text for the terminal, Markdown or JSON for `--report FILE`.
public struct ImportReport: Sendable {
    public var source: String
    public var output: String
    public var document: ImportedDocument
    public var draft: ImportedDraft
    public var check: CheckReport

    public init(source: String, output: String, document: ImportedDocument, draft: ImportedDraft, check: CheckReport) {
        self.source = source
        self.output = output
        self.document = document
        self.draft = draft
        self.check = check
    }

    private func words(_ language: Language) -> (title: String, read: String, recognised: String, missing: String, findings: String, none: String, blocks: String) {
        language == .swedish
            ? ("Import av \(source)", "Läsningen", "Känt igen", "Hittades inte — fyll i", "Kontrollen av utkastet", "inget", "stycken")
            : ("Import of \(source)", "Reading", "Recognised", "Not found — fill in", "The draft's check", "nothing", "paragraphs")
    }

    private func noteLines(_ language: Language) -> [String] {
        let blocks = document.blocks.count, footnotes = document.footnotes.count
        var lines = [language == .swedish
            ? "\(Self.counted(blocks, "stycke", "stycken")), \(Self.counted(footnotes, "fotnot", "fotnoter")) lästa; utkastet skrevs till \(output)"
            : "\(Self.counted(blocks, "paragraph", "paragraphs")) and \(Self.counted(footnotes, "footnote", "footnotes")) read; the draft was written to \(output)"]
        for note in ImportedDocument.Note.allCases {
            if let count = document.notes[note] { lines.append("\(note.text.text(in: language)) (\(count))") }
        }
        return lines
    }

    /// "1 varning", "0 varningar", "2 varningar": the singular after 1 only, in either language.
    static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    /// Each finding in one line, its notes in lines of their own indented under it.
    private func findingLines(_ language: Language) -> [String] {
        check.located.map { path, diagnostic in
            ([TextFormatter.headline(diagnostic, path: path, language: language)]
                + TextFormatter.noteLines(diagnostic, path: path, language: language)).joined(separator: "\n    ")
        }
    }

    public func markdown(_ language: Language) -> String {
        let w = words(language)
        var out = "# \(w.title)\n\n## \(w.read)\n\n" + noteLines(language).map { "- \($0)\n" }.joined()
        out += "\n## \(w.recognised)\n\n"
        out += draft.recognised.isEmpty ? "- \(w.none)\n" : draft.recognised.map { "- `\($0.key)`: \($0.value) — \($0.citation.text(in: language))\n" }.joined()
        out += "\n## \(w.missing)\n\n"
        out += draft.missing.isEmpty ? "- \(w.none)\n" : draft.missing.map { "- `\($0.key)`: \($0.hint.text(in: language))\n" }.joined()
        out += "\n## \(w.findings)\n\n"
        let findings = findingLines(language)
        out += findings.isEmpty ? "- \(w.none)\n" : findings.map { "- \($0)\n" }.joined()
        return out
    }

    public func text(_ language: Language) -> String {
        let w = words(language)
        var out = "\(w.title)\n"
        out += noteLines(language).map { "  \($0)\n" }.joined()
        out += "\(w.recognised) (\(draft.recognised.count)):\n"
        out += draft.recognised.map { "  \($0.key): \($0.value) — \($0.citation.text(in: language))\n" }.joined()
        out += "\(w.missing) (\(draft.missing.count)):\n"
        out += draft.missing.map { "  \($0.key): \($0.hint.text(in: language))\n" }.joined()
        let errors = check.errorCount, warnings = check.warningCount
        out += "\(w.findings) (\(language == .swedish ? "\(errors) fel, \(Self.counted(warnings, "varning", "varningar"))" : "\(Self.counted(errors, "error", "errors")), \(Self.counted(warnings, "warning", "warnings"))")):\n"
        out += findingLines(language).map { "  \($0)\n" }.joined()
        return out
    }

    struct Output: Encodable {
        struct Found: Encodable { var key: String; var value: String; var quote: String; var paragraph: Int }
        struct Missing: Encodable { var key: String; var hint: String }
        struct Finding: Encodable { var line: Int; var column: Int; var severity: String; var rule: String; var message: String }
        var source: String
        var output: String
        var paragraphs: Int
        var footnotes: Int
        var notes: [String: Int]
        var recognised: [Found]
        var missing: [Missing]
        var errors: Int
        var warnings: Int
        var findings: [Finding]
    }

    public func json(_ language: Language) -> String {
        JSONOutput.encode(Output(
            source: source, output: output, paragraphs: document.blocks.count, footnotes: document.footnotes.count,
            notes: Dictionary(uniqueKeysWithValues: document.notes.map { ($0.key.rawValue, $0.value) }),
            recognised: draft.recognised.map { Output.Found(key: $0.key, value: $0.value, quote: $0.citation.quote, paragraph: $0.citation.paragraph) },
            missing: draft.missing.map { Output.Missing(key: $0.key, hint: $0.hint.text(in: language)) },
            errors: check.errorCount, warnings: check.warningCount,
            findings: check.located.map { _, diagnostic in
                Output.Finding(line: diagnostic.location.line, column: diagnostic.location.column, severity: diagnostic.severity.rawValue,
                               rule: diagnostic.ruleID, message: diagnostic.message.text(in: language))
            }))
    }
}
