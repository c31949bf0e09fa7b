/// One section of the body in two versions, at any heading level: the text before the first `##`, each
/// `##` section, and each `###` (and deeper) section under the section it belongs to. Sections are matched
/// among their siblings by their `{#id}`, then by heading, then by heading without its number (a
/// renumbered section), then by their words (a renamed section), so a section that moved is shown as
/// moved, not as deleted and added.
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

    /// Where the section stands, by its headings: "Organisation › BUS individforum"; the text before the
    /// first heading by those words.
    public var title: LocalizedText {
        guard !heading.isEmpty else { return LocalizedText(sv: "Texten före första rubriken", en: "The text before the first heading") }
        let title = (path + [heading]).joined(separator: " › ")
        return LocalizedText(sv: title, en: title)
    }

    /// Every section of both versions at every level, each followed by those under it: the text before
    /// the first `##` first, then the sections in the new version's order, removed ones where they stood.
    static func compare(old: Body, new: Body) -> [SectionComparison] {
        introduction(old: old, new: new) + compare(old.sections, new.sections, oldPath: [], newPath: [])
    }

    /// Sibling sections compared, and the sections under each pair compared in turn.
    private static func compare(_ old: [Section], _ new: [Section], oldPath: [String], newPath: [String]) -> [SectionComparison] {
        let pairs = match(old, new)
        let matchedOld = Set(pairs.compactMap { $0 })
        let kept = longestIncreasing(pairs.compactMap { $0 })
        var result: [SectionComparison] = []
        var pendingRemoved = old.indices.filter { !matchedOld.contains($0) }
        for (newIndex, section) in new.enumerated() {
            guard let oldIndex = pairs[newIndex] else {
                result += added(section, under: newPath)
                continue
            }
            // Removed sections that stood before this one in the old version go here.
            while let first = pendingRemoved.first, first < oldIndex {
                result += removed(old[first], under: oldPath)
                pendingRemoved.removeFirst()
            }
            let before = old[oldIndex]
            let edited = WordDiff.differs(before.markdown, section.markdown)
            let moved = !kept.contains(oldIndex)
            let renamed = before.heading != section.heading
            result.append(SectionComparison(
                heading: section.heading, oldHeading: renamed ? before.heading : nil,
                status: moved ? .moved : (edited || renamed ? .changed : .unchanged), edited: edited,
                pieces: edited ? WordDiff.compare(before.markdown, section.markdown) : [.same(section.markdown)],
                line: section.range.start.line, path: newPath, level: section.level))
            result += compare(before.children, section.children, oldPath: oldPath + [before.heading], newPath: newPath + [section.heading])
        }
        for index in pendingRemoved { result += removed(old[index], under: oldPath) }
        return result
    }

    /// A section the new version adds, and each section under it.
    private static func added(_ section: Section, under path: [String]) -> [SectionComparison] {
        [SectionComparison(heading: section.heading, status: .added, edited: true, pieces: [.inserted(section.markdown)],
                           line: section.range.start.line, path: path, level: section.level)]
            + section.children.flatMap { added($0, under: path + [section.heading]) }
    }

    /// A section the new version no longer has, and each section under it.
    private static func removed(_ section: Section, under path: [String]) -> [SectionComparison] {
        [SectionComparison(heading: section.heading, status: .removed, edited: true, pieces: [.deleted(section.markdown)],
                           line: section.range.start.line, path: path, level: section.level)]
            + section.children.flatMap { removed($0, under: path + [section.heading]) }
    }

    /// The text before the first `##` in two versions (the `#` title and what follows it); nothing when
    /// neither version has any.
    private static func introduction(old: Body, new: Body) -> [SectionComparison] {
        switch (introduction(of: old), introduction(of: new)) {
        case (nil, nil):
            return []
        case let (before?, nil):
            return removed(before, under: [])
        case let (nil, after?):
            return added(after, under: [])
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
