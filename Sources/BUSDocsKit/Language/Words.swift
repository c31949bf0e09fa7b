/// Running text cut into folded words (lower case, no diacritics), as every rule that reads Swedish
/// text compares it: "SIP – samordnad individuell plan" is [sip, samordnad, individuell, plan].
public enum Words {
    public static func folded(_ text: String) -> [String] {
        // Each word appended as it is read: no list of words with their columns made first.
        var text = text
        var words: [String] = []
        text.withUTF8 { bytes in scan(bytes: bytes, into: &words) { words, word, _, _ in words.append(word) } }
        return words
    }

    /// The words with the column (in scalars, from 0) each starts at. A colon inside a word ("3:e",
    /// "BUSSAM:s") ends it, so genitives and ordinals read as their parts.
    ///
    /// Read on UTF-8 bytes: a word is folded as it is cut (Latin letters by table, others lower-cased),
    /// since every sentence of every agreement passes through here.
    /// Each word with its column and whether a sentence ends after it: `.`, `!`, `?` or `;` before a
    /// space, the line's end or closing markup (`*`, `_`, `)`, `"`).
    static func scan(_ text: String) -> [(word: String, column: Int, endsSentence: Bool)] {
        var text = text
        var words: [(word: String, column: Int, endsSentence: Bool)] = []
        text.withUTF8 { bytes in scan(bytes: bytes, into: &words) { $0.append(($1, $2, $3)) } }
        return words
    }

    /// The same for a line of a larger text, read in place, each word handed on as it is read (no
    /// array of them is made): its text, column and whether a sentence ends after it. What the caller
    /// keeps is passed through `state`, so its closure captures nothing it changes.
    static func scan<State>(_ text: Substring, into state: inout State, _ body: (inout State, String, Int, Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in scan(bytes: bytes, into: &state, body) }
    }

    private static func scan<State>(bytes: UnsafeBufferPointer<UInt8>, into state: inout State,
                                    _ body: (inout State, String, Int, Bool) -> Void) {
        var scanner = Scanner(bytes: bytes)
        scanner.scan(into: &state, body)
    }

