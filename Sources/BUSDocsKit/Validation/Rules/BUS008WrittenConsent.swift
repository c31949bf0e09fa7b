/// BUS008: consent to break secrecy is obtained in writing.
public struct WrittenConsentRule: Rule {
    public init() {}
    public let id = "BUS008"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Skriftligt samtycke", en: "Written consent")
    public let sentence = LocalizedText(
        sv: "När sekretess behöver brytas inhämtas skriftligt samtycke från den enskilde för det specifika tillfället.",
        en: "When secrecy must be broken, written consent is obtained from the individual for that specific occasion.")
    public let remedy = LocalizedText(
        sv: "Skriv `samtycke: skriftligt` och beskriv i avsnittet Samtycke hur samtycke inhämtas för varje tillfälle.",
        en: "Write `samtycke: skriftligt` and describe in the Samtycke section how consent is obtained for each occasion.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        guard let consent = context.agreement.consent else {
            return [finding(.consentMissing, at: context.frontMatterStart, hint: .writeWrittenConsent, missing: .topLevel("samtycke"))]
        }
        guard consent.value != .written else { return consentForATime(context) }
        let message: LocalizedText = consent.value == .missing ? .consentNotObtained : .consentNotWritten(consent.value.rawValue)
        // The sentences that let oral consent do change with the header, or BUS023 finds them after it.
        let oral = TextAgreesWithFrontMatterRule.oralConsentSentences(context)
        return [finding(message, at: consent.location, hint: oral.isEmpty ? .writeWrittenConsent : .writeWrittenConsentAndRewrite,
                        notes: oral.map { Note(message: .saysOralConsent, location: $0.location) })]
    }
}

extension WrittenConsentRule {
    /// "Samtycket gäller i ett år": the text lets one consent serve for a time, where it is obtained for
    /// the specific occasion. One finding per sentence, quoting what it says.
    private func consentForATime(_ context: RuleContext) -> [Diagnostic] {
        let phrases = context.ruleSet.contradictions
        let forATime = context.present(phrases.consentForATime)
        guard !forATime.isEmpty else { return [] }
        return context.sentences(mayHold: forATime).compactMap { sentence in
            guard let match = forATime.lazy.compactMap(sentence.match).first,
                  !TextAgreesWithFrontMatterRule.negated(match, in: sentence, phrases), !phrases.occasions.contains(where: sentence.says) else { return nil }
            // From the consent word nearest the time: "samtycket gäller sedan för samtliga möten under läsåret",
            // not from an earlier "skriftligt samtycke inhämtas …".
            let phrase = forATime.first { sentence.match($0) == match }
            let second = phrase?.matchPositions(in: sentence.words[...])?.dropFirst().first ?? match.upperBound
            let start = phrase?.stems.first.flatMap { first in
                (match.lowerBound..<second).last { first.matches(sentence.words[$0], alone: false) }
            } ?? match.lowerBound
            return finding(.consentForATime(sentence.original(start...match.upperBound, in: context.source)), at: sentence.location, hint: .consentPerOccasion)
        }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static let consentMissing = LocalizedText(
        sv: "överenskommelsen säger inte hur samtycke inhämtas (`samtycke` saknas)",
        en: "the agreement does not say how consent is obtained (`samtycke` is missing)")

    fileprivate static func consentNotWritten(_ value: String) -> LocalizedText {
        LocalizedText(sv: "samtycke för att bryta sekretess ska vara skriftligt, inte `\(value)`",
                      en: "consent to break secrecy must be written, not `\(value)`")
    }

    /// `samtycke: saknas`: the agreement says consent is not obtained at all.
    fileprivate static let consentNotObtained = LocalizedText(
        sv: "överenskommelsen säger att samtycke inte inhämtas (`samtycke: saknas`); samtycke för att bryta sekretess ska vara skriftligt",
        en: "the agreement says consent is not obtained (`samtycke: saknas`); consent to break secrecy must be written")

    fileprivate static func consentForATime(_ said: String) -> LocalizedText {
        LocalizedText(sv: "texten låter ett samtycke gälla en tid (”\(said)”), men samtycke inhämtas för det specifika tillfället",
                      en: "the text lets one consent hold for a time (\"\(said)\"), but consent is obtained for the specific occasion")
    }

    fileprivate static let consentPerOccasion = LocalizedText(
        sv: "Skriv om meningen så att skriftligt samtycke inhämtas för varje tillfälle då sekretess behöver brytas.",
        en: "Rewrite the sentence so that written consent is obtained for each occasion on which secrecy must be broken.")

    fileprivate static let saysOralConsent = LocalizedText(
        sv: "här säger texten att muntligt samtycke räcker", en: "here the text says that oral consent will do")

    fileprivate static let writeWrittenConsentAndRewrite = LocalizedText(
        sv: "Skriv `samtycke: skriftligt` och skriv om det texten säger om muntligt samtycke (se noterna) så att samtycket inhämtas skriftligt för varje tillfälle.",
        en: "Write `samtycke: skriftligt` and rewrite what the text says of oral consent (see the notes) so that consent is obtained in writing for each occasion.")

    fileprivate static let writeWrittenConsent = LocalizedText(
        sv: "Skriv `samtycke: skriftligt` och beskriv i avsnittet Samtycke hur samtycket inhämtas för varje tillfälle.",
        en: "Write `samtycke: skriftligt` and describe in the Samtycke section how consent is obtained for each occasion.")
}
