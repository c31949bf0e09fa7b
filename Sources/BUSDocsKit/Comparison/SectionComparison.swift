/// One section of the body in two versions. Sections are matched by their `{#id}`, then by heading, then
/// by heading without its number (a renumbered section), then by their words (a renamed section), so a section that moved is shown as moved, not as deleted and added.
public struct SectionComparison: Equatable, Sendable {
    public enum Status: String, Sendable {
        case unchanged, changed, moved, added, removed
    }

    public var heading: String
    /// The old heading, when the section was renamed.
    public var oldHeading: String?
    public var status: Status
    /// Whether its text changed too (a moved section may also have been edited).
    public var edited: Bool
    public var pieces: [WordDiff.Piece]
    /// The line of its heading in the new file (the old one for a removed section).
    public var line: Int

    /// The status in words: "ändrat", "flyttat och ändrat", "ny rubrik"…
    public var statusText: LocalizedText {
        switch status {
        case .unchanged: return LocalizedText(sv: "oförändrat", en: "unchanged")
        case .changed: return edited ? LocalizedText(sv: "ändrat", en: "changed") : LocalizedText(sv: "ny rubrik", en: "renamed")
        case .moved: return edited ? LocalizedText(sv: "flyttat och ändrat", en: "moved and changed") : LocalizedText(sv: "flyttat", en: "moved")
        case .added: return LocalizedText(sv: "nytt", en: "added")
        case .removed: return LocalizedText(sv: "borttaget", en: "removed")
        }
    }

    /// The level-2 sections of both versions, in the new version's order, removed sections where they stood.
    static func compare(old: Body, new: Body) -> [SectionComparison] {
        let pairs = match(old.sections, new.sections)
        let matchedOld = Set(pairs.compactMap { $0 })
        let kept = longestIncreasing(pairs.compactMap { $0 })
        var result: [SectionComparison] = []
        var pendingRemoved = old.sections.indices.filter { !matchedOld.contains($0) }
        for (newIndex, section) in new.sections.enumerated() {
            guard let oldIndex = pairs[newIndex] else {
                result.append(SectionComparison(heading: section.heading, status: .added, edited: true,
                                                pieces: [.inserted(section.markdown)], line: section.range.start.line))
                continue
            }
            // Removed sections that stood before this one in the old version go here.
            while let first = pendingRemoved.first, first < oldIndex {
                result.append(removed(old.sections[first]))
                pendingRemoved.removeFirst()
            }
            let before = old.sections[oldIndex]
            let edited = WordDiff.differs(before.markdown, section.markdown)
            let moved = !kept.contains(oldIndex)
            let renamed = before.heading != section.heading
            result.append(SectionComparison(
                heading: section.heading, oldHeading: renamed ? before.heading : nil,
                status: moved ? .moved : (edited || renamed ? .changed : .unchanged), edited: edited,
                pieces: edited ? WordDiff.compare(before.markdown, section.markdown) : [.same(section.markdown)],
                line: section.range.start.line))
        }
        result += pendingRemoved.map { removed(old.sections[$0]) }
        return result
    }

    private static func removed(_ section: Section) -> SectionComparison {
        SectionComparison(heading: section.heading, status: .removed, edited: true, pieces: [.deleted(section.markdown)], line: section.range.start.line)
    }

    /// For each new section, the index of its old version, or nil when it is new.
    static func match(_ old: [Section], _ new: [Section]) -> [Int?] {
        var pairs = [Int?](repeating: nil, count: new.count)
        var taken = Set<Int>()
        let passes: [(Section, Section) -> Bool] = [
            { a, b in a.explicitID != nil && a.explicitID == b.explicitID },
            { a, b in a.heading.folded() == b.heading.folded() },
            // Renumbered after a section before it was removed or added, its text edited too.
            { a, b in let name = unnumbered(a.heading); return !name.isEmpty && name == unnumbered(b.heading) },
            { a, b in similarity(a.markdown, b.markdown) >= 0.6 },
        ]
        for pass in passes {
            for (newIndex, section) in new.enumerated() where pairs[newIndex] == nil {
                if let oldIndex = old.indices.first(where: { !taken.contains($0) && pass(old[$0], section) }) {
                    pairs[newIndex] = oldIndex
                    taken.insert(oldIndex)
                }
            }
        }
        return pairs
    }

    /// A heading's words without its number ("10. Uppföljning", "9 Uppföljning" → "uppfoljning").
    static func unnumbered(_ heading: String) -> String {
        Words.folded(heading).drop { $0.allSatisfy(\.isNumber) }.joined(separator: " ")
    }

    /// The share of distinct words two texts have in common (Jaccard).
    static func similarity(_ a: String, _ b: String) -> Double {
        let x = Set(a.split(whereSeparator: \.isWhitespace)), y = Set(b.split(whereSeparator: \.isWhitespace))
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }

    /// The old indices that keep their relative order (a longest increasing subsequence): the others moved.
    static func longestIncreasing(_ sequence: [Int]) -> Set<Int> {
        guard !sequence.isEmpty else { return [] }
        var length = [Int](repeating: 1, count: sequence.count), previous = [Int](repeating: -1, count: sequence.count)
        for i in sequence.indices {
            for j in 0..<i where sequence[j] < sequence[i] && length[j] + 1 > length[i] {
                length[i] = length[j] + 1
                previous[i] = j
            }
        }
        var index = length.indices.max { length[$0] < length[$1] }!
        var result = Set<Int>()
        while index >= 0 {
            result.insert(sequence[index])
            index = previous[index]
        }
        return result
    }
}
