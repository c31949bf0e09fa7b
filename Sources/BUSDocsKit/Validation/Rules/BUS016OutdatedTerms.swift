/// BUS016: an agreement valid after the 2019 reorganisation does not use the old names in its own
/// current wording.
///
/// What decides is the date the agreement speaks from: `giltighet.från`, or else its latest revision, or
/// else — for a draft or a remiss, which is signed from now on — today (`--today`).
/// History is not wording: the revision list, attachment titles, a document cited by its own title
/// (the rule set's `utdaterade-termer-citat`, e.g. the 2012 regional agreement "mellan Stockholms läns
/// landsting och kommunerna"), a name given as a former one ("Storsthlm (tidigare KSL)", "tidigare
/// landstinget"), a quoted name, and a sentence about a year before the change ("2012 beslutade KSL").
public struct OutdatedTermsRule: Rule {
    public init() {}
    public let id = "BUS016"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Inaktuella benämningar", en: "Outdated terms")
    public let sentence = LocalizedText(
        sv: "Sedan 2019 heter landstinget Region Stockholm och KSL Storsthlm.",
        en: "Since 2019 the county council is Region Stockholm and KSL is Storsthlm.")
    public let remedy = LocalizedText(
        sv: "Skriv Region Stockholm i stället för landstinget/SLL och Storsthlm i stället för KSL i den gällande texten.",
        en: "Write Region Stockholm instead of landstinget/SLL and Storsthlm instead of KSL in the current text.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        guard let validFrom = Self.effectiveDate(of: agreement, today: context.today) else { return [] }
        let historyLines = ["revisioner", "bilagor"].compactMap { agreement.keyLines[$0] }
        let sentences = context.sentences
        return context.ruleSet.outdatedTerms.flatMap { term -> [Diagnostic] in
            guard let since = LocalDate(iso: term.since), validFrom >= since else { return [] }
            return TermScanner.occurrences(of: term.term, in: context.source).filter { location in
                guard !historyLines.contains(where: { $0.contains(location.line) }) else { return false }
                let line = context.source.line(location.line)
                if Self.isQuotedOrFormer(in: line, at: location.column) { return false }
                guard let sentence = sentences.last(where: { $0.lines.contains(location.line) && ($0.location.line < location.line || $0.location.column <= location.column) }) else {
                    return true
                }
                return !Self.isHistory(sentence, term: term.term, before: since.year, citations: context.ruleSet.outdatedTermCitations)
                    && !Self.tellsTheNewName(sentence, replacement: term.replacement)
            }.map { location in
                // The whole name is marked and replaced, so the hint applied literally reads right:
                // "Stockholms läns landsting" → "Region Stockholm", "landstingets" → "regionens".
                let name = Self.name(at: location, term: term.term, in: context.source.line(location.line))
                let replacement = Self.replacement(for: name.word, term: term.term, with: term.replacement)
                let fix = Fix(name.text, at: name.start, replacement: replacement)
                return finding(.outdated(name.text, since: since.year), at: name.start, hint: .write(replacement, insteadOf: name.text), fix: fix)
            }
        }
    }

    /// The name an occurrence of `term` stands in: the whole word ("landstingets", "SLL:s"), with
    /// "Stockholms läns" before it when it is there.
    static func name(at location: SourceLocation, term: String, in line: Substring) -> (text: String, word: String, start: SourceLocation) {
        let scalars = Array(line.unicodeScalars)
        let start = location.column - 1
        guard start >= 0, start < scalars.count else { return (term, term, location) }
        var end = min(scalars.count, start + term.unicodeScalars.count)
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        if end + 1 < scalars.count, scalars[end] == ":", scalars[end + 1] == "s",
           end + 2 == scalars.count || !scalars[end + 2].properties.isAlphabetic {
            end += 2
        }
        let word = String(String.UnicodeScalarView(scalars[start..<end]))
        let before = String(String.UnicodeScalarView(scalars[..<start]))
        let county = "stockholms läns "
        if before.lowercased().hasSuffix(county) {
            let from = start - county.unicodeScalars.count
            let text = String(String.UnicodeScalarView(scalars[from..<end]))
            return (text, word, SourceLocation(line: location.line, column: from + 1))
        }
        return (word, word, location)
    }

    /// What a word holding the outdated term becomes: "landsting" → "Region Stockholm", "landstinget" →
    /// "regionen", "landstingets" → "regionens", "SLL:s" → "Region Stockholms", "landstingen" →
    /// "regionerna", "landstingsdirektör" → "regiondirektör",
    /// "KSL:s" → "Storsthlms".
    static func replacement(for word: String, term: String, with name: String) -> String {
        let made = replacement(ending: String(word.dropFirst(term.count)).lowercased(), term: term, with: name)
        return word.first?.isUppercase == true ? made.prefix(1).uppercased() + made.dropFirst() : made
    }

