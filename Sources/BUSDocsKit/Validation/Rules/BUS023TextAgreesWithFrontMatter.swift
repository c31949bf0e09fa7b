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
        /// `required`: what the rule set requires, when the text says less than that: then changing the
        /// front matter to what the text says breaks a rule, and rewriting the sentence is the only fix.
        func report(_ sentence: Sentence, says text: LocalizedText, key: String, required: LocalizedText?) {
            findings.append(finding(.textSays(text, frontMatter: key), at: sentence.location, hint: required.map { .rewrite(toRequire: $0) } ?? .rewriteOrChange))
        }

        // Written consent is the only kind BUS008 accepts: the header is always at the minimum.
        if agreement.consent?.value == .written {
            // A phrase across the sentence ("Samtycke från vårdnadshavarna inhämtas muntligt") holds unless
            // "skriftligt" stands between its words: then "muntligt" is about something else.
            let oral = { (sentence: Sentence) in
                phrases.oralConsent.contains { phrase in
                    guard says([phrase], sentence) else { return false }
                    guard phrase.gap == StemPhrase.anyGap, let match = sentence.match(phrase) else { return true }
                    return !sentence.words[match].contains { word in phrases.written.contains { $0.matches([word]) } }
                }
            }
            for sentence in context.sentences(mayHold: phrases.oralConsent) where oral(sentence) {
                report(sentence, says: .oralConsent, key: "samtycke: skriftligt", required: .writtenConsent)
            }
        }
        // Only a text weaker than the front matter: `skolan: kan` under a text that says "ska" is BUS010's.
        // A list of who *may* call is no contradiction where the text also says the school shall.
        if agreement.sip?.school?.value == .shall, !context.sentences(mayHold: phrases.schoolShall).contains(where: { says(phrases.schoolShall, $0) }) {
            for sentence in context.sentences(mayHold: phrases.schoolMay) where says(phrases.schoolMay, sentence) {
                // `skolan: kan` is BUS010's finding: `ska` is the minimum.
                report(sentence, says: .schoolMay, key: "skolan: ska", required: .schoolShall)
            }
        }
        if let period = agreement.followUp?.period?.value {
            for sentence in context.sentences(mayHold: phrases.followUpWords) where phrases.followUpWords.contains(where: sentence.says) {
                guard let perYear = FrequencyPhrase.perYear(in: sentence.words), perYear < period.perYear else { continue }
                let minimum = context.ruleSet.minimumFollowUp
                report(sentence, says: .followedUpLessOften, key: "uppföljning.per: \(period.text)",
                       required: perYear < Double(minimum.perYear) ? .followUp(per: minimum) : nil)
            }
        }
        let deadline = context.ruleSet.individualForumDeadlineDays
        for forum in agreement.groups(ofKind: .individualForum) {
            guard case .whenNeeded(let days?)? = forum.meetings?.value else { continue }
            for sentence in context.sentences(mayHold: phrases.forumMeetingWords) where Self.speaks(of: phrases.forumWords, sentence) && phrases.forumMeetingWords.contains(where: sentence.says) {
                guard let stated = FrequencyPhrase.deadlineDays(in: sentence.words), stated > days.value else { continue }
                report(sentence, says: .forumWithin(stated), key: "inom-dagar: \(days.value)",
                       required: stated > deadline ? .forumDeadline(deadline) : nil)
            }
        }
        for sentence in context.sentences(mayHold: phrases.meetingWords) {
            guard let kind = Self.meetingSubject(of: sentence, meetingWords: phrases.meetingWords),
                  let stated = FrequencyPhrase.perYear(in: sentence.words) else { continue }
            for group in agreement.groups(ofKind: kind) {
                guard case let .atLeast(count, period)? = group.meetings?.value, stated < Double(count * period.perYear) else { continue }
                let minimum = context.ruleSet.minimumCadence[kind.rawValue]
                report(sentence, says: .meetsLessOften(kind), key: "möten: { minst: \(count), per: \(period.rawValue) }",
                       required: minimum.flatMap { stated < Double($0.meetingsPerYear) ? .meetings(kind, $0) : nil })
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

// MARK: - Messages

extension LocalizedText {
    fileprivate static func textSays(_ text: LocalizedText, frontMatter key: String) -> LocalizedText {
        LocalizedText(sv: "texten säger \(text.sv), men YAML-huvudet säger `\(key)`", en: "the text says \(text.en), but the front matter says `\(key)`")
    }

    fileprivate static let oralConsent = LocalizedText(sv: "att muntligt samtycke räcker", en: "that oral consent will do")
    fileprivate static let schoolMay = LocalizedText(sv: "att skolan *kan* kalla till SIP", en: "the school *may* call a SIP")
    fileprivate static let followedUpLessOften = LocalizedText(sv: "att överenskommelsen följs upp mer sällan", en: "the agreement is followed up less often")

    fileprivate static func forumWithin(_ days: Int) -> LocalizedText {
        LocalizedText(sv: "att individforum hålls inom \(days) dagar", en: "the individforum meets within \(days) days")
    }

    fileprivate static func meetsLessOften(_ kind: GroupKind) -> LocalizedText {
        LocalizedText(sv: "att \(kind.rawValue)en möts mer sällan", en: "the \(kind.rawValue) meets less often")
    }

    fileprivate static let rewriteOrChange = LocalizedText(
        sv: "Skriv om meningen så att den säger samma sak som huvudet, eller ändra huvudet så att det säger det som gäller.",
        en: "Rewrite the sentence to say what the front matter says, or change the front matter to what applies.")

    /// The hint when the front matter is at the rule set's minimum: only the sentence can change.
    fileprivate static func rewrite(toRequire required: LocalizedText) -> LocalizedText {
        LocalizedText(sv: "Skriv om meningen: regelverket kräver \(required.sv).", en: "Rewrite the sentence: the rule set requires \(required.en).")
    }

    fileprivate static let writtenConsent = LocalizedText(sv: "skriftligt samtycke", en: "written consent")
    fileprivate static let schoolShall = LocalizedText(sv: "att skolan *ska* kalla till SIP", en: "that the school *shall* call a SIP")

    fileprivate static func followUp(per period: Period) -> LocalizedText {
        LocalizedText(sv: "uppföljning minst en gång per \(period.rawValue)", en: "a follow-up at least once per \(CadenceWording.englishName(period))")
    }

    fileprivate static func forumDeadline(_ days: Int) -> LocalizedText {
        LocalizedText(sv: "att individforum hålls inom \(days) dagar", en: "that the individforum meets within \(days) days")
    }

    fileprivate static func meetings(_ kind: GroupKind, _ minimum: CadenceRequirement) -> LocalizedText {
        let wanted = CadenceWording.atLeast(minimum.count, per: minimum.period)
        return LocalizedText(sv: "att \(kind.rawValue)en möts \(wanted.sv)", en: "that the \(kind.rawValue) meets \(wanted.en)")
    }
}
