/// BUS014: Every reference to a party, group or template points at something the agreement has.
public struct ReferencesRule: Rule {
    public init() {}
    public let id = "BUS014"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Hänvisningar", en: "References")
    public let sentence = LocalizedText(
        sv: "Varje hänvisning till en part, grupp eller mall pekar på något som finns i överenskommelsen.",
        en: "Every reference to a party, group or template points at something the agreement has.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
