/// Two texts compared word by word (a longest common subsequence over words, white space kept with the
/// word before it), as runs of kept, deleted and inserted text.
public enum WordDiff {
    public enum Piece: Equatable, Sendable {
        case same(String)
        case deleted(String)
        case inserted(String)
    }

    /// Texts longer than this many words on both sides are compared as a whole (delete, insert): the
    /// table would need more memory than a redline is worth.
    static let maximumCells = 4_000_000

    public static func compare(_ old: String, _ new: String) -> [Piece] {
        let a = words(old), b = words(new)
        guard a.count * b.count <= maximumCells else {
            return merge((a.isEmpty ? [] : [.deleted(a.joined())]) + (b.isEmpty ? [] : [.inserted(b.joined())]))
        }
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...], in one flat array.
        let width = b.count + 1
        var lengths = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i * width + j] = Self.same(a[i], b[j])
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var pieces: [Piece] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, Self.same(a[i], b[j]) {
                // The new text's spacing, unless it has none where the old had some (its last word):
                // a deleted word after it must not run into it.
                pieces.append(.same(b[j].last?.isWhitespace == true || a[i].last?.isWhitespace != true ? b[j] : a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                pieces.append(.deleted(a[i])); i += 1
            } else {
                pieces.append(.inserted(b[j])); j += 1
            }
        }
        return merge(pieces)
    }

    /// Whether two texts differ in their words (not only in white space).
    public static func differs(_ old: String, _ new: String) -> Bool {
        old.split(whereSeparator: \.isWhitespace) != new.split(whereSeparator: \.isWhitespace)
    }

    /// Words with the white space after them; a leading run of white space is a word of its own.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var inSpace = false
        for character in text {
            if character.isWhitespace {
                inSpace = true
            } else if inSpace {
                result.append(current)
                current = ""
                inSpace = false
            }
            current.append(character)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Words are the same when they differ at most in the white space after them.
    private static func same(_ a: String, _ b: String) -> Bool {
        a == b || a.trimming(.trailing) == b.trimming(.trailing)
    }

    private static func merge(_ pieces: [Piece]) -> [Piece] {
        var merged: [Piece] = []
        for piece in pieces {
            switch (merged.last, piece) {
            case let (.same(a)?, .same(b)): merged[merged.count - 1] = .same(a + b)
            case let (.deleted(a)?, .deleted(b)): merged[merged.count - 1] = .deleted(a + b)
            case let (.inserted(a)?, .inserted(b)): merged[merged.count - 1] = .inserted(a + b)
            default: merged.append(piece)
            }
        }
        return merged
    }
}
