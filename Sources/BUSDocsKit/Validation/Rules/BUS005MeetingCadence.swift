/// BUS005: The steering group and the working group meet at least once per term.
public struct MeetingCadenceRule: Rule {
    public init() {}
    public let id = "BUS005"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Mötesfrekvens", en: "Meeting cadence")
    public let sentence = LocalizedText(
        sv: "Styrgrupp och arbetsgrupp träffas minst en gång per termin.",
        en: "The steering group and the working group meet at least once per term.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
