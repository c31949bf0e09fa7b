/// BUS004: The services that shall take part in BUS are represented in the local steering group.
public struct SteeringGroupMembersRule: Rule {
    public init() {}
    public let id = "BUS004"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Verksamheter i styrgruppen", en: "Services in the steering group")
    public let sentence = LocalizedText(
        sv: "De verksamheter som ska delta i BUS är representerade i den lokala styrgruppen.",
        en: "The services that shall take part in BUS are represented in the local steering group.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
