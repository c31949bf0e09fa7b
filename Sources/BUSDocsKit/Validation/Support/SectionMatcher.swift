/// Recognises the sections rules look for, the way Swedish is written: by an explicit `{#id}`, by a
/// heading (case and diacritics aside, numbered or not, with the rule set's word stems: compounds and
/// plurals), or — when no heading says it — by what a section's text is about.
public struct SectionMatcher {
    private let sections: [(section: Section, words: [String], id: String?)]

    public init(_ body: Body) {
        sections = body.allSections.map { ($0, Words.folded($0.heading), $0.explicitID?.folded()) }
    }

    /// How a section was found.
    public enum MatchKind: String, Sendable {
        case id, heading, content
    }

    public struct Match: Sendable {
        public var section: Section
        public var kind: MatchKind
    }

    /// The section (at any depth) that answers to a requirement: an explicit id first, then a heading,
    /// then the section whose text uses the topic's words most (at least twice).
    public func match(_ requirement: SectionRequirement) -> Match? {
        let id = requirement.id.folded()
        if let entry = sections.first(where: { $0.id == id }) { return Match(section: entry.section, kind: .id) }
        let headings = requirement.headingPhrases + requirement.headingStems
        if let entry = sections.first(where: { entry in headings.contains { $0.matches(entry.words) } }) {
            return Match(section: entry.section, kind: .heading)
        }
        // What the text says is read only when no heading says it: a section's words are many.
        let scored = sections.map { entry in
            let content = Words.folded(entry.section.markdown)
            return (entry, requirement.contentStems.reduce(0) { $0 + $1.count(in: content) })
        }
        if let best = scored.filter({ $0.1 >= 2 }).max(by: { $0.1 < $1.1 }) {
            return Match(section: best.0.section, kind: .content)
        }
        return nil
    }

    /// A heading that looks like a misspelling of one the requirement names ("Samtyke"), for a did-you-mean.
    public func misspelling(of requirement: SectionRequirement) -> Section? {
        let wanted = requirement.headings.map { Words.folded($0).joined(separator: " ") }
        return sections.first { entry in
            let heading = entry.words.filter { Int($0) == nil }.joined(separator: " ")
            return wanted.contains { heading != $0 && Suggestion.editDistance(Array(heading), Array($0)) <= max(1, $0.count / 5) }
        }?.section
    }
}
