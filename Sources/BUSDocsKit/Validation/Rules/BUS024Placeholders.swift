/// BUS024: text `bus-docs new` left for the authors ("Ange …", "Vägledning:") is gone before the
/// agreement is decided: a warning in a draft, an error in an agreement with `status: beslutad`.
public struct PlaceholdersRule: Rule {
    public init() {}
    public let id = "BUS024"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Kvarlämnade platshållare", en: "Placeholders left in")
    public let sentence = LocalizedText(
        sv: "Det som parterna undertecknar är överenskommelsens egen text; ett utkast blir en överenskommelse först när platshållarna ersatts.",
        en: "What the parties sign is the agreement's own text; a draft becomes an agreement only when its placeholders are replaced.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let decided = context.agreement.status?.value == .decided
        var locations = context.ruleSet.placeholders.flatMap { placeholder in
            SourceFile.offsets(of: SourceFile.lowercased(Array(placeholder.utf8)), in: context.source.lowercasedBytes).map(context.source.location(ofByte:))
        }
        locations += context.sentences.filter { $0.words.first.map(context.ruleSet.placeholderWords.contains) ?? false }.map(\.location)
        guard !locations.isEmpty else { return [] }
        let bodyStart = Self.bodyStart(of: context.source)
        var paragraphs: Set<Int> = []
        var findings: [Diagnostic] = []
        for location in locations.sorted() {
                // One finding per paragraph (or front-matter line), however many placeholders it holds.
                guard paragraphs.insert(Self.paragraphStart(of: location.line, in: context.source, bodyStart: bodyStart)).inserted else { continue }
                findings.append(finding(
                    decided
                        ? LocalizedText(sv: "platshållartext är kvar i en beslutad överenskommelse", en: "placeholder text is left in a decided agreement")
                        : LocalizedText(sv: "platshållartext är kvar i utkastet", en: "placeholder text is left in the draft"),
                    at: location,
                    hint: LocalizedText(sv: "Ersätt platshållaren med överenskommelsens egen text.", en: "Replace the placeholder with the agreement's own text."),
                    severity: decided ? .error : .warning))
        }
        return findings
    }

    /// The first line of the paragraph a line of the body is in (up to a blank line or a heading); a
    /// front-matter line is its own paragraph.
    static func paragraphStart(of line: Int, in source: SourceFile, bodyStart: Int) -> Int {
        guard line >= bodyStart else { return line }
        var start = line
        while start > bodyStart {
            let above = source.line(start - 1).trimmingCharacters(in: .whitespaces)
            if above.isEmpty || above.hasPrefix("#") { break }
            start -= 1
        }
        return start
    }

    /// The line after the front matter's closing `---` (1 when there is none).
    static func bodyStart(of source: SourceFile) -> Int {
        var fences = 0
        for (index, line) in source.lines.enumerated() where line.trimmingCharacters(in: .whitespaces) == "---" {
            fences += 1
            if fences == 2 { return index + 2 }
        }
        return 1
    }
}
