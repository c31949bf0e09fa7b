/// BUS015: the body has the sections the rule set requires.
public struct RequiredSectionsRule: Rule {
    public init() {}
    public let id = "BUS015"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Obligatoriska avsnitt", en: "Required sections")
    public let sentence = LocalizedText(
        sv: "Överenskommelsen beskriver samtycke, avvikelserapportering, uppföljning och SIP.",
        en: "The agreement describes consent, deviation reporting, follow-up and SIP.")
    public let remedy = LocalizedText(
        sv: "Lägg till ett avsnitt i texten om det som saknas (t.ex. `## Samtycke`), eller märk ett befintligt avsnitt med `{#id}`.",
        en: "Add a section about what is missing to the text (e.g. `## Samtycke`), or mark an existing section with `{#id}`.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let body = context.agreement.body
        let matcher = SectionMatcher(body)
        // `##8. Rutin vid avvikelse` is the section, its heading written without the space: BUS019's
        // finding at that line is the one to fix, not a second one that the section is missing.
        let unspaced = StructureRule.headingLinesWithoutSpace(in: body).map { Words.folded($0.heading) }
        // Each requirement's section, looked for once: both checks below ask for it.
        let required = context.ruleSet.requiredSections.map { (requirement: $0, match: matcher.match($0)) }
        return missing(context, required, matcher: matcher, unspaced: unspaced) + undescribed(required)
    }

    /// A required section found by its heading or id that describes nothing: it has no text, or the same
    /// text as another required section ("Texten är beslutad av parterna …" under every heading). One
    /// finding per section, at its heading, naming another section with the same text.
    private func undescribed(_ required: [(requirement: SectionRequirement, match: SectionMatcher.Match?)]) -> [Diagnostic] {
        var sections: [Section] = []
        for (_, match) in required {
            // One section may answer to two requirements ("## Samtycke och SIP"): it is read once.
            guard let match, match.kind != .content,
                  !sections.contains(where: { $0.range == match.section.range }) else { continue }
            sections.append(match.section)
        }
        // A section's text with its subsections' ("## Uppföljning" whose text is under "### Årligen").
        let texts = sections.map { section in
            Words.folded(([section.markdown] + section.allDescendants.flatMap { [$0.heading, $0.markdown] }).joined(separator: "\n"))
        }
        return sections.indices.compactMap { index in
            let section = sections[index]
            if texts[index].isEmpty {
                return finding(.emptySection(section.heading), at: section.range.start, hint: .describe(section.heading))
            }
            guard let other = sections.indices.first(where: { $0 != index && texts[$0] == texts[index] }) else { return nil }
            return finding(.sameText(section.heading, as: sections[other].heading), at: section.range.start, hint: .describe(section.heading))
        }
    }

    private func missing(_ context: RuleContext, _ required: [(requirement: SectionRequirement, match: SectionMatcher.Match?)],
                         matcher: SectionMatcher, unspaced: [[String]]) -> [Diagnostic] {
        required
            .filter { $0.match == nil }
            .map(\.requirement)
            .filter { requirement in
                !unspaced.contains { words in (requirement.headingPhrases + requirement.headingStems).contains { $0.matches(words) } }
            }
            .map { requirement in
                let heading = requirement.headings.first ?? requirement.id
                if let misspelt = matcher.misspelling(of: requirement) {
                    // The whole heading line is what the replacement stands for.
                    let line = SourceLocation(line: misspelt.range.start.line, column: 1)
                    // `## 7. Samtyke`: the author's number stays.
                    let fix = Fix(String(context.source.line(line.line)), at: line,
                                  replacement: "\(String(repeating: "#", count: misspelt.level)) \(Self.number(of: misspelt.heading))\(heading)")
                    return finding(.missingSection(heading, lookalike: misspelt.heading), at: misspelt.range.start, fix: fix)
                }
                return finding(.missingSection(heading), at: SourceLocation(line: context.agreement.body.firstLine, column: 1),
                               hint: .addSection(heading, id: requirement.id))
            }
    }

    /// The number a heading starts with, with what follows it up to the words: `7. `, `3.2 `, `§ 4 `, `IV. `.
    static func number(of heading: String) -> String {
        let scalars = Array(heading.unicodeScalars)
        var index = 0
        if scalars.first == "§" { index = 1; while index < scalars.count, scalars[index] == " " { index += 1 } }
        let digitsStart = index
        while index < scalars.count, ("0"..."9").contains(scalars[index]) || (index > digitsStart && scalars[index] == ".") { index += 1 }
        // A section number, not a year: `2017 års uppföljning` has none.
        if String(String.UnicodeScalarView(scalars[digitsStart..<index])).split(separator: ".").contains(where: { $0.count > 2 }) { return "" }
        if index == digitsStart {
            // Roman numerals, as in `IV. Samtycke`: only with a period after them.
            while index < scalars.count, "IVXL".unicodeScalars.contains(scalars[index]) { index += 1 }
            guard index > digitsStart, index < scalars.count, scalars[index] == "." else { return "" }
            index += 1
        }
        guard index > digitsStart, index < scalars.count, scalars[index] == " " || scalars[index] == ")" else { return "" }
        if scalars[index] == ")" { index += 1 }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        return String(String.UnicodeScalarView(scalars[..<index]))
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func missingSection(_ heading: String, lookalike: String) -> LocalizedText {
        LocalizedText(sv: "avsnittet ”\(heading)” saknas; rubriken ”\(lookalike)” liknar den",
                      en: "the section \"\(heading)\" is missing; the heading \"\(lookalike)\" looks like it")
    }

    fileprivate static func emptySection(_ heading: String) -> LocalizedText {
        LocalizedText(sv: "avsnittet ”\(heading)” har ingen text", en: "the section \"\(heading)\" has no text")
    }

    fileprivate static func sameText(_ heading: String, as other: String) -> LocalizedText {
        LocalizedText(sv: "avsnittet ”\(heading)” har samma text som avsnittet ”\(other)” och beskriver inte sitt ämne",
                      en: "the section \"\(heading)\" has the same text as the section \"\(other)\" and does not describe its subject")
    }

    fileprivate static func describe(_ heading: String) -> LocalizedText {
        LocalizedText(sv: "Skriv under rubriken ”\(heading)” hur parterna arbetar med det som rubriken säger.",
                      en: "Write under the heading \"\(heading)\" how the parties work with what the heading says.")
    }

    fileprivate static func missingSection(_ heading: String) -> LocalizedText {
        LocalizedText(sv: "avsnittet ”\(heading)” saknas", en: "the section \"\(heading)\" is missing")
    }

    fileprivate static func addSection(_ heading: String, id: String) -> LocalizedText {
        LocalizedText(sv: "Lägg till `## \(heading)` i brödtexten, eller märk en egen rubrik med `{#\(id)}`.",
                      en: "Add `## \(heading)` to the body, or mark a heading of your own with `{#\(id)}`.")
    }
}
