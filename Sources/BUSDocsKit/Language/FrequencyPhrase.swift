/// Frequencies and deadlines in running Swedish text: "minst två gånger per termin", "en gång om
/// året", "varje termin", "vartannat år", "årligen"; "inom två veckor", "senast 10 arbetsdagar".
public enum FrequencyPhrase {
    /// Times per year of the first frequency the words state, or nil.
    public static func perYear(in words: [String]) -> Double? {
        perYear(in: words[...])
    }

    public static func perYear(in words: ArraySlice<String>) -> Double? {
        cadence(in: words).map { Double($0.times) * $0.interval.perYear }
    }

    /// The first frequency the words state as a count and the interval it is counted over: "två gånger
    /// per termin" is 2 per termin, "vartannat år" 1 per vartannat år, "årligen" 1 per år.
    public static func cadence(in words: [String]) -> (times: Int, interval: Interval)? {
        cadence(in: words[...])
    }

    public static func cadence(in words: ArraySlice<String>) -> (times: Int, interval: Interval)? {
        cadenceMatch(in: words).map { ($0.times, $0.interval) }
    }

    /// The same with the words that state it ("en gång per år", "varje termin", "årligen").
    /// Read in place: every sentence of a body comes through here, most of them stating no frequency,
    /// so a word is first asked the cheap questions and nothing is copied.
    public static func cadenceMatch(in words: ArraySlice<String>) -> (times: Int, interval: Interval, words: ClosedRange<Int>)? {
        let start = words.startIndex, end = words.endIndex
        for index in start..<end {
            let word = words[index]
            if let adverb = IntervalPhrase.adverb(word) { return (1, adverb, index...index) }
            let restCount = min(3, end - index)
            // "fyra möten per år", "sex träffar om året": a count of meetings, then the period.
            if index > start, restCount >= 3, meetingNouns.contains(word), ["per", "om", "i", "varje", "pa"].contains(words[index + 1]),
               let (multiple, period) = IntervalPhrase.textPeriodWord(words[index + 2]),
               let count = SwedishNumbers.cardinal(words[index - 1]), count > 0 {
                return (count, Interval(every: multiple, period), (index - 1)...(index + 2))
            }
            // Every word asked about below is ASCII starting with g, v or p (a word equal to one starts with
            // the same byte): the others are passed over on their first byte, without comparing strings.
            let lead = word.utf8.first
            guard lead == UInt8(ascii: "g") || lead == UInt8(ascii: "v") || lead == UInt8(ascii: "p") else { continue }
            // "två gånger per termin", "en gång om året"
            if word == "gang" || word == "ganger" {
                if index > start, restCount >= 3, ["per", "om", "i", "varje", "pa"].contains(words[index + 1]),
                   let (multiple, period) = IntervalPhrase.textPeriodWord(words[index + 2]),
                   let count = SwedishNumbers.cardinal(words[index - 1]), count > 0 {
                    return (count, Interval(every: multiple, period), (index - 1)...(index + 2))
                }
                continue
            }
            // "varje termin", "vartannat år", "var tredje månad" (a count alone, "18 år", is an age)
            guard ["varje", "per", "vartannat", "varannan", "var", "vart"].contains(word) else { continue }
            if index > start, words[index - 1] == "gang" || words[index - 1] == "ganger" { continue }
            // "varje vår" is once a year; "varje vår och höst" once a term.
            if word == "varje", restCount >= 2, seasons.contains(words[index + 1]) {
                if end - index >= 4, ["och", "samt"].contains(words[index + 2]), seasons.contains(words[index + 3]) {
                    return (1, Interval(.term), index...(index + 3))
                }
                return (1, Interval(.year), index...(index + 1))
            }
            for length in [2, 3] where restCount >= length {
                if let interval = IntervalPhrase.interval(words: Array(words[index..<(index + length)]), inText: true) { return (1, interval, index...(index + length - 1)) }
            }
        }
        return nil
    }

    /// Spring and autumn and their terms, folded: after "varje", once a year.
    static let seasons: Set<String> = ["var", "varen", "host", "hosten", "vartermin", "varterminen", "hosttermin", "hostterminen"]

    /// Meetings counted as a noun ("fyra möten per år"), folded.
    static let meetingNouns: Set<String> = ["moten", "mote", "traffar", "sammantraden", "tillfallen", "motestillfallen", "motestider"]

    /// Days of the first deadline the words state ("inom två veckor" is 14), or nil.
    public static func deadlineDays(in words: [String]) -> Int? {
        deadline(in: words)?.days
    }

    /// The first deadline the words state, in days, and the words that state it ("inom 14 arbetsdagar").
    public static func deadline(in words: [String]) -> (days: Int, words: ClosedRange<Int>)? {
        deadlines(in: words).first
    }

    /// Every deadline the words state, in order: "inom 14 arbetsdagar", "senast tre veckor"; of a span
    /// its longer end ("inom två till tre veckor", "inom två–tre veckor": 21 days).
    public static func deadlines(in words: [String]) -> [(days: Int, words: ClosedRange<Int>)] {
        var found: [(days: Int, words: ClosedRange<Int>)] = []
        for index in words.indices where ["inom", "senast"].contains(words[index]) && index + 2 < words.count {
            guard var count = SwedishNumbers.cardinal(words[index + 1]), count > 0 else { continue }
            var unitAt = index + 2
            if ["till", "a", "eller"].contains(words[unitAt]) || Int(words[unitAt]) != nil || SwedishNumbers.cardinal(words[unitAt]) != nil {
                let upper = ["till", "a", "eller"].contains(words[unitAt]) ? unitAt + 1 : unitAt
                guard upper + 1 < words.count, let longer = SwedishNumbers.cardinal(words[upper]), longer >= count else { continue }
                count = longer
                unitAt = upper + 1
            }
            let unit = words[unitAt]
            let days: Int? = if unit.hasPrefix("arbetsdag") { (count * 7 + 4) / 5 }
                else if unit.hasPrefix("dag") || unit.hasPrefix("dygn") { count }
                else if unit.hasPrefix("veck") { count * 7 }
                else if unit.hasPrefix("manad") { count * 30 }
                else { nil }
            if let days { found.append((days, index...unitAt)) }
        }
        return found
    }
}
