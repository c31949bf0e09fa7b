/// Where running text names a service or a party of the agreement: by a service's name ("BUP",
/// "socialtjänsten", "barn- och ungdomspsykiatrin") or by a party's own name. `import` reads who is who
/// with it (FactFinder); BUS023 compares what the text says with the front matter.
public enum PartyMentions {
    /// Each service the words name, at its first mention, in order. A one-stem name starts a word:
    /// "rektor" is not inside "socialdirektör" (a StemPhrase alone would find it there).
    public static func services(in words: ArraySlice<String>, ruleSet: RuleSet) -> [(service: String, range: ClosedRange<Int>)] {
        var found: [(String, ClosedRange<Int>)] = []
        let sorted = words.sorted()
        for (id, name) in ruleSet.services where name.aliases.contains(where: { $0.mayOccur(amongSorted: sorted) }) {
            let ranges = name.aliases.compactMap { alias -> ClosedRange<Int>? in
                guard let range = alias.matchRange(in: words) else { return nil }
                if alias.stems.count == 1, let stem = alias.stems.first, !words[range.lowerBound].hasPrefix(stem.text) {
                    var rest = words[(range.lowerBound + 1)...]
                    while let next = alias.matchRange(in: rest) {
                        if words[next.lowerBound].hasPrefix(stem.text) { return next }
                        rest = words[(next.lowerBound + 1)...]
                    }
                    return nil
                }
                return range
            }
            if let first = ranges.min(by: { $0.lowerBound < $1.lowerBound }) { found.append((id, first)) }
        }
        return found.sorted { $0.1.lowerBound < $1.1.lowerBound }
    }

    /// The parties of an agreement the words name, in order: by the party's name (of four letters or
    /// more), else by a service, which names every party that provides it.
    public static func parties(in words: [String], of agreement: Agreement, ruleSet: RuleSet) -> [(parties: Set<String>, range: ClosedRange<Int>)] {
        var found: [(parties: Set<String>, range: ClosedRange<Int>)] = []
        for party in agreement.parties {
            guard let name = party.name?.value, name.count >= 4 else { continue }
            if let range = StemPhrase(Words.folded(name).joined(separator: " "), gap: 0).matchRange(in: words[...]) {
                found.append(([party.id.value], range))
            }
        }
        if found.isEmpty {
            for (service, range) in services(in: words[...], ruleSet: ruleSet) {
                let providers = Set(agreement.parties.filter { $0.services.contains { $0.value == service } }.map(\.id.value))
                if !providers.isEmpty { found.append((providers, range)) }
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