    /// The state of one scan, as a value whose methods change it: local functions over captured
    /// variables would have every access to them checked at run time.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        // A word is handed on once the next one starts or the text ends: until then a `.` may still end
        // a sentence after it.
        var last: (word: String, column: Int, endsSentence: Bool)?
        // Most words are lower-case ASCII already: made straight from the text's bytes. Only a word with
        // a letter to fold is copied, from its first such letter on, into `folded`.
        var wordStart = -1
        var folding = false
        var folded: [UInt8] = []
        var start = 0, column = 0, index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            folded.reserveCapacity(32)
        }

        mutating func flush<State>(into state: inout State, _ body: (inout State, String, Int, Bool) -> Void) {
            guard wordStart >= 0 else { return }
            if let last { body(&state, last.word, last.column, last.endsSentence) }
            let word = folding ? String(decoding: folded, as: UTF8.self)
                               : String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<index]), as: UTF8.self)
            last = (word, start, false)
            wordStart = -1
            if folding {
                folding = false
                folded.removeAll(keepingCapacity: true)
            }
        }

        /// From here on the word is written into `folded`: what it has so far is lower-case ASCII.
        mutating func startFolding() {
            guard !folding else { return }
            folding = true
            folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[wordStart..<index]))
        }

        /// A word shortened with one period that a number or a small letter follows: "14 kap. 1 §", "nr. 3",
        /// "kl. 9", "ca. 20": its period ends no sentence either.
        static func isAbbreviation(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            abbreviations.contains { $0.elementsEqual(word) }
        }

        static let abbreviations: [[UInt8]] = ["kap", "nr", "kl", "ca", "st", "p", "s", "tel", "bil", "art", "resp", "jfr"].map { Array($0.utf8) }

        /// Whether the text at `at` goes on with a digit or a small letter: then the period of a dotted
        /// abbreviation before it ("t.o.m. 2027-12-31", "bl.a. skolan") ends no sentence. A capital after
        /// it ("… m.m. Styrgruppen") starts one.
        func continuesAfterSpace(_ at: Int) -> Bool {
            guard at < bytes.count else { return false }
            switch bytes[at] {
            case 0x30...0x39, 0x61...0x7A: return true
            // å ä ö é and the other small Latin-1 letters: C3 A0–C3 BF.
            case 0xC3: return at + 1 < bytes.count && (0xA0...0xBF).contains(bytes[at + 1])
            default: return false
            }
        }

        mutating func scan<State>(into state: inout State, _ body: (inout State, String, Int, Bool) -> Void) {
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    switch lead {
                    case 0x30...0x39, 0x61...0x7A:
                        if wordStart < 0 { wordStart = index; start = column }
                        if folding { folded.append(lead) }
                    case 0x41...0x5A:
                        if wordStart < 0 { wordStart = index; start = column }
                        startFolding()
                        folded.append(lead + 0x20)
                    case 0x2E, 0x21, 0x3F, 0x3B:  // . ! ? ;
                        let abbreviation = lead == 0x2E && wordStart >= 0
                            && (wordStart > 0 && bytes[wordStart - 1] == 0x2E || Self.isAbbreviation(bytes[wordStart..<index]))
                        flush(into: &state, body)
                        let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
                        switch next {
                        case 0x20 where abbreviation && continuesAfterSpace(index + 2):
                            break
                        case 0x20, 0x2A, 0x5F, 0x29, 0x22, 0x0A, 0x0D, 0x09:  // space * _ ) " LF CR tab
                            last?.endsSentence = true
                        default:
                            break
                        }
                    default:
                        flush(into: &state, body)
                    }
                    index += 1
                    column += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                let end = min(bytes.count, index + length)
                let scalar = Words.scalar(in: bytes, from: index, to: end)
                if Words.isWordScalar(scalar) {
                    if wordStart < 0 { wordStart = index; start = column }
                    startFolding()
                    if let latin = Folding.latin(scalar) {
                        if latin.isASCII { folded.append(UInt8(latin.value)) } else { folded.append(contentsOf: String(latin).utf8) }
                    } else {
                        folded.append(contentsOf: String(scalar).lowercased().utf8)
                    }
                } else {
                    flush(into: &state, body)
                }
                index = end
                column += 1
            }
            flush(into: &state, body)
            if let last { body(&state, last.word, last.column, last.endsSentence) }
        }
    }

    /// The scalar a multi-byte UTF-8 sequence encodes: decoded by hand for the sequences valid text
    /// has, by the standard library for anything cut short.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, from index: Int, to end: Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[index])
        switch end - index {
        case 2 where lead >= 0xC0 && lead < 0xE0:
            return Unicode.Scalar((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)) ?? " "
        case 3 where lead >= 0xE0 && lead < 0xF0:
            return Unicode.Scalar((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)) ?? " "
        default:
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).unicodeScalars.first ?? " "
        }
    }

    /// Letters and digits; ASCII decided without the Unicode tables.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A, 0x41...0x5A: return true
        case 0...0x7F: return false
        // The Latin-1 letters (not × and ÷), and General Punctuation (dashes, quotes, spaces), which holds
        // no letter or digit: what Swedish text has, decided without the Unicode tables.
        case 0xC0...0xFF: return scalar.value != 0xD7 && scalar.value != 0xF7
        case 0x2000...0x206F: return false
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
        var bytes: [UInt8]

        init(text: String, exact: Bool) {
            self.text = text
            self.exact = exact
            bytes = Array(text.utf8)
        }
    }

    var stems: [Stem]
    public var gap: Int

    /// A gap no sentence is longer than: the stems anywhere in order in one sentence.
    public static let anyGap = 10_000

    public init(_ phrase: String, gap: Int = 2) {
        stems = Self.tokens(phrase).flatMap { token -> [Stem] in
            let exact = token.hasSuffix("$")
            return Words.folded(String(token)).map { Stem(text: $0, exact: exact) }
        }
        self.gap = gap
    }

    /// The phrase cut at its spaces, as `split(separator: " ")` cuts it. A phrase of characters below
    /// U+0300 only (every byte below CC) is cut on its bytes: none of those characters joins a space
    /// to the one after it, so each space is a character of its own. Others are cut on the characters.
    /// Every rule set's phrases pass here when it is read, at each start.
    static func tokens(_ phrase: String) -> [Substring] {
        let utf8 = phrase.utf8
        guard !utf8.contains(where: { $0 >= 0xCC }) else { return phrase.split(separator: " ") }
        return utf8.split(separator: 0x20).map { Substring($0) }
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

    /// The word each stem matched, in the first match: what a hint changes a part of.
    public func matchPositions(in words: ArraySlice<String>) -> [Int]? {
        guard let range = matchRange(in: words) else { return nil }
        var positions = [range.lowerBound]
        for stem in stems.dropFirst() {
            let window = (positions[positions.count - 1] + 1)..<min(words.endIndex, positions[positions.count - 1] + 2 + gap)
            guard let next = window.first(where: { stem.matches(words[$0], alone: false) }) else { return nil }
            positions.append(next)
        }
        return positions
    }

    /// The stems as folded text, in order.
    public var stemTexts: [String] { stems.map(\.text) }

    /// Whether every stem may match one of `words` (sorted): a word it starts, found by binary search, or
    /// one that holds it for a stem that also matches inside compounds. `joined`: the same words as one
    /// run of bytes, each after a line break and the last before one (`RuleContext`), where such a stem
    /// is looked for once rather than word by word.
    public func mayOccur(amongSorted words: [String], joined: [UInt8]? = nil) -> Bool {
        stems.allSatisfy { stem in
            var low = 0, high = words.count
            while low < high {
                let middle = (low + high) / 2
                if words[middle] < stem.text { low = middle + 1 } else { high = middle }
            }
            if low < words.count, stem.matches(words[low], alone: false) { return true }
            guard stems.count == 1, stem.bytes.count >= 6 else { return false }
            return joined.map(stem.occursAlone) ?? words.contains { stem.matches($0, alone: true) }
        }
    }

    /// The words among `words` (sorted; `joined` as for `mayOccur`) that the phrase's first stem matches.
    public func firstStemWords(amongSorted words: [String], joined: [UInt8]? = nil) -> [String] {
        guard let stem = stems.first else { return [] }
        if stems.count == 1, stem.bytes.count >= 6 {
            if let joined, !stem.occursAlone(in: joined) { return [] }
            return words.filter { stem.matches($0, alone: true) }
        }
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle] < stem.text { low = middle + 1 } else { high = middle }
        }
        var found: [String] = []
        while low < words.count, stem.matches(words[low], alone: false) {
            found.append(words[low])
            low += 1
        }
        return found
    }

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
    /// Whether `matches(_:alone: true)` holds for one of the words `joined` holds, each after a line
    /// break and the last before one: an exact or short stem is the bytes of a whole word there, between
    /// two line breaks; any other stands anywhere in a word (at its start or inside a compound), and no
    /// word holds a line break, so a place of it in `joined` is inside one word.
    func occursAlone(in joined: [UInt8]) -> Bool {
        let whole = exact || bytes.count < 4
        return SourceFile.Needle(whole ? [0x0A] + bytes + [0x0A] : bytes).occurs(in: joined[...])
    }

    func matches(_ word: String, alone: Bool) -> Bool {
        // A short stem is an acronym or a short word: "SIP" is not "Sipprutiner".
        // Folded words compare as bytes: no Unicode equivalence to work out. Compared on the contiguous
        // bytes (a small word's copied out once), not element by element through the views' iterators:
        // every word of every sentence that may hold a phrase comes through here.
        let whole = exact || bytes.count < 4
        let word = word.utf8
        let starts = word.withContiguousStorageIfAvailable { word in
            bytes.withUnsafeBufferPointer { stem in
                guard whole ? word.count == stem.count : word.count >= stem.count else { return false }
                for index in 0..<stem.count where word[index] != stem[index] { return false }
                return true
            }
        } ?? (whole ? word.elementsEqual(bytes) : word.starts(with: bytes))
        if whole || starts { return starts }
        // Compounds put the topic last as often as first: "samverkansavvikelser", "informationssamtycke".
        guard alone, bytes.count >= 6, word.count > bytes.count else { return false }
        return Self.contains(word, bytes)
    }

    /// Whether a word's UTF-8 holds the bytes anywhere (they are not at its start: that was asked first).
    private static func contains(_ word: String.UTF8View, _ part: [UInt8]) -> Bool {
        let found = word.withContiguousStorageIfAvailable { word in
            part.withUnsafeBufferPointer { part in
                var start = 1
                while start + part.count <= word.count {
                    if word[start] == part[0] {
                        var index = 1
                        while index < part.count, word[start + index] == part[index] { index += 1 }
                        if index == part.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
        return found ?? (Array(word).firstRange(of: part) != nil)
    }
}
