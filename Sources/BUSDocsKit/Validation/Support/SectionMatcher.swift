/// Recognises the sections rules look for: by heading, case- and diacritic-insensitively, or by an
/// explicit `{#id}`.
public enum SectionMatcher {
    /// The first section (at any depth) that answers to a requirement.
    public static func find(_ requirement: SectionRequirement, in body: Body) -> Section? {
        let id = requirement.id.folded()
        let headings = requirement.headings.map { words($0) }
        return body.allSections.first { section in
            if let explicit = section.explicitID, explicit.folded() == id { return true }
            let heading = words(section.heading)
            return headings.contains { contains(heading, $0) }
        }
    }

    /// Folded words of a text, so "SIP – samordnad individuell plan" is [sip, samordnad, individuell, plan].
    static func words(_ text: String) -> [String] {
        text.folded().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Whether `words` holds `phrase` as consecutive whole words.
    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }
}
