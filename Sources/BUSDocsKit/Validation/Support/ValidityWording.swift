/// What a sentence of the body says about how long the agreement itself is valid: "Överenskommelsen
/// gäller från den 1 januari 2025 till och med den 31 december 2027", "… är giltig t.o.m. 2027-12",
/// "… gäller 2025-01-01–2027-12-31", "Den gäller tills vidare". Read on the folded words, where a date is
/// its number words (`2027-12-31` is "2027", "12", "31").
///
/// Only a sentence whose subject is the agreement ("överenskommelsen", "avtalet", "denna", "den") just
/// before a present "gäller", "löper", "börjar gälla", "är giltig(t)" or "upphör", or one that starts with the verb under a heading
/// about validity ("Giltighetstid: Gäller t.o.m. …"): "HÖK, som gäller från …", "Samtycket gäller i ett
/// år" and the former agreement "som gällde" say nothing of it. A sentence about what replaced or
/// extends it ("tidigare", "ersätter", "förlängs") is left out: its dates are another agreement's or
/// not the end.
struct ValidityWording {
    /// The last day the sentence says, as the days it may be (a year or a month stands for all of its
    /// days: "t.o.m. 2027" ends on 2027-12-31), the words that write the date, and the words that say it
    /// is the end ("till och med den 31 december 2027", "2025-01-01–2027-12-31").
    var end: (days: ClosedRange<LocalDate>, date: ClosedRange<Int>, said: ClosedRange<Int>)?
    /// The words "tills vidare" or "tillsvidare", when the sentence says so.
    var untilFurtherNotice: ClosedRange<Int>?
    /// A time it is valid for, in months, and the words that say it: "i tre år", "under 24 månader".
    var duration: (months: Int, said: ClosedRange<Int>)?

    init?(_ sentence: Sentence) {
        let words = sentence.words
        guard let verb = Self.verb(in: sentence),
              !words.contains(where: { word in Self.otherAgreement.contains { word.hasPrefix($0) } }) else { return nil }
        var index = verb + 1
        var previousDate: ClosedRange<Int>?
        while index < words.count {
            if words[index] == "tillsvidare" {
                untilFurtherNotice = index...index
            } else if words[index] == "tills", index + 1 < words.count, words[index + 1] == "vidare" {
                untilFurtherNotice = index...(index + 1)
            } else if let notice = Self.untilTerminated(at: index, in: words) {
                untilFurtherNotice = notice
            }
            if duration == nil, let found = Self.duration(at: index, after: verb, in: words) {
                duration = found
            }
            if let (days, length) = Self.date(at: index, in: words) {
                let range = index...(index + length - 1)
                // A date said after an end word ("t.o.m.", "till och med", "till", "upphör"), or the second
                // of a span written with a dash ("2025-01-01–2027-12-31": the dash is not a word).
                if end == nil, let first = Self.endWord(before: index, in: words) ?? previousDate.flatMap({ $0.upperBound == index - 1 ? $0.lowerBound : nil }) {
                    end = (days, range, first...range.upperBound)
                }
                previousDate = range
                index += length
                continue
            }
            index += 1
        }
        guard end != nil || untilFurtherNotice != nil || duration != nil else { return nil }
    }

    /// "i tre år", "i 36 månader" anywhere after the verb; "under tre år" or "tre år" just after it
    /// ("gäller barn under 18 år" is an age).
    private static func duration(at index: Int, after verb: Int, in words: [String]) -> (months: Int, said: ClosedRange<Int>)? {
        let preposition = words[index] == "i" || (words[index] == "under" && index == verb + 1)
        let count = preposition ? index + 1 : index
        guard preposition || index == verb + 1, count + 1 < words.count,
              let number = SwedishNumbers.cardinal(words[count]), number > 0 else { return nil }
        let months: Int? = switch words[count + 1] {
        case "ar": number * 12
        case "manad", "manader": number
        default: nil
        }
        return months.map { ($0, index...(count + 1)) }
    }

