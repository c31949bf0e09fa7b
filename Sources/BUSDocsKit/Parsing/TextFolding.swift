import Foundation

extension StringProtocol {
    /// Lower case without diacritics and with single spaces, for comparing headings and names
    /// the way people read them: "Uppföljning" ~ "uppfoljning".
    public func folded() -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            guard let plain = Folding.latin(scalar) else {
                // Outside Latin-1 and its accents Foundation knows best.
                let plain = String(self).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                return plain.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            }
            if pendingSpace { result.append(" "); pendingSpace = false }
            result.append(plain)
        }
        return String(result)
    }
}

/// Which ends of a text `trimming` takes from.
enum TrimmedEnds { case both, trailing }

extension Substring {
    /// Without the scalars `isTrimmed` accepts (white space, unless told) at both ends or only at the end:
    /// the one trim, on Unicode scalars (no grapheme breaking, no bridging to Foundation).
    func trimming(_ ends: TrimmedEnds = .both, where isTrimmed: (Unicode.Scalar) -> Bool = { $0.isWhitespace }) -> Substring {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        if ends == .both { while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) } }
        while end > start, isTrimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return Substring(scalars[start..<end])
    }
    /// Without white space at either end.
    func trimmingWhitespace() -> String {
        String(trimming())
    }

    /// `trimmingCharacters(in: .whitespaces)` without Foundation's bridging, which costs far more than the
    /// trim: the same scalars (spaces, tabs, the Unicode space separators) off both ends.
    func blanksTrimmed() -> Substring {
        guard let first = utf8.first, let last = utf8.last else { return self }
        // Most lines start and end with neither a space nor a tab nor a byte of a non-ASCII scalar.
        let plain = { (byte: UInt8) in byte != 0x20 && byte != 0x09 && byte < 0x80 }
        if plain(first), plain(last) { return self }
        return trimming(where: \.isBlank)
    }
}

extension String {
    func trimming(_ ends: TrimmedEnds = .both, where isTrimmed: (Unicode.Scalar) -> Bool = { $0.isWhitespace }) -> Substring {
        self[...].trimming(ends, where: isTrimmed)
    }

    /// Without white space at either end; the text itself (no copy) when it has none there.
    func trimmingWhitespace() -> String {
        if let first = unicodeScalars.first, let last = unicodeScalars.last, !first.isWhitespace, !last.isWhitespace { return self }
        return String(trimming())
    }

    /// `trimmingCharacters(in: .whitespaces)` without Foundation's bridging (`Substring.blanksTrimmed`);
    /// the text itself (no copy) when it has none there.
    func blanksTrimmed() -> String {
        let trimmed = self[...].blanksTrimmed()
        return trimmed.utf8.count == utf8.count ? self : String(trimmed)
    }
}

extension Unicode.Scalar {
    /// A space or a tab: what YAML and the front matter's delimiters count as blank.
    var isSpaceOrTab: Bool { self == " " || self == "\t" }

    /// Foundation's `CharacterSet.whitespaces` (a space separator or a tab), with ASCII decided without it.
    var isBlank: Bool {
        isASCII ? self == " " || self == "\t" : CharacterSet.whitespaces.contains(self)
    }

    /// Unicode's White_Space, as `properties.isWhitespace` says it, with ASCII (tab to carriage return and
    /// the space) decided without the property tables.
    var isWhitespace: Bool {
        isASCII ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}

/// Folding without Foundation for the letters Swedish text uses: ASCII, and Latin-1's accented letters.
enum Folding {
    /// The accented Latin-1 letters (U+00C0…U+00FF) without their accents, in lower case; "" for × and ÷.
    private static let latin1: [Unicode.Scalar] = Array("aaaaaaaceeeeiiiidnooooo×ouuuuyþsaaaaaaaceeeeiiiidnooooo÷ouuuuyþy".unicodeScalars)

    /// The folded form of a scalar, or nil when it is outside what this table knows.
    static func latin(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 0x20)
        case 0x00...0x7F: return scalar
        case 0xC0...0xFF where scalar.value != 0xC6 && scalar.value != 0xE6 && scalar.value != 0xDF:
            return latin1[Int(scalar.value - 0xC0)]
        default: return nil
        }
    }
}

/// The nearest of some candidates to a misspelt word, for "did you mean …?" hints.
public enum Suggestion {
    /// The candidate with the smallest edit distance, when it is close enough to be a typo.
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.folded())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.folded()))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, (max(target.count, best.candidate.count) + 2) / 3))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// Every candidate as near as the nearest, in their order, when close enough to be a typo: `bum`
    /// is as near `bup` as `bumm`.
    public static func nearestAll(to word: String, in candidates: [String]) -> [String] {
        guard let nearest = nearest(to: word, in: candidates) else { return [] }
        let target = Array(word.folded())
        let distance = editDistance(target, Array(nearest.folded()))
        return candidates.filter { editDistance(target, Array($0.folded())) == distance }
    }

    /// The word among a few fixed ones (the commands, the values of `--format`) that a word typed on the
    /// command line was meant to be: the nearest up to case, two neighbouring letters swapped counting as
    /// one slip (`pfd` is `pdf`, `jsno` is `json`), when it is at most two slips or a third of the word
    /// away and keeps at least one of its letters in place (`xx` is no `md`).
    public static func nearestWord(to typed: String, in words: [String]) -> String? {
        let target = Array(typed.lowercased())
        let nearest = words.map { ($0, swapDistance(target, Array($0.lowercased()))) }.min { $0.1 < $1.1 }
        guard let (word, distance) = nearest, distance <= max(2, word.count / 3), distance < word.count else { return nil }
        return word
    }

    /// The edit distance in which swapping two neighbouring characters is one edit (optimal string alignment).
    static func swapDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = Swift.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = Swift.min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
