/// BUS009: A coordinated individual plan (SIP) is made when the child needs efforts from both social services and health care (2 ch. 7 § SoL, HSL).
public struct SIPRoutineRule: Rule {
    public init() {}
    public let id = "BUS009"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "SIP-rutin", en: "SIP routine")
    public let sentence = LocalizedText(
        sv: "Samordnad individuell plan (SIP) upprättas när barnet behöver insatser från både socialtjänst och hälso- och sjukvård (2 kap. 7 § SoL, HSL).",
        en: "A coordinated individual plan (SIP) is made when the child needs efforts from both social services and health care (2 ch. 7 § SoL, HSL).")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
