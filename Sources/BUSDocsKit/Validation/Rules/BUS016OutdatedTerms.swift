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
            }.map { location in
                finding(.outdated(term.term, since: since.year), at: location, hint: .writeInstead(term.replacement))
            }
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
        LocalizedText(sv: "\"\(term)\" är en inaktuell benämning sedan \(year)", en: "\"\(term)\" is an outdated name since \(year)")
    }

    fileprivate static func writeInstead(_ replacement: String) -> LocalizedText {
        LocalizedText(sv: "Skriv \(replacement).", en: "Write \(replacement).")
    }
}
