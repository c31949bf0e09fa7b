/// Running text cut into folded words (lower case, no diacritics), as every rule that reads Swedish
/// text compares it: "SIP – samordnad individuell plan" is [sip, samordnad, individuell, plan].
public enum Words {
    public static func folded(_ text: String) -> [String] {
        located(text).map(\.word)
    }

    /// The words with the column (in scalars, from 0) each starts at. A colon inside a word ("3:e",
    /// "BUSSAM:s") ends it, so genitives and ordinals read as their parts.
    static func located(_ text: String) -> [(word: String, column: Int)] {
        var words: [(word: String, column: Int)] = []
        var current = String.UnicodeScalarView()
        var start = 0
        for (column, scalar) in text.unicodeScalars.enumerated() {
            if isWordScalar(scalar) {
                if current.isEmpty { start = column }
                current.append(scalar)
            } else if !current.isEmpty {
                words.append((String(current).folded(), start))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append((String(current).folded(), start)) }
        return words
    }

    /// Letters and digits; ASCII decided without the Unicode tables.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A, 0x41...0x5A: return true
        case 0...0x7F: return false
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }
}

/// A sequence of word stems that a text must contain in order, each word starting with its stem, at
/// most `gap` other words between them: "samordn individuell plan" finds "Samordnade individuella
/// planer"; a lone stem of six letters or more is also found inside a compound ("Avvikelsehantering").
/// A stem ending in `$` is a whole word ("möts$" is not "motsvarar").
public struct StemPhrase: Hashable, Sendable {
    struct Stem: Hashable, Sendable {
        var text: String
        var exact: Bool
    }

    var stems: [Stem]
    public var gap: Int

    public init(_ phrase: String, gap: Int = 2) {
        stems = phrase.split(separator: " ").flatMap { token -> [Stem] in
            let exact = token.hasSuffix("$")
            return Words.folded(String(token)).map { Stem(text: $0, exact: exact) }
        }
        self.gap = gap
    }

    /// The index of the first word of the first match, or nil.
    public func firstMatch(in words: [String]) -> Int? {
        firstMatch(in: words[...])
    }

    func firstMatch(in words: ArraySlice<String>) -> Int? {
        matchRange(in: words)?.lowerBound
    }

    /// The words of the first match, from its first to its last.
    public func matchRange(in words: ArraySlice<String>) -> ClosedRange<Int>? {
        guard let first = stems.first else { return nil }
        for start in words.indices where first.matches(words[start], alone: stems.count == 1) {
            var position = start
            var matched = true
            for stem in stems.dropFirst() {
                let window = (position + 1)..<min(words.endIndex, position + 2 + gap)
                guard let next = window.first(where: { stem.matches(words[$0], alone: false) }) else {
                    matched = false
                    break
                }
                position = next
            }
            if matched { return start...position }
        }
        return nil
    }

    public func matches(_ words: [String]) -> Bool { firstMatch(in: words[...]) != nil }

    /// How many times the phrase occurs.
    public func count(in words: [String]) -> Int {
        var count = 0
        var rest = words[...]
        while let index = firstMatch(in: rest) {
            count += 1
            rest = rest[(index + 1)...]
        }
        return count
    }
}

extension StemPhrase.Stem {
    func matches(_ word: String, alone: Bool) -> Bool {
        // A short stem is an acronym or a short word: "SIP" is not "Sipprutiner".
        if exact || text.count < 4 { return word == text }
        if word.hasPrefix(text) { return true }
        // Compounds put the topic last as often as first: "samverkansavvikelser", "informationssamtycke".
        return alone && text.count >= 6 && word.count > text.count && word.contains(text)
    }
}
