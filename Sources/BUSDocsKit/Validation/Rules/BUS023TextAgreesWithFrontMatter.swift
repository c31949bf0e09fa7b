/// BUS023: the body — the text the parties sign — says what the front matter says: consent, the
/// school's SIP duty, how often the agreement is followed up, the individforum's deadline and how
/// often standing groups meet. The finding points at the sentence that says otherwise.
public struct TextAgreesWithFrontMatterRule: Rule {
    public init() {}
    public let id = "BUS023"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Texten och YAML-huvudet", en: "Text and front matter")
    public let sentence = LocalizedText(
        sv: "Det är överenskommelsens text som parterna undertecknar; uppgifterna i huvudet ska säga detsamma som texten.",
        en: "The parties sign the agreement's text; the data in the front matter must say what the text says.")
    public let remedy = LocalizedText(
        sv: "Skriv samma sak i texten som i YAML-huvudet; det är texten som undertecknas.",
        en: "Make the text say what the front matter says; the text is what is signed.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        // Only the phrases the body holds at all are tried sentence by sentence.
        var phrases = context.ruleSet.contradictions
        phrases.oralConsent = context.present(phrases.oralConsent)
        phrases.schoolMay = context.present(phrases.schoolMay)
        phrases.schoolShall = context.present(phrases.schoolShall)
        phrases.followUpWords = context.present(phrases.followUpWords)
        phrases.meetingWords = context.present(phrases.meetingWords)
        phrases.forumMeetingWords = context.present(phrases.forumMeetingWords)
        /// A phrase said, and not turned around by a negation just before or after it.
        func says(_ candidates: [StemPhrase], _ sentence: Sentence) -> Bool {
            candidates.contains { phrase in
                guard let match = sentence.match(phrase) else { return false }
                let around = max(0, match.lowerBound - 2)..<min(sentence.words.count, match.upperBound + 4)
                return !sentence.words[around].contains { phrases.negations.contains($0) }
            }
        }
        var findings: [Diagnostic] = []
        func report(_ sentence: Sentence, sv: String, en: String, key: String, fix: LocalizedText) {
            findings.append(finding(
                LocalizedText(sv: "texten säger \(sv), men YAML-huvudet säger `\(key)`", en: "the text says \(en), but the front matter says `\(key)`"),
                at: sentence.location, hint: fix))
        }
        let rewrite = LocalizedText(sv: "Skriv om meningen så att den säger samma sak som huvudet, eller ändra huvudet så att det säger det som gäller.",
                                    en: "Rewrite the sentence to say what the front matter says, or change the front matter to what applies.")

        if agreement.consent?.value == .written {
            for sentence in context.sentences(mayHold: phrases.oralConsent) where says(phrases.oralConsent, sentence) {
                report(sentence, sv: "att muntligt samtycke räcker", en: "that oral consent will do", key: "samtycke: skriftligt", fix: rewrite)
            }
        }
        // Only a text weaker than the front matter: `skolan: kan` under a text that says "ska" is BUS010's.
        // A list of who *may* call is no contradiction where the text also says the school shall.
        if agreement.sip?.school?.value == .shall, !context.sentences(mayHold: phrases.schoolShall).contains(where: { says(phrases.schoolShall, $0) }) {
            for sentence in context.sentences(mayHold: phrases.schoolMay) where says(phrases.schoolMay, sentence) {
                report(sentence, sv: "att skolan *kan* kalla till SIP", en: "the school *may* call a SIP", key: "skolan: ska", fix: rewrite)
            }
        }
        if let period = agreement.followUp?.period?.value {
            for sentence in context.sentences(mayHold: phrases.followUpWords) where phrases.followUpWords.contains(where: sentence.says) {
                guard let perYear = FrequencyPhrase.perYear(in: sentence.words), perYear < period.perYear else { continue }
                report(sentence, sv: "att överenskommelsen följs upp mer sällan", en: "the agreement is followed up less often",
                       key: "uppföljning.per: \(period.text)", fix: rewrite)
            }
        }
        for forum in agreement.groups(ofKind: .individualForum) {
            guard case .whenNeeded(let days?)? = forum.meetings?.value else { continue }
            for sentence in context.sentences(mayHold: phrases.forumMeetingWords) where Self.speaks(of: phrases.forumWords, sentence) && phrases.forumMeetingWords.contains(where: sentence.says) {
                guard let stated = FrequencyPhrase.deadlineDays(in: sentence.words), stated > days.value else { continue }
                report(sentence, sv: "att individforum hålls inom \(stated) dagar", en: "the individforum meets within \(stated) days",
                       key: "inom-dagar: \(days.value)", fix: rewrite)
            }
        }
        for sentence in context.sentences(mayHold: phrases.meetingWords) {
            guard let kind = Self.meetingSubject(of: sentence, meetingWords: phrases.meetingWords),
                  let stated = FrequencyPhrase.perYear(in: sentence.words) else { continue }
            for group in agreement.groups(ofKind: kind) {
                guard case let .atLeast(count, period)? = group.meetings?.value, stated < Double(count * period.perYear) else { continue }
                report(sentence, sv: "att \(kind.rawValue)en möts mer sällan", en: "the \(kind.rawValue) meets less often",
                       key: "möten: { minst: \(count), per: \(period.rawValue) }", fix: rewrite)
            }
        }
        return findings
    }

    /// Which kind of group a sentence says meets: the group named nearest the meeting word (within four
    /// words), or — when it says "gruppen" or names none — the group its heading names.
    static func meetingSubject(of sentence: Sentence, meetingWords: [StemPhrase]) -> GroupKind? {
        let words = sentence.words
        guard let verb = meetingWords.compactMap({ sentence.match($0)?.lowerBound }).min() else { return nil }
        let window = max(0, verb - 4)...min(words.count - 1, verb + 4)
        let named = window.compactMap { index in Self.groupKind(words[index]).map { (index, $0) } }
        if let nearest = named.min(by: { abs($0.0 - verb) < abs($1.0 - verb) }) { return nearest.1 }
        return sentence.headings.reversed().lazy.compactMap { $0.lazy.compactMap(Self.groupKind).first }.first
    }

    static func groupKind(_ word: String) -> GroupKind? {
        GroupKind.allCases.first { word.hasPrefix($0.rawValue.folded()) }
    }

    /// Whether a sentence, or else the heading it stands under, speaks of something: a sentence that
    /// names another group speaks of that one, not of its heading's.
    static func speaks(of names: [StemPhrase], _ sentence: Sentence) -> Bool {
        if names.contains(where: sentence.says) { return true }
        let groupWords = ["styrgrupp", "arbetsgrupp", "individforum", "samradsgrupp", "behandlingskonferens"]
        if sentence.words.contains(where: { word in groupWords.contains { word.hasPrefix($0) } }) { return false }
        guard let heading = sentence.headings.last else { return false }
        return names.contains { $0.matches(heading) }
    }
}
