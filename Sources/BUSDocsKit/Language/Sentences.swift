import Foundation

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

    /// The text the words `range` were read from, as the file writes it (a line break inside as a space).
    public func original(_ range: ClosedRange<Int>, in source: SourceFile) -> String {
        // Each word's line and column, counted again from where the sentence starts.
        var places: [(line: Int, column: Int)] = []
        for line in lines where places.count <= range.upperBound {
            for word in Words.scan(String(source.line(line))) where line != location.line || word.column + 1 >= location.column {
                places.append((line, word.column))
            }
        }
        guard range.upperBound < places.count else { return "" }
        let first = places[range.lowerBound], last = places[range.upperBound]
        var pieces: [String] = []
        for line in first.line...last.line {
            let scalars = Array(source.line(line).unicodeScalars)
            let from = line == first.line ? first.column : 0
            var to = scalars.count
            if line == last.line {
                to = last.column
                while to < scalars.count, scalars[to].properties.isAlphabetic || scalars[to].properties.numericType != nil { to += 1 }
            }
            guard from <= to, to <= scalars.count else { return "" }
            pieces.append(String(String.UnicodeScalarView(scalars[from..<to])).trimmingCharacters(in: .whitespaces))
        }
        return pieces.joined(separator: " ")
    }
}

public enum Sentences {
    /// Sentences end at `.`, `!`, `?` or `;` before a space or the line's end, at a blank line, a list
    /// item and a heading. A dotted abbreviation before a digit or a small letter ("t.o.m. 2027-12-31",
    /// "bl.a. skolan") ends none; others ("2 kap.", "m.m. Styrgruppen") end one, too early at worst,
    /// which only shortens it.
    public static func of(_ body: Body) -> [Sentence] {
        var reader = Reader()
        var inFence = false
        // Lines cut on the bytes (the text has LF line ends only): far cheaper than splitting on characters.
        for (index, line) in body.markdown.linesByUTF8().enumerated() {
            let number = body.firstLine + index
            let trimmed = Lead(line)
            if trimmed.startsFence { inFence.toggle(); reader.flush(); continue }
            if inFence { continue }
            if trimmed.text.isEmpty { reader.flush(); continue }
            if let level = trimmed.headingLevel {
                reader.flush()
                reader.heading(level: level, words: Words.folded(String(trimmed.text.dropFirst(level))))
                continue
            }
            if trimmed.isListItem { reader.flush() }
            Words.scan(line, into: &reader) { reader, word, column, endsSentence in
                reader.add(word, line: number, column: column, endsSentence: endsSentence)
            }
        }
        reader.flush()
        return reader.sentences
    }

    /// The sentences read so far and the one being read, as a value: what a closure per word changes is
    /// passed to it, not captured.
    private struct Reader {
        var sentences: [Sentence] = []
        var words: [String] = []
        var start = SourceLocation.fileStart
        var startLine = 0, lastLine = 0
        var headings: [(level: Int, words: [String])] = []
        // The headings' words as every sentence under them keeps them: made again only at a heading.
        var headingWords: [[String]] = []

        mutating func flush() {
            if !words.isEmpty {
                sentences.append(Sentence(words: words, location: start, lines: startLine...lastLine, headings: headingWords))
            }
            // The next sentence starts with room for as many words: one allocation, not one per doubling.
            words.removeAll(keepingCapacity: true)
        }

        mutating func heading(level: Int, words: [String]) {
            headings.removeAll { $0.level >= level }
            headings.append((level, words))
            headingWords = headings.map(\.words)
        }

        mutating func add(_ word: String, line: Int, column: Int, endsSentence: Bool) {
            if words.isEmpty {
                start = SourceLocation(line: line, column: column + 1)
                startLine = line
            }
            words.append(word)
            lastLine = line
            if endsSentence { flush() }
        }
    }

    /// A line without its leading spaces, and what its first characters make it: a fence, a heading (its
    /// level), a list item. Decided on the bytes when those that decide, and the byte after each, are
    /// ASCII: then bytes and characters agree. Else (a combining mark after a space, `#` or digit) on the
    /// characters.
    struct Lead: Equatable {
        let text: Substring
        let startsFence: Bool
        let headingLevel: Int?
        let isListItem: Bool

        init(_ line: Substring) {
            if let lead = line.utf8.withContiguousStorageIfAvailable(Self.decide), let lead {
                self.init(text: Substring(line.utf8.dropFirst(lead.spaces)), startsFence: lead.fence, headingLevel: lead.heading, isListItem: lead.list)
            } else {
                self.init(byCharacters: line)
            }
        }

        /// The same, decided on the characters only.
        init(byCharacters line: Substring) {
            let text = line.drop { $0 == " " }
            self.init(text: text, startsFence: text.hasPrefix("```") || text.hasPrefix("~~~"),
                      headingLevel: text.hasPrefix("#") ? text.prefix { $0 == "#" }.count : nil, isListItem: Sentences.isListItem(text))
        }

        private init(text: Substring, startsFence: Bool, headingLevel: Int?, isListItem: Bool) {
            self.text = text
            self.startsFence = startsFence
            self.headingLevel = headingLevel
            self.isListItem = isListItem
        }

        private static func decide(_ bytes: UnsafeBufferPointer<UInt8>) -> (spaces: Int, fence: Bool, heading: Int?, list: Bool)? {
            var spaces = 0
            while spaces < bytes.count, bytes[spaces] == 0x20 { spaces += 1 }
            // A line that starts with a character beyond ASCII ("Överenskommelsen …") is none of them, and
            // loses no space: decided on that byte too.
            if spaces == 0, let first = bytes.first, first >= 0x80 { return (0, false, nil, false) }
            var hashes = 0
            while spaces + hashes < bytes.count, bytes[spaces + hashes] == 0x23 { hashes += 1 }
            // The most any decision reads: three digits, `.` or `)`, a space, and the byte after them.
            for index in spaces..<min(bytes.count, spaces + max(hashes + 1, 7)) where bytes[index] >= 0x80 { return nil }
            func at(_ offset: Int) -> UInt8 { spaces + offset < bytes.count ? bytes[spaces + offset] : 0 }
            let first = at(0)
            let fence = (first == 0x60 || first == 0x7E) && at(1) == first && at(2) == first  // ``` ~~~
            var list = (first == 0x2D || first == 0x2A || first == 0x2B) && at(1) == 0x20  // "- " "* " "+ "
            if !list {
                var digits = 0
                while digits < 4, (0x30...0x39).contains(at(digits)) { digits += 1 }
                list = (1...3).contains(digits) && (at(digits) == 0x2E || at(digits) == 0x29) && at(digits + 1) == 0x20
            }
            return (spaces, fence, hashes > 0 ? hashes : nil, list)
        }
    }

    static func isListItem(_ line: Substring) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let rest = line.dropFirst(digits.count)
        return rest.hasPrefix(". ") || rest.hasPrefix(") ")
    }
}
