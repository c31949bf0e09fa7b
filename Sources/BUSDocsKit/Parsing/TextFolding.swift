import Foundation

extension StringProtocol {
    /// Lower case without diacritics and with single spaces, for comparing headings and names
    /// the way people read them: "Uppföljning" ~ "uppfoljning".
    public func folded() -> String {
        let plain = String(self).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return plain.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
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
