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
        return context.ruleSet.requiredSections
            .filter { matcher.match($0) == nil }
            .filter { requirement in
                !unspaced.contains { words in (requirement.headingPhrases + requirement.headingStems).contains { $0.matches(words) } }
            }
            .map { requirement in
                let heading = requirement.headings.first ?? requirement.id
                if let misspelt = matcher.misspelling(of: requirement) {
                    // The whole heading line is what the replacement stands for.
                    let line = SourceLocation(line: misspelt.range.start.line, column: 1)
                    let fix = Fix(String(context.source.line(line.line)), at: line,
                                  replacement: "\(String(repeating: "#", count: misspelt.level)) \(heading)")
                    return finding(.missingSection(heading, lookalike: misspelt.heading), at: misspelt.range.start, fix: fix)
                }
                return finding(.missingSection(heading), at: SourceLocation(line: body.firstLine, column: 1),
                               hint: .addSection(heading, id: requirement.id))
            }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func missingSection(_ heading: String, lookalike: String) -> LocalizedText {
        LocalizedText(sv: "avsnittet \"\(heading)\" saknas; rubriken \"\(lookalike)\" liknar den",
                      en: "the section \"\(heading)\" is missing; the heading \"\(lookalike)\" looks like it")
    }

    fileprivate static func missingSection(_ heading: String) -> LocalizedText {
        LocalizedText(sv: "avsnittet \"\(heading)\" saknas", en: "the section \"\(heading)\" is missing")
    }

    fileprivate static func addSection(_ heading: String, id: String) -> LocalizedText {
        LocalizedText(sv: "Lägg till `## \(heading)` i brödtexten, eller märk en egen rubrik med `{#\(id)}`.",
                      en: "Add `## \(heading)` to the body, or mark a heading of your own with `{#\(id)}`.")
    }
}
