/// BUS025: the agreement covers children and young people under 18; a sentence that says whom it covers
/// ("Överenskommelsen omfattar barn och unga upp till 16 år") may not stop at a lower age, nor the
/// agreement's span start above 0 ("6–17 år").
public struct TargetGroupAgeRule: Rule {
    public init() {}
    public let id = "BUS025"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Målgruppen under 18 år", en: "Target group under 18")
    public let sentence = LocalizedText(
        sv: "Överenskommelsen omfattar barn under 18 år som är i behov av särskilt stöd från skolan och/eller socialtjänsten samt från hälso- och sjukvården.",
        en: "The agreement covers children under 18 who need special support from school and/or social services and from health care.")
    public let remedy = LocalizedText(
        sv: "Skriv att överenskommelsen omfattar barn och unga under 18 år.",
        en: "Write that the agreement covers children and young people under 18 (under 18 år).")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        guard let below = context.ruleSet.targetAgeBelow else { return [] }
        var findings: [Diagnostic] = []
        for sentence in context.sentences(mayHold: Self.agePhrases) where Self.saysWhomItCovers(sentence) {
            if let bound = Self.upperAge(in: sentence.words) {
                // "Överenskommelsen gäller barn och ungdomar 6–17 år": the younger children are left out.
                if bound.oldest >= below - 1, let youngest = bound.youngest, youngest > 0, Self.namesTheAgreement(sentence) {
                    let said = sentence.original(bound.words, in: context.source)
                    guard !said.isEmpty else { continue }
                    findings.append(finding(.coversOnlyFrom(youngest, below: below), at: sentence.location,
                                            hint: .write("0–\(bound.oldest) år", insteadOf: said, below: below)))
                    continue
                }
                guard bound.oldest < below - 1 else { continue }
                let said = sentence.original(bound.words, in: context.source)
                guard !said.isEmpty else { continue }
                // A span keeps its form but not its lower end: "6–15 år" becomes "0–17 år", every child under 18.
                let instead = bound.youngest != nil ? "0–\(below - 1) år" : "under \(below) år"
                findings.append(finding(.coversOnlyUpTo(bound.oldest, below: below), at: sentence.location, hint: .write(instead, insteadOf: said, below: below)))
            } else if let birthday = Self.birthdayBound(in: sentence.words), birthday.age < below {
                // The birthday keeps its words, with the age the agreement covers to: "fyllt 18", "till 18".
                let said = sentence.original((birthday.number - 1)...birthday.number, in: context.source)
                let verb = sentence.original((birthday.number - 1)...(birthday.number - 1), in: context.source)
                guard !said.isEmpty, !verb.isEmpty else { continue }
                findings.append(finding(.coversOnlyUpTo(birthday.age - 1, below: below), at: sentence.location,
                                        hint: .write("\(verb) \(below)", insteadOf: said, below: below)))
            }
        }
        for sentence in context.sentences(mayHold: Self.schoolFormPhrases) where Self.saysWhomItCovers(sentence) && Self.namesTheAgreement(sentence) {
            guard let span = Self.onlySchoolsEndingBefore18(in: sentence.words) else { continue }
            let said = sentence.original(span, in: context.source)
            guard !said.isEmpty else { continue }
            findings.append(finding(.coversOnlySchoolForms(said, below: below), at: sentence.location,
                                    hint: .write("barn och unga under \(below) år", insteadOf: said, below: below)))
        }
        return findings
    }

    /// Whether the sentence is about the agreement's own scope — it names the agreement or BUS, or stands
    /// under a heading "Målgrupp" — not about one of its groups ("Förskolegruppen avser barn i förskolan").
    static func namesTheAgreement(_ sentence: Sentence) -> Bool {
        sentence.words.contains { $0.hasPrefix("overenskommels") || $0 == "bus" }
            || sentence.headings.last?.contains { $0.hasPrefix("malgrupp") } == true
    }

    /// The school forms a child leaves before 18 — preschool, compulsory school and their stages — as
    /// the (folded) words start: "förskola", "förskoleklass", "grundskolan", "högstadiet", "fritidshem".
    static let schoolFormsBefore18 = ["forskol", "grundskol", "grundsarskol", "lagstadi", "mellanstadi", "hogstadi", "fritidshem"]
    static let schoolFormPhrases = schoolFormsBefore18.map { StemPhrase($0) }

    /// The words an age is written with ("18 år", "fyllt 18", "18 års ålder"): the sentences that may say whom
    /// the agreement covers hold one of them.
    static let agePhrases = [StemPhrase("ar$", gap: 0), StemPhrase("fyllt$", gap: 0), StemPhrase("ars$", gap: 0)]

    /// "barn i förskola och grundskola": the children named by the school forms they are in, where those
    /// all end before 18 — a scope that leaves out the young people in upper secondary school and those in
    /// no school. The span from the first child word to the last school form; nil when the sentence names
    /// a school of any age ("skolan", "gymnasieskolan"), an age, or adds to a scope ("även").
    static func onlySchoolsEndingBefore18(in words: [String]) -> ClosedRange<Int>? {
        guard !words.contains(where: { $0.hasPrefix("gymnas") || ["aven", "ocksa"].contains($0) }) else { return nil }
        // A sentence that gives an age is read by it: one finding for a sentence, from the age's rule.
        if upperAge(in: words) != nil || birthdayBound(in: words) != nil { return nil }
        if words.indices.contains(where: { words[$0] == "ar" && $0 > 0 && (Int(words[$0 - 1]) ?? 0) >= 17 }) { return nil }
        for (index, word) in words.enumerated() where ["i", "inom"].contains(word) && index > 0 {
            guard let first = (max(0, index - 3)..<index).first(where: { startsWithAny(words[$0], childWords, childWordBytes) }) else { continue }
            var last: Int?
            var next = index + 1
            while next < words.count {
                let form = words[next]
                if form.contains("alder") {
                    break  // "barn i förskoleåldern": an age, read above
                } else if schoolFormsBefore18.contains(where: { form.hasPrefix($0) }) {
                    last = next
                } else if last != nil, let year = schoolYear(at: next, in: words) {
                    // "i förskoleklass till och med årskurs 9": a year of compulsory school ends the span.
                    guard year.number <= 9 else { return nil }
                    last = year.end
                    next = year.end
                } else if form.contains("skol") {
                    return nil
                } else if !["och", "eller", "samt", "anpassad", "anpassade", "den", "de", "till", "med"].contains(form) {
                    break
                }
                next += 1
            }
            if let last { return first...last }
        }
        return nil
    }

    /// "årskurs 9", "åk 6", "klass 9": a year of school and where its number stands; nil when none starts at `index`.
    static func schoolYear(at index: Int, in words: [String]) -> (number: Int, end: Int)? {
        guard ["arskurs", "ak", "klass"].contains(words[index]), index + 1 < words.count, let number = Int(words[index + 1]) else { return nil }
        return (number, index + 1)
    }

    /// Words that make a sentence say whom the agreement covers ("omfattar", "gäller", "avser", "riktar
    /// sig till", "är till för", "målgruppen"), with the children or young people it names; or a sentence
    /// under a heading "Målgrupp" that names them.
    static func saysWhomItCovers(_ sentence: Sentence) -> Bool {
        let words = sentence.words
        guard words.contains(where: { startsWithAny($0, childWords, childWordBytes) }) else { return false }
        if words.contains(where: { startsWithAny($0, scopeWords, scopeWordBytes) }) { return true }
        if words.indices.dropLast().contains(where: { [["riktar", "sig"], ["till", "for"]].contains([words[$0], words[$0 + 1]]) }) { return true }
        guard sentence.headings.last?.contains(where: { $0.hasPrefix("malgrupp") }) == true else { return false }
        // Under the heading, a sentence about some of the children ("Många av barnen är under 6 år", "För
        // barn under 3 år är BVC den första kontakten") says nothing of whom the agreement covers.
        if words.contains(where: partOfTheGroup.contains) { return false }
        guard let child = words.firstIndex(where: { startsWithAny($0, childWords, childWordBytes) }) else { return false }
        return !(child > 0 && words[child - 1] == "for")
    }

    /// Words that speak of part of the children, not of all the agreement covers.
    static let partOfTheGroup: Set<String> = ["manga", "flesta", "nagra", "del", "halften", "andel", "vissa", "somliga", "flera"]

    static let childWords = ["barn", "unga", "ungdom", "elev"]
    static let scopeWords = ["omfatt", "malgrupp", "galler", "avser"]
    static let childWordBytes = childWords.map { Array($0.utf8) }
    static let scopeWordBytes = scopeWords.map { Array($0.utf8) }

    /// Whether a word starts with one of `prefixes` (ASCII; `bytes` theirs), as `hasPrefix` tells. A word
    /// of ASCII only is one character per byte (a word holds no CR LF), so its bytes tell, without
    /// comparing characters; any other word is asked of `hasPrefix`.
    static func startsWithAny(_ word: String, _ prefixes: [String], _ bytes: [[UInt8]]) -> Bool {
        let ascii = word.utf8.withContiguousStorageIfAvailable { word -> Bool? in
            guard !word.contains(where: { $0 >= 0x80 }) else { return nil }
            return bytes.contains { prefix in word.count >= prefix.count && zip(word, prefix).allSatisfy { $0 == $1 } }
        }
        if let ascii = ascii ?? nil { return ascii }
        return prefixes.contains { word.hasPrefix($0) }
    }

    /// A scope that ends at a birthday: "som (ännu) inte (har) fyllt 16 (år)", "fram till 16 års ålder" —
    /// the age (16: the oldest covered is 15) and the index of its number.
    static func birthdayBound(in words: [String]) -> (age: Int, number: Int)? {
        for index in words.indices.dropFirst() {
            guard let age = Int(words[index]) ?? SwedishNumbers.cardinal(words[index]) else { continue }
            if words[index - 1] == "fyllt", words[max(0, index - 4)..<(index - 1)].contains("inte") { return (age, index) }
            if index >= 2, words[index - 2] == "fram", words[index - 1] == "till", index + 2 < words.count,
               words[index + 1] == "ars", words[index + 2].hasPrefix("alder") { return (age, index) }
        }
        return nil
    }

    /// The oldest age a sentence says is included, with the words that say so: "under 16 år" (15), "upp
    /// till 16 år", "till och med 16 år", "högst 16 år", "16 år och yngre" (16), "0–15 år", "mellan 0 och
    /// 15 år" (15, and the youngest, 0). Ages in figures or words ("sexton").
    static func upperAge(in words: [String]) -> (oldest: Int, youngest: Int?, words: ClosedRange<Int>)? {
        func number(_ index: Int) -> Int? {
            guard index >= 0, index < words.count else { return nil }
            return Int(words[index]) ?? SwedishNumbers.cardinal(words[index])
        }
        for (index, word) in words.enumerated() where word == "ar" && index > 0 {
            guard let age = number(index - 1) else { continue }
            let before = words[..<(index - 1)].suffix(3).map { $0 }
            // "16 år och yngre", "16 år eller yngre"
            if index + 2 < words.count, ["och", "eller"].contains(words[index + 1]), words[index + 2] == "yngre" {
                return (age, nil, (index - 1)...(index + 2))
            }
            if before.last == "under" || before.suffix(2) == ["yngre", "an"] {
                let start = before.last == "under" ? index - 2 : index - 3
                return (age - 1, nil, start...index)
            }
            if before.suffix(2) == ["upp", "till"] || before.suffix(3) == ["till", "och", "med"] || ["hogst", "max", "maximalt"].contains(before.last ?? "") {
                let length = before.suffix(3) == ["till", "och", "med"] ? 3 : before.suffix(2) == ["upp", "till"] ? 2 : 1
                var start = index - 1 - length
                // "upp till och med 16 år"
                if length == 3, start > 0, words[start - 1] == "upp" { start -= 1 }
                return (age, nil, start...index)
            }
            // "0–15 år", "0 till 15 år", "mellan 0 och 15 år": a range, its end the oldest.
            if let youngest = number(index - 2), youngest < age {
                return (age, youngest, (index - 2)...index)
            }
            if ["och", "till"].contains(before.last ?? ""), let youngest = number(index - 3), youngest < age {
                let start = index - 4 >= 0 && ["mellan", "fran"].contains(words[index - 4]) ? index - 4 : index - 3
                return (age, youngest, start...index)
            }
        }
        return nil
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func coversOnlyUpTo(_ oldest: Int, below: Int) -> LocalizedText {
        LocalizedText(sv: "texten säger att överenskommelsen omfattar barn till och med \(oldest) år, men den omfattar barn och unga under \(below) år",
                      en: "the text says the agreement covers children up to \(oldest), but it covers children and young people under \(below)")
    }

    fileprivate static func coversOnlyFrom(_ youngest: Int, below: Int) -> LocalizedText {
        LocalizedText(sv: "texten säger att överenskommelsen omfattar barn från \(youngest) år, men den omfattar alla barn och unga under \(below) år, också de yngre",
                      en: "the text says the agreement covers children from \(youngest), but it covers all children and young people under \(below), the younger ones too")
    }

    fileprivate static func coversOnlySchoolForms(_ said: String, below: Int) -> LocalizedText {
        LocalizedText(sv: "texten säger att överenskommelsen omfattar ”\(said)”, men den omfattar alla barn och unga under \(below) år, också i gymnasieskolan och de som inte går i skolan",
                      en: "the text says the agreement covers \"\(said)\" — children leave those schools before \(below) — but it covers all children and young people under \(below), in upper secondary school and out of school too")
    }

    /// The words to put in the sentence, in Swedish in both languages: the agreement is Swedish.
    fileprivate static func write(_ words: String, insteadOf said: String, below: Int) -> LocalizedText {
        LocalizedText(sv: "Skriv ”\(words)” i stället för ”\(said)”: överenskommelsen omfattar barn och unga under \(below) år.",
                      en: "Write \"\(words)\" instead of \"\(said)\": the agreement covers children and young people under \(below).")
    }
}
