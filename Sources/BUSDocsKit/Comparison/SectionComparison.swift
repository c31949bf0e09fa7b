/// One section of the body in two versions, at any heading level: the text before the first `##`, each
/// `##` section, and each `###` (and deeper) section under the section it belongs to. Sections are matched
/// among their siblings by their `{#id}`, then by heading, then by heading without its number (a
/// renumbered section), then by their words (a renamed section), so a section that moved is shown as
/// moved, not as deleted and added. A section the new version has nowhere among its old siblings is then
/// looked for among all the sections of the old version that are not matched, in the same ways: a
/// subsection moved to another section is one move, from where it stood to where it stands.
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
    /// Its own text, without the sections under it (they are compared on their own).
    public var pieces: [WordDiff.Piece]
    /// The line of its heading in the new file (the old one for a removed section).
    public var line: Int
    /// The headings of the sections it stands under, outermost first: `["Organisation"]` for
    /// `### BUS individforum` under `## Organisation`; empty for a `##` section.
    public var path: [String] = []
    /// The level of its heading: 2 for `##`, 3 for `###`; 1 for the text before the first `##`, under the
    /// `#` title when it has one (`heading` is then the title, or empty).
    public var level = 2
    /// For a moved section: the headings it stood under in the old version (`path` for a section that
    /// only changed place among its siblings), and its place among its siblings before and now, from 1.
    public var oldPath: [String]?
    public var oldPosition: Int?
    public var position: Int?

    /// The status in words: "ändrat", "flyttat från ”Organisation” till ”Uppföljning” och ändrat",
    /// "flyttat från plats 2 till plats 4", "ny rubrik"…
    public var statusText: LocalizedText {
        switch status {
        case .unchanged: return LocalizedText(sv: "oförändrat", en: "unchanged")
        case .changed: return edited ? LocalizedText(sv: "ändrat", en: "changed") : LocalizedText(sv: "ny rubrik", en: "renamed")
        case .moved:
            let moved = movedText
            return edited ? LocalizedText(sv: moved.sv + " och ändrat", en: moved.en + " and changed") : moved
        case .added: return LocalizedText(sv: "nytt", en: "added")
        case .removed: return LocalizedText(sv: "borttaget", en: "removed")
        }
    }

    /// Where a moved section went: to another section ("flyttat från ”Organisation” till översta nivån"),
    /// or to another place among the same sections ("flyttat från plats 2 till plats 4").
    private var movedText: LocalizedText {
        if let oldPath, oldPath != path {
            let place = { (path: [String]) in
                path.isEmpty ? LocalizedText(sv: "översta nivån", en: "the top level")
                    : LocalizedText(sv: "”\(path.joined(separator: " › "))”", en: "\"\(path.joined(separator: " › "))\"")
            }
            let from = place(oldPath), to = place(path)
            return LocalizedText(sv: "flyttat från \(from.sv) till \(to.sv)", en: "moved from \(from.en) to \(to.en)")
        }
        guard let oldPosition, let position else { return LocalizedText(sv: "flyttat", en: "moved") }
        return LocalizedText(sv: "flyttat från plats \(oldPosition) till plats \(position)", en: "moved from position \(oldPosition) to \(position)")
    }

    /// Where the section stands, by its headings: "Organisation › BUS individforum"; the text before the
    /// first heading by those words.
    public var title: LocalizedText {
        guard !heading.isEmpty else { return LocalizedText(sv: "Texten före första rubriken", en: "The text before the first heading") }
        let title = (path + [heading]).joined(separator: " › ")
        return LocalizedText(sv: title, en: title)
    }

    /// Every section of both versions at every level, each followed by those under it: the text before
    /// the first `##` first, then the sections in the new version's order, removed ones where they stood,
    /// a section moved to another section where it now stands.
    static func compare(old: Body, new: Body) -> [SectionComparison] {
        let moves = Moves(old: old.sections, new: new.sections)
        return introduction(old: old, new: new) + compare(old.sections, new.sections, at: Place(), moves: moves)
    }

    /// Where a list of sibling sections stands in each version: the index of each section above them
    /// (which tells a section apart from another with the same heading), and their headings.
    struct Place {
        var oldIndices: [Int] = []
        var newIndices: [Int] = []
        var oldPath: [String] = []
        var newPath: [String] = []

        /// The place of the sections under the old section at `old` and the new one at `new`.
        func under(_ old: (index: Int, section: Section), _ new: (index: Int, section: Section)) -> Place {
            Place(oldIndices: oldIndices + [old.index], newIndices: newIndices + [new.index],
                  oldPath: oldPath + [old.section.heading], newPath: newPath + [new.section.heading])
        }
    }

    /// Sibling sections compared, and the sections under each pair compared in turn.
    private static func compare(_ old: [Section], _ new: [Section], at place: Place, moves: Moves) -> [SectionComparison] {
        // A section moved here from another section, or away to one, is not among the siblings to match.
        let pairs = match(old, new, skippingOld: Set(old.indices.filter { moves.movedAway.contains(place.oldIndices + [$0]) }),
                          skippingNew: Set(new.indices.filter { moves.origin[place.newIndices + [$0]] != nil }))
        let matchedOld = Set(pairs.compactMap { $0 })
        let kept = longestIncreasing(pairs.compactMap { $0 })
        var result: [SectionComparison] = []
        var pendingRemoved = old.indices.filter { !matchedOld.contains($0) }
        for (newIndex, section) in new.enumerated() {
            guard let oldIndex = pairs[newIndex] else {
                result += added(section, at: place.newIndices + [newIndex], under: place.newPath, moves: moves)
                continue
            }
            // Removed sections that stood before this one in the old version go here.
            while let first = pendingRemoved.first, first < oldIndex {
                result += removed(old[first], at: place.oldIndices + [first], under: place.oldPath, moves: moves)
                pendingRemoved.removeFirst()
            }
            result += pair(old: (oldIndex, old[oldIndex]), new: (newIndex, section), at: place, moved: !kept.contains(oldIndex), moves: moves)
        }
        for index in pendingRemoved { result += removed(old[index], at: place.oldIndices + [index], under: place.oldPath, moves: moves) }
        return result
    }

    /// A section in both versions, and the sections under it compared; `place` is where both stand
    /// (the old one's indices and path where it stood, for a section moved from another section).
    private static func pair(old: (index: Int, section: Section), new: (index: Int, section: Section), at place: Place, moved: Bool,
                             moves: Moves) -> [SectionComparison] {
        let before = old.section, section = new.section
        let edited = WordDiff.differs(before.markdown, section.markdown)
        let renamed = before.heading != section.heading
        return [SectionComparison(
            heading: section.heading, oldHeading: renamed ? before.heading : nil,
            status: moved ? .moved : (edited || renamed ? .changed : .unchanged), edited: edited,
            pieces: edited ? WordDiff.compare(before.markdown, section.markdown) : [.same(section.markdown)],
            line: section.range.start.line, path: place.newPath, level: section.level,
            oldPath: moved ? place.oldPath : nil, oldPosition: moved ? old.index + 1 : nil, position: moved ? new.index + 1 : nil)]
            + compare(before.children, section.children, at: place.under(old, new), moves: moves)
    }

    /// A section the new version adds, and each section under it; one moved here from another section
    /// is shown as moved, with the sections under it compared.
    private static func added(_ section: Section, at indices: [Int], under path: [String], moves: Moves) -> [SectionComparison] {
        if let origin = moves.origin[indices] {
            let place = Place(oldIndices: Array(origin.indices.dropLast()), newIndices: Array(indices.dropLast()), oldPath: origin.path, newPath: path)
            return pair(old: (origin.indices.last!, origin.section), new: (indices.last!, section), at: place, moved: true, moves: moves)
        }
        return [SectionComparison(heading: section.heading, status: .added, edited: true, pieces: [.inserted(section.markdown)],
                                  line: section.range.start.line, path: path, level: section.level)]
            + section.children.enumerated().flatMap { added($1, at: indices + [$0], under: path + [section.heading], moves: moves) }
    }

    /// A section the new version no longer has, and each section under it; one moved to another section
    /// is shown where it now stands.
    private static func removed(_ section: Section, at indices: [Int], under path: [String], moves: Moves) -> [SectionComparison] {
        guard !moves.movedAway.contains(indices) else { return [] }
        return [SectionComparison(heading: section.heading, status: .removed, edited: true, pieces: [.deleted(section.markdown)],
                                  line: section.range.start.line, path: path, level: section.level)]
            + section.children.enumerated().flatMap { removed($1, at: indices + [$0], under: path + [section.heading], moves: moves) }
    }

    /// The text before the first `##`, only in the new version or only in the old one.
    private static func added(_ section: Section) -> [SectionComparison] {
        [SectionComparison(heading: section.heading, status: .added, edited: true, pieces: [.inserted(section.markdown)],
                           line: section.range.start.line, level: section.level)]
    }

    private static func removed(_ section: Section) -> [SectionComparison] {
        [SectionComparison(heading: section.heading, status: .removed, edited: true, pieces: [.deleted(section.markdown)],
                           line: section.range.start.line, level: section.level)]
    }

    /// The text before the first `##` in two versions (the `#` title and what follows it); nothing when
    /// neither version has any.
    private static func introduction(old: Body, new: Body) -> [SectionComparison] {
        switch (introduction(of: old), introduction(of: new)) {
        case (nil, nil):
            return []
        case let (before?, nil):
            return removed(before)
        case let (nil, after?):
            return added(after)
        case let (before?, after?):
            let edited = WordDiff.differs(before.markdown, after.markdown), renamed = before.heading != after.heading
            return [SectionComparison(heading: after.heading, oldHeading: renamed ? before.heading : nil,
                                      status: edited || renamed ? .changed : .unchanged, edited: edited,
                                      pieces: edited ? WordDiff.compare(before.markdown, after.markdown) : [.same(after.markdown)],
                                      line: after.range.start.line, level: 1)]
        }
    }

    /// The text before the first `##` as a section of level 1: under its `# title` when it starts with one.
    static func introduction(of body: Body) -> Section? {
        guard !body.preamble.trimmingWhitespace().isEmpty else { return nil }
        let lines = body.preamble.split(separator: "\n", omittingEmptySubsequences: false)
        // The preamble starts at the body's first line that is not blank.
        let offset = body.markdown.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { !$0.trimmingWhitespace().isEmpty } ?? 0
        let line = body.firstLine + offset
        let range = { (line: Int) in SourceRange(start: SourceLocation(line: line, column: 1), end: SourceLocation(line: line, column: 1)) }
        guard let first = lines.first, first.hasPrefix("# ") else {
            return Section(heading: "", level: 1, explicitID: nil, range: range(line), markdown: body.preamble)
        }
        let text = lines.dropFirst().joined(separator: "\n").trimming { $0 == "\n" }
        return Section(heading: String(first.dropFirst(2)).trimmingWhitespace(), level: 1, explicitID: nil, range: range(line), markdown: String(text))
    }

    /// The ways an old section is the same as a new one, surest first: the same `{#id}`, the same
    /// heading, the same heading without its number, mostly the same words.
    static let sameSection: [@Sendable (Section, Section) -> Bool] = sameName + [sameWords]

    /// The same `{#id}`, heading, or heading without its number.
    static let sameName: [@Sendable (Section, Section) -> Bool] = [
        { a, b in a.explicitID != nil && a.explicitID == b.explicitID },
        { a, b in a.heading.folded() == b.heading.folded() },
        // Renumbered after a section before it was removed or added, its text edited too.
        { a, b in let name = unnumbered(a.heading); return !name.isEmpty && name == unnumbered(b.heading) },
    ]

    /// Mostly the same words (a renamed section).
    static let sameWords: @Sendable (Section, Section) -> Bool = { a, b in similarity(a.markdown, b.markdown) >= 0.6 }

    /// For each new section, the index of its old version, or nil when it is new; the sections at
    /// `skippingOld` and `skippingNew` are left out.
    static func match(_ old: [Section], _ new: [Section], skippingOld: Set<Int> = [], skippingNew: Set<Int> = []) -> [Int?] {
        var pairs = [Int?](repeating: nil, count: new.count)
        var taken = skippingOld
        for pass in sameSection {
            for (newIndex, section) in new.enumerated() where pairs[newIndex] == nil && !skippingNew.contains(newIndex) {
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