    static func replacement(ending: String, term: String, with name: String) -> String {
        switch ending {
        // "mellan kommunen och landstinget": the definite form is the region in general, "regionen".
        case "et" where term.lowercased() == "landsting": return "regionen"
        case "ets" where term.lowercased() == "landsting": return "regionens"
        case "", "et": return name
        case "s", "ets", ":s": return name + "s"
        case "en": return "regionerna"
        case "ens": return "regionernas"
        default:
            guard term.lowercased() == "landsting" else { return name }
            return "region" + (ending.hasPrefix("s") ? String(ending.dropFirst()) : ending)
        }
    }

    /// The date the agreement speaks from: its start of validity, or else its latest revision, or else
    /// today for one not yet signed. Nil for a signed agreement that dates nothing.
    static func effectiveDate(of agreement: Agreement, today: LocalDate) -> LocalDate? {
        if let date = agreement.validity?.from?.value.date ?? agreement.revisions.compactMap({ $0.date?.value.date }).max() {
            return date
        }
        switch agreement.status?.value {
        case .draft, .consultation: return today
        default: return nil
        }
    }

    /// A sentence about the past — a year before the change and a verb in the past tense ("Den 29 mars
    /// 2012 beslutade KSL …"; not "överenskommelsen från 2012, som KSL står bakom") — or one that cites a
    /// document by its title.
    static func isHistory(_ sentence: Sentence, term: String, before year: Int, citations: [StemPhrase]) -> Bool {
        let pastYear = sentence.words.contains { word in
            guard word.count == 4, let number = Int(word) else { return false }
            return number >= 1900 && number < year
        }
        return (pastYear && sentence.words.contains(where: isPastTense)) || citations.contains { $0.matches(sentence.words) }
    }

    /// A sentence that tells the new name: "Landstinget heter sedan 2019 Region Stockholm", "KSL bytte
    /// namn till Storsthlm". It names the old name as a former one, which is right.
    static func tellsTheNewName(_ sentence: Sentence, replacement: String) -> Bool {
        let named = Words.folded(replacement)
        guard !named.isEmpty, named.allSatisfy({ word in sentence.words.contains { $0.hasPrefix(word) } }) else { return false }
        return sentence.words.contains { renamingWords.contains($0) }
    }

    static let renamingWords: Set<String> = ["heter", "hette", "bytte", "bytt", "byter", "namn", "namnet", "blev", "ombildades", "numera", "kallas", "ersattes", "ersatts"]

    static let strongPastTense: Set<String> = ["var", "blev", "hette", "antog", "antogs", "fanns", "gav", "tog", "skrevs", "tradde", "ingick", "holl", "sag"]

    /// A finite verb in the past tense: the strong ones by name, the weak ones by ending ("beslutade",
    /// "rekommenderades", "gällde", "bytte"), but not a present participle ("samordnande").
    static func isPastTense(_ word: String) -> Bool {
        if strongPastTense.contains(word) { return true }
        guard word.count >= 5, !word.hasSuffix("nde"), !word.hasSuffix("ndes") else { return false }
        return ["ade", "ades", "de", "des", "te", "tes"].contains { word.hasSuffix($0) } && !["mellan", "olika"].contains(word)
    }

    /// Whether the term at `column` stands inside quotes, or is given as a former name: "(tidigare KSL)",
    /// "f.d. landstinget", "dåvarande SLL".
    static func isQuotedOrFormer(in line: Substring, at column: Int) -> Bool {
        let scalars = Array(line.unicodeScalars)
        let before = String(String.UnicodeScalarView(scalars.prefix(max(0, column - 1))))
        let openQuotes = before.unicodeScalars.filter { "\"“”«»„".unicodeScalars.contains($0) }.count
        if openQuotes % 2 == 1 { return true }
        let recent = Words.folded(before).suffix(3)
        let former: Set<String> = ["tidigare", "fd", "d", "davarande", "forutvarande", "detta", "gamla"]
        return recent.contains { former.contains($0) }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func outdated(_ term: String, since year: Int) -> LocalizedText {
        LocalizedText(sv: "”\(term)” är en inaktuell benämning sedan \(year)", en: "\"\(term)\" is an outdated name since \(year)")
    }

    fileprivate static func write(_ replacement: String, insteadOf name: String) -> LocalizedText {
        LocalizedText(sv: "Skriv ”\(replacement)” i stället för ”\(name)”.", en: "Write \"\(replacement)\" instead of \"\(name)\".")
    }
}
