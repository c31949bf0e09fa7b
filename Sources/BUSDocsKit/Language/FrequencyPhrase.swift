/// Frequencies and deadlines in running Swedish text: "minst två gånger per termin", "en gång om
/// året", "varje termin", "vartannat år", "årligen"; "inom två veckor", "senast 10 arbetsdagar".
public enum FrequencyPhrase {
    /// Times per year of the first frequency the words state, or nil.
    public static func perYear(in words: [String]) -> Double? {
        cadence(in: words).map { Double($0.times) * $0.interval.perYear }
    }

    /// The first frequency the words state as a count and the interval it is counted over: "två gånger
    /// per termin" is 2 per termin, "vartannat år" 1 per vartannat år, "årligen" 1 per år.
    public static func cadence(in words: [String]) -> (times: Int, interval: Interval)? {
        for index in words.indices {
            let word = words[index]
            if let adverb = IntervalPhrase.adverbs[word] { return (1, adverb) }
            let rest = Array(words[index...].prefix(3))
            // "två gånger per termin", "en gång om året"
            if (word == "gang" || word == "ganger"), index > 0, let count = SwedishNumbers.cardinal(words[index - 1]), count > 0,
               rest.count >= 3, ["per", "om", "i", "varje", "pa"].contains(rest[1]), let (multiple, period) = IntervalPhrase.periodWord(rest[2]) {
                return (count, Interval(every: multiple, period))
            }
            // "varje termin", "vartannat år", "var tredje månad" (a count alone, "18 år", is an age)
            guard ["varje", "per", "vartannat", "varannan", "var", "vart"].contains(word) else { continue }
            if index > 0, words[index - 1] == "gang" || words[index - 1] == "ganger" { continue }
            for length in [2, 3] where rest.count >= length {
                if let interval = IntervalPhrase.interval(words: Array(rest.prefix(length))) { return (1, interval) }
            }
        }
        return nil
    }

    /// Days of the first deadline the words state ("inom två veckor" is 14), or nil.
    public static func deadlineDays(in words: [String]) -> Int? {
        for index in words.indices where ["inom", "senast"].contains(words[index]) && index + 2 < words.count {
            guard let count = SwedishNumbers.cardinal(words[index + 1]), count > 0 else { continue }
            let unit = words[index + 2]
            if unit.hasPrefix("arbetsdag") { return (count * 7 + 4) / 5 }
            if unit.hasPrefix("dag") || unit.hasPrefix("dygn") { return count }
            if unit.hasPrefix("veck") { return count * 7 }
            if unit.hasPrefix("manad") { return count * 30 }
        }
        return nil
    }
}
