/// BUS010: Equality between areas: the school shall call a SIP, not merely may.
public struct SchoolSIPWordingRule: Rule {
    public init() {}
    public let id = "BUS010"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Skolans SIP-ansvar", en: "The school's SIP duty")
    public let sentence = LocalizedText(
        sv: "Likvärdighet mellan områdena: skolan ska kalla till SIP, inte bara kan.",
        en: "Equality between areas: the school shall call a SIP, not merely may.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
