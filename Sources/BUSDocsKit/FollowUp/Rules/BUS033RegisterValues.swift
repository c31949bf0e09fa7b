/// BUS033: outcomes, topics, statuses, yes/no and counts in a register are values the format knows.
public struct RegisterValuesRule: Rule {
    public init() {}
    public let id = "BUS033"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Värden i registret", en: "Values in the register")
    public let sentence = LocalizedText(
        sv: "Uppföljningens indikatorer är antal ärenden i individforum, ärenden som lyfts till styrgruppen, avvikelser och SIP.",
        en: "The follow-up's indicators are cases in the individforum, cases lifted to the steering group, deviations and SIPs.")
    public let remedy = LocalizedText(
        sv: "Använd de dokumenterade värdena för kolumnen (se README, registrets format).",
        en: "Use the documented values for the column (see the README, the register format).")

    /// Nothing on the model: its findings are made by the register reader (`RegisterReader`) while it reads the register.
    public func check(_ context: RuleContext) -> [Diagnostic] { [] }
}
