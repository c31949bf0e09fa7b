/// BUS018: Agreements are public documents: personal data about children never belongs in them.
public struct PersonalIdentityNumbersRule: Rule {
    public init() {}
    public let id = "BUS018"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Personnummer", en: "Personal identity numbers")
    public let sentence = LocalizedText(
        sv: "Överenskommelser är allmänna handlingar: personuppgifter om barn hör aldrig hemma i dem.",
        en: "Agreements are public documents: personal data about children never belongs in them.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
