/// BUS011: The steering group follows up the agreement at least once a year.
public struct FollowUpRule: Rule {
    public init() {}
    public let id = "BUS011"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Årlig uppföljning", en: "Annual follow-up")
    public let sentence = LocalizedText(
        sv: "Styrgruppen följer upp överenskommelsen minst en gång per år.",
        en: "The steering group follows up the agreement at least once a year.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
