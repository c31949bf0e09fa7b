extension Agreement {
    /// The group a reference means — `ansvarig:`, an escalation step, `protocol --group` — as people
    /// write it: its id or name in any case; its id, kind or name inflected ("styrgruppen",
    /// "individforumet", "BUS-gruppen"), compared as `NameKey`s; or its name without "BUS" and without
    /// the area ("lokala styrgruppen", "bus-gruppen" for "BUS lokal styrgrupp Nacka", "BUS-gruppen i
    /// Nacka") when that names one group only. A kind or word shared by two groups names neither.
    /// What is compared on the groups' side is worked out once per agreement (`GroupNames`).
    public func group(named written: String) -> Group? {
        let text = written.blanksTrimmed()
        if let exact = groups.first(where: { $0.id.value == text }) { return exact }
        let wanted = text.lowercased()
        let names = groupNames.entries
        if let found = names.firstIndex(where: { $0.lowercasedID == wanted }) ?? names.firstIndex(where: { $0.lowercasedName == wanted }) {
            return groups[found]
        }
        let keys = NameKey.candidates(text)
        let byKey = names.indices.filter { !keys.isDisjoint(with: names[$0].keys) }
        if byKey.count == 1 { return groups[byKey[0]] }
        let words = Self.groupNameWords(text, areaWords: groupNames.areaWords)
        guard !words.isEmpty else { return nil }
        // The id in a Swedish form ("behandlingskonferensen" for `behandlingskonferens`).
        let plain = Words.folded(text).joined(separator: "-")
        if let byID = names.firstIndex(where: { entry in ["en", "et", "n", "t"].contains { entry.foldedID + $0 == plain } }) { return groups[byID] }
        let matches = names.indices.filter { index in
            let own = names[index].words
            return words == own || (words.count > 1 && words.isSubset(of: own)) || (words.count == 1 && own.contains(words.first!))
        }
        return matches.count == 1 ? groups[matches[0]] : nil
    }

    /// A group's name as words that matter: folded, each without its Swedish ending ("styrgruppen" →
    /// styrgrupp, "lokala" → lokal, "Vallentunas" → the area's word), without the area's words, "BUS",
    /// "lokal" (a name is the same with or without them) and small words ("styrgruppen i Vallentuna").
    public static func groupNameWords(_ name: String, area: String?) -> Set<String> {
        groupNameWords(name, areaWords: groupNameAreaWords(area))
    }

    /// The area's words, as `groupNameWords` leaves them out.
    static func groupNameAreaWords(_ area: String?) -> Set<String> {
        Set(Words.folded(area ?? "").map(groupNameWord))
    }

    static func groupNameWords(_ name: String, areaWords: Set<String>) -> Set<String> {
        Set(Words.folded(name).filter { !$0.isEmpty && !NameKey.fillers.contains($0) }.map(groupNameWord)
            .filter { !areaWords.contains($0) && !ignoredNameWords.contains($0) })
    }

    /// Where running text names a group by the name the agreement gives it: its name's words next to
    /// each other, in any order and inflection, small words and the area's words aside ("BUS-gruppen"
    /// for `namn: BUS-gruppen i Nacka`, "ledningsgruppen för BUS" or "ledningsgruppen" for `namn: BUS
    /// ledningsgrupp Sundbyberg`: "BUS" and "lokal" may be left out, unless only "gruppen" is left). Each
    /// match is given at the index of its first word.
    public func groupNames(in words: [String]) -> [(index: Int, group: Group)] {
        // The names' words were made with the groups (`GroupNames.TextName`); the text's words once here,
        // not again for each group.
        let entries = groupNames.entries
        guard entries.contains(where: { $0.textName != nil }) else { return [] }
        let keys = words.map { GroupNames.textKey($0, areaWords: groupNames.areaWords) }
        var found: [(index: Int, group: Group)] = []
        for (group, entry) in zip(groups, entries) {
            guard let name = entry.textName else { continue }
            let wanted = name.words, required = name.required
            var matchedUpTo = 0
            for start in words.indices where start >= matchedUpTo {
                guard let first = keys[start], name.list.contains(first) else { continue }
                var seen: Set<String> = [], index = start
                // The name's words, with small words and the area's between them ("ledningsgruppen för BUS").
                while index < words.count, index - start < wanted.count + 3 {
                    guard let next = keys[index] else { index += 1; continue }
                    guard name.list.contains(next) else { break }
                    seen.insert(next)
                    index += 1
                    if seen == wanted { break }
                }
                if seen.isSuperset(of: required) {
                    found.append((start, group))
                    matchedUpTo = index
                }
            }
        }
        return found
    }

    /// Whether a folded word of running text may be one of a group's name's words as `groupNames(in:)`
    /// reads them: where it is none, no name found there starts at it.
    func mayNameGroup(_ word: String) -> Bool {
        guard groupNames.entries.contains(where: { $0.textName != nil }),
              let key = GroupNames.textKey(word, areaWords: groupNames.areaWords) else { return false }
        return groupNames.entries.contains { $0.textName?.list.contains(key) == true }
    }

    static let ignoredNameWords: Set<String> = ["bus", "lokal", "i", "pa", "inom", "om", "av"]

    /// One word of a name without its Swedish ending.
    public static func groupNameWord(_ folded: String) -> String {
        var word = NameKey.stripEndings(folded)
        if word.count > 4, word.hasSuffix("a") { word.removeLast() }
        return word
    }
}

