/// The body's text as sentences of folded words, each with where it starts in the file and the
/// headings it stands under: what rules that read the signed text (BUS016, BUS023) look at.
public struct Sentence: Sendable {
    public var words: [String]
    /// Where the sentence's first word stands.
    public var location: SourceLocation
    /// The file lines it spans.
    public var lines: ClosedRange<Int>
    /// The folded words of the headings above it, nearest last.
    public var headings: [[String]]
    init(words: [String], location: SourceLocation, lines: ClosedRange<Int>, headings: [[String]]) {
        self.words = words
        self.location = location
        self.lines = lines
        self.headings = headings
    }

    /// The words of the first match of a phrase.
    public func match(_ phrase: StemPhrase) -> ClosedRange<Int>? {
        phrase.matchRange(in: words[...])
    }

    public func says(_ phrase: StemPhrase) -> Bool { match(phrase) != nil }
}

public enum Sentences {
    /// Sentences end at `.`, `!`, `?` or `;` before a space or the line's end, at a blank line, a list
    /// item and a heading. Abbreviations ("t.ex.", "2 kap.") end one too early, which only shortens it.
    public static func of(_ body: Body) -> [Sentence] {
        var sentences: [Sentence] = []
        var words: [String] = []
        var start = SourceLocation.fileStart
        var startLine = 0, lastLine = 0
        var headings: [(level: Int, words: [String])] = []
        // The headings' words as every sentence under them keeps them: made again only at a heading.
        var headingWords: [[String]] = []
        func flush() {
            if !words.isEmpty {
                sentences.append(Sentence(words: words, location: start, lines: startLine...lastLine, headings: headingWords))
            }
            // The next sentence starts with room for as many words: one allocation, not one per doubling.
            words.removeAll(keepingCapacity: true)
        }
        var inFence = false
        // Lines cut on the bytes (the text has LF line ends only): far cheaper than splitting on characters.
        for (index, line) in body.markdown.linesByUTF8().enumerated() {
            let number = body.firstLine + index
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); flush(); continue }
            if inFence { continue }
            if trimmed.isEmpty { flush(); continue }
            if trimmed.hasPrefix("#") {
                flush()
                let level = trimmed.prefix { $0 == "#" }.count
                headings.removeAll { $0.level >= level }
                headings.append((level, Words.folded(String(trimmed.dropFirst(level)))))
                headingWords = headings.map(\.words)
                continue
            }
            if isListItem(trimmed) { flush() }
            Words.scan(line) { word, column, endsSentence in
                if words.isEmpty {
                    start = SourceLocation(line: number, column: column + 1)
                    startLine = number
                }
                words.append(word)
                lastLine = number
                if endsSentence { flush() }
            }
        }
        flush()
        return sentences
    }

    static func isListItem(_ line: Substring) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let rest = line.dropFirst(digits.count)
        return rest.hasPrefix(". ") || rest.hasPrefix(") ")
    }
}
