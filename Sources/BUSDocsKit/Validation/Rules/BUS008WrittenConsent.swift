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
        guard consent.value != .written else { return [] }
        let message: LocalizedText = consent.value == .missing ? .consentNotObtained : .consentNotWritten(consent.value.rawValue)
        return [finding(message, at: consent.location, hint: .writeWrittenConsent)]
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

    fileprivate static let writeWrittenConsent = LocalizedText(
        sv: "Skriv `samtycke: skriftligt` och beskriv i avsnittet Samtycke hur samtycket inhämtas för varje tillfälle.",
        en: "Write `samtycke: skriftligt` and describe in the Samtycke section how consent is obtained for each occasion.")
}
