/// Recognises the sections rules look for: by heading, case- and diacritic-insensitively, or by an
/// explicit `{#id}`. Made once per body, so each heading is folded once however many requirements ask.
public struct SectionMatcher {
    private let sections: [(section: Section, words: [String], id: String?)]

    public init(_ body: Body) {
        sections = body.allSections.map { ($0, Self.words($0.heading), $0.explicitID?.folded()) }
    }

    /// The first section (at any depth) that answers to a requirement.
    public func find(_ requirement: SectionRequirement) -> Section? {
        let id = requirement.id.folded()
        let headings = requirement.headings.map(Self.words)
        return sections.first { entry in
            entry.id == id || headings.contains { Self.contains(entry.words, $0) }
        }?.section
    }

    /// Folded words of a text, so "SIP – samordnad individuell plan" is [sip, samordnad, individuell, plan].
    static func words(_ text: String) -> [String] {
        text.folded().unicodeScalars.split { !Self.isWordScalar($0) }.map { String(String.UnicodeScalarView($0)) }
    }

    /// Letters and digits; ASCII decided without the Unicode tables.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A, 0x41...0x5A: return true
        case 0...0x7F: return false
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// Whether `words` holds `phrase` as consecutive whole words.
    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }
}