extension Agreement {
    /// The attachment a protocol or form reference means: by `id`, by `fil`, or by title.
    public func attachment(named written: String) -> Attachment? {
        if let exact = attachments.first(where: { $0.id?.value == written || $0.file?.value == written }) { return exact }
        let keys = NameKey.candidates(written)
        return attachments.first { attachment in
            attachment.title.map { !keys.isDisjoint(with: NameKey.candidates($0.value)) } ?? false
        }
    }
}

extension Agreement {
    /// Whether some group's `typ` is written but unreadable: then "no group of this kind" cannot be
    /// told, and the structure finding is the only one.
    public var hasGroupOfUnreadableKind: Bool {
        groups.contains { $0.kind == nil && writtenKeys.contains(KeyReference("typ", in: $0.range.start)) }
    }

    /// Whether some party's `huvudman` is missing or unreadable: which principals are present (and sign)
    /// cannot be told, and the structure finding is the only one.
    public var hasPartyOfUnknownPrincipal: Bool {
        parties.contains { $0.principal == nil }
    }

    /// Whether a reference names a party the agreement does not have (BUS014's finding).
    func namesUnknownParty(_ reference: Located<String>?) -> Bool {
        reference.map { party(withID: $0.value) == nil } ?? false
    }
}

/// What `Agreement.group(named:)` compares a reference with, per group in `groups`' order: worked out
/// when the groups or the area are set, not again for every reference.
struct GroupNames: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        var lowercasedID: String
        var lowercasedName: String?
        /// The `NameKey`s its id, name and kind may stand for.
        var keys: Set<NameKey>
        /// The words of its name (or id) that matter (`Agreement.groupNameWords`).
        var words: Set<String>
        var foldedID: String
        /// How running text names it (`Agreement.groupNames(in:)`); nil when it has no name, or a name of
        /// "BUS" alone: every BUS in the text would be it.
        var textName: TextName?
    }

    /// The words of a group's name as running text may write them (`textKey`), and those of them the text
    /// must write: "Ledningsgruppen" names "BUS ledningsgrupp Huddinge" without its "BUS"; "gruppen" alone
    /// names no group, so "BUS-gruppen" must be written whole.
    struct TextName: Equatable, Sendable {
        var words: Set<String>
        var required: Set<String>
        /// The same words as a list: a name has a few, compared in turn faster than hashed, for every word of
        /// every sentence asked about.
        var list: [String]

        init?(_ name: String, areaWords: Set<String>) {
            words = Set(Words.folded(name).compactMap { GroupNames.textKey($0, areaWords: areaWords) })
            list = words.sorted()
            let core = words.subtracting(["bus", "lokal"])
            guard !core.isEmpty else { return nil }
            required = core == ["grupp"] ? words : core
        }
    }

    /// Words that may stand between a name's words in running text: the name is the same without them.
    private static let smallWords = NameKey.fillers.union(Agreement.ignoredNameWords).subtracting(["bus", "lokal"])

    /// A folded word of running text or of a group's name as `Agreement.groupNames(in:)` compares them:
    /// without its Swedish ending; nil for a small word or one of the area's.
    static func textKey(_ word: String, areaWords: Set<String>) -> String? {
        if smallWords.contains(word) { return nil }
        let key = Agreement.groupNameWord(word)
        return areaWords.contains(key) ? nil : key
    }

    var entries: [Entry] = []
    var areaWords: Set<String> = []

    init() {}

    init(groups: [Group], area: String?) {
        areaWords = Agreement.groupNameAreaWords(area)
        entries = groups.map { group in
            var names = [group.id.value]
            if let name = group.name?.value { names.append(name) }
            if let kind = group.kind?.value { names.append(kind.rawValue) }
            return Entry(
                lowercasedID: group.id.value.lowercased(), lowercasedName: group.name?.value.lowercased(),
                keys: names.reduce(into: []) { $0.formUnion(NameKey.candidates($1)) },
                words: Agreement.groupNameWords(group.name?.value ?? group.id.value, areaWords: areaWords),
                foldedID: group.id.value.folded(),
                textName: group.name.flatMap { TextName($0.value, areaWords: areaWords) })
        }
    }
}
