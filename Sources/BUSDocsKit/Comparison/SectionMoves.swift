extension SectionComparison {
    /// The sections that moved to another section: a section the new version has nowhere among its old
    /// siblings, matched with a section of the old version that is nowhere among its new siblings, in
    /// the ways of `sameSection`, surest first. A section is known by the indices of the sections above
    /// it and its own (`[3, 1]`: the second section under the fourth `##`), which tells two sections
    /// with the same heading apart.
    struct Moves: Sendable {
        /// Where each moved section stood in the old version, by its indices in the new one.
        var origin: [[Int]: Origin] = [:]
        /// The indices, in the old version, of the sections that moved away.
        var movedAway: Set<[Int]> = []

        struct Origin: Sendable {
            var section: Section
            var indices: [Int]
            /// The headings it stood under.
            var path: [String]
        }

        /// A section that is not among its siblings in the other version.
        private struct Candidate {
            var section: Section
            var indices: [Int]
            var path: [String]
        }

        init(old: [Section], new: [Section]) {
            var olds: [Candidate] = [], news: [Candidate] = []
            Self.unmatched(old, new, at: Place(), olds: &olds, news: &news)
            // A pair found takes the sections under both along: those are compared as siblings.
            var closedOld = Set<[Int]>(), closedNew = Set<[Int]>()
            // Anywhere in the text, two sections without words of their own are not the same by their words.
            let hasWords: @Sendable (Section) -> Bool = { section in !section.markdown.trimmingWhitespace().isEmpty }
            let passes = SectionComparison.sameName + [{ a, b in hasWords(a) && hasWords(b) && SectionComparison.sameWords(a, b) }]
            for same in passes {
                for candidate in news where !Self.within(candidate.indices, closedNew) {
                    guard let found = olds.first(where: { !Self.within($0.indices, closedOld) && same($0.section, candidate.section) }) else { continue }
                    origin[candidate.indices] = Origin(section: found.section, indices: found.indices, path: found.path)
                    movedAway.insert(found.indices)
                    closedOld.insert(found.indices)
                    closedNew.insert(candidate.indices)
                }
            }
        }

        /// Whether the section at `indices` is one of `closed` or under one of them.
        private static func within(_ indices: [Int], _ closed: Set<[Int]>) -> Bool {
            (1...indices.count).contains { closed.contains(Array(indices.prefix($0))) }
        }

        /// The sections of each version not matched among their siblings, with every section under them.
        private static func unmatched(_ old: [Section], _ new: [Section], at place: Place, olds: inout [Candidate], news: inout [Candidate]) {
            let pairs = SectionComparison.match(old, new)
            for (newIndex, section) in new.enumerated() {
                if let oldIndex = pairs[newIndex] {
                    unmatched(old[oldIndex].children, section.children, at: place.under((oldIndex, old[oldIndex]), (newIndex, section)),
                              olds: &olds, news: &news)
                } else {
                    news += all(section, at: place.newIndices + [newIndex], under: place.newPath)
                }
            }
            let matched = Set(pairs.compactMap { $0 })
            for index in old.indices where !matched.contains(index) {
                olds += all(old[index], at: place.oldIndices + [index], under: place.oldPath)
            }
        }

        /// A section and every section under it, outermost first.
        private static func all(_ section: Section, at indices: [Int], under path: [String]) -> [Candidate] {
            [Candidate(section: section, indices: indices, path: path)]
                + section.children.enumerated().flatMap { all($1, at: indices + [$0], under: path + [section.heading]) }
        }
    }
}
