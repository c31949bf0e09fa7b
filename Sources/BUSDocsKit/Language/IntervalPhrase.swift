/// Reads how often something recurs from Swedish words: `år`, `termin`, "varje år", "årligen",
/// "vartannat år", "var tredje månad", "2 år", "halvår", "kvartal".
public enum IntervalPhrase {
    /// The interval the words say, or nil when they say none.
    public static func interval(_ text: String) -> Interval? {
        interval(words: Words.folded(text))
    }

    /// `inText`: words of running text, where a school year is a year and a season every other time is
    /// every other year; a front matter value says `år` (BUS019 offers it for `läsår`).
    static func interval(words: [String], inText: Bool = false) -> Interval? {
        guard let last = words.last else { return nil }
        let before = words.dropLast()
        if words.count == 1, let adverb = adverbs[last] { return adverb }
        // "varannan höst": a season every other time is every other year.
        if inText, words.count == 2, ["vartannat", "varannan"].contains(words[0]), FrequencyPhrase.seasons.contains(last) { return Interval(every: 2, .year) }
        guard let (multiple, period) = inText ? textPeriodWord(last) : periodWord(last) else { return nil }
        switch before.count {
        case 0:
            return Interval(every: multiple, period)
        case 1:
            let word = before[before.startIndex]
            if ["varje", "per", "om", "i"].contains(word) { return Interval(every: multiple, period) }
            if ["vartannat", "varannan"].contains(word) { return Interval(every: 2 * multiple, period) }
            if let count = SwedishNumbers.cardinal(word), count > 0 { return Interval(every: count * multiple, period) }
            return nil
        case 2:
            let first = before[before.startIndex], second = before[before.startIndex + 1]
            guard ["var", "vart", "varje"].contains(first), let count = SwedishNumbers.ordinal(second) ?? SwedishNumbers.cardinal(second), count > 0 else { return nil }
            return Interval(every: count * multiple, period)
        default:
            return nil
        }
    }

    /// A period noun in any form, with how many periods it spans: "kvartal" is three months.
    static func periodWord(_ word: String) -> (Int, Period)? {
        switch word {
        case "ar", "aret", "arligen": return (1, .year)
        case "termin", "terminen", "terminer", "halvar", "halvaret", "halvarsvis", "terminsvis": return (1, .term)
        case "manad", "manaden", "manader", "manadsvis": return (1, .month)
        case "kvartal", "kvartalet", "kvartalsvis": return (3, .month)
        case "vecka", "veckan", "veckor", "veckovis": return (1, .week)
        default: return nil
        }
    }

    /// A period noun as running text writes it: also a school year or a calendar year, which is a year
    /// ("en gång per läsår").
    static func textPeriodWord(_ word: String) -> (Int, Period)? {
        periodWord(word) ?? (["lasar", "lasaret", "kalenderar", "kalenderaret", "verksamhetsar", "verksamhetsaret"].contains(word) ? (1, .year) : nil)
    }

    /// The interval an adverb ("årligen", "terminsvis") says. Each of them ends in one of a few
    /// letters: most words are passed over on their last byte, without hashing them.
    static func adverb(_ word: String) -> Interval? {
        guard let last = word.utf8.last, adverbLastBytes.contains(last) else { return nil }
        return adverbs[word]
    }

    private static let adverbLastBytes: [UInt8] = Array(Set(adverbs.keys.compactMap(\.utf8.last))).sorted()

    static let adverbs: [String: Interval] = [
        "arligen": Interval(.year), "arsvis": Interval(.year), "terminsvis": Interval(.term), "halvarsvis": Interval(.term),
        "manadsvis": Interval(.month), "kvartalsvis": Interval(every: 3, .month), "veckovis": Interval(.week),
    ]
}