    /// The words that say the end, longest first.
    private static let endWords = [["t", "o", "m"], ["till", "och", "med"], ["upphor", "att", "galla"], ["loper", "ut"], ["till"], ["upphor"], ["tom"]]

    /// "tills den sägs upp", "till dess att någon part säger upp den": until terminated, which is until
    /// further notice. The words from "tills" or "till dess" to "upp" (and "den" after it).
    private static func untilTerminated(at index: Int, in words: [String]) -> ClosedRange<Int>? {
        guard words[index] == "tills" || (words[index] == "till" && index + 1 < words.count && words[index + 1] == "dess") else { return nil }
        let window = words[index..<min(words.count, index + 8)]
        guard let say = window.firstIndex(where: { $0 == "sags" || $0 == "sager" }),
              let up = words[say..<min(words.count, say + 4)].firstIndex(of: "upp") else { return nil }
        // "… säger upp den": the object too, so that the words can be replaced whole.
        let object = up + 1 < words.count && ["den", "overenskommelsen", "avtalet"].contains(words[up + 1])
        return index...(object ? up + 1 : up)
    }

    /// Words that make the sentence about another agreement than this one, or about an extension.
    private static let otherAgreement = ["tidigare", "ersatter", "forlang", "foregaende", "forra"]
    private static let subjects: Set = ["overenskommelsen", "overenskommelse", "avtalet", "den", "denna", "detta"]

    /// The index of the verb the agreement's validity hangs on.
    private static func verb(in sentence: Sentence) -> Int? {
        let words = sentence.words
        let underHeading = sentence.headings.last.map { $0.contains { $0.hasPrefix("giltighet") } } ?? false
        // "Överenskommelsen börjar gälla den 1 mars 2026 och gäller till och med …": from "börjar gälla" on.
        for (index, word) in words.enumerated() where ["galler", "giltig", "giltigt", "upphor", "loper"].contains(word) || (word == "galla" && index > 0 && words[index - 1] == "borjar") {
            let before = words[max(0, index - 3)..<index]
            if before.contains(where: subjects.contains) || (index == 0 && underHeading) { return index }
        }
        return nil
    }

    /// Where the words just before `index` start that say what follows is the last day: "t.o.m.",
    /// "till och med (den)", "till (den)", "längst till", "upphör (att gälla) (den)", "löper ut (den)",
    /// "till utgången av".
    private static func endWord(before index: Int, in words: [String]) -> Int? {
        var at = index
        // "till och med utgången av år 2028".
        while at > 0, ["den", "utgangen", "av", "ar"].contains(words[at - 1]) { at -= 1 }
        let before = words[max(0, at - 3)..<at]
        for said in Self.endWords where before.suffix(said.count).elementsEqual(said) { return at - said.count }
        return nil
    }

    /// The days a date that starts at `index` may be, and how many words it takes: "2027 12 31", "31
    /// december 2027", "31 12 2027" (31/12 2027), "december 2027", "2027 12" (a month), "2027".
    static func date(at index: Int, in words: [String]) -> (days: ClosedRange<LocalDate>, length: Int)? {
        let isNumber = { (word: String) in !word.isEmpty && word.utf8.allSatisfy { (0x30...0x39).contains($0) } }
        guard index < words.count else { return nil }
        let rest = words[index...].prefix(3)
        if rest.count == 3, isNumber(rest[index]) || isNumber(rest[index + 2]),
           let day = LocalDate.guess(rest.joined(separator: " ")) {
            return (day...day, 3)
        }
        for length in [2, 1] where rest.count >= length {
            let text = rest.prefix(length).joined(separator: " ")
            guard let period = LocalDate.guessPeriod(text), period.precision != .day || length == 1 else { continue }
            // A year alone is only a year where it is one ("2027", not the "12" of a list).
            guard length == 2 || words[index].count == 4 || words[index].count == 8 else { continue }
            return (period.first...period.last, length)
        }
        return nil
    }
}
