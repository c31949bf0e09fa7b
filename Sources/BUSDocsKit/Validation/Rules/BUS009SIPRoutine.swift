/// BUS009: the agreement has a SIP routine: who may call a coordinated individual plan.
public struct SIPRoutineRule: Rule {
    public init() {}
    public let id = "BUS009"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "SIP-rutin", en: "SIP routine")
    public let sentence = LocalizedText(
        sv: "Samordnad individuell plan (SIP) upprättas när barnet behöver insatser från både socialtjänst och hälso- och sjukvård (2 kap. 7 § SoL, HSL).",
        en: "A coordinated individual plan (SIP) is made when the child needs efforts from both social services and health care (2 ch. 7 § SoL, HSL).")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let services = context.ruleSet.mandatoryServices.joined(separator: ", ")
        let hint = LocalizedText(
            sv: "Skriv `sip: { initierar: [\(services)], skolan: ska }`.",
            en: "Write `sip: { initierar: [\(services)], skolan: ska }`.")
        guard let sip = context.agreement.sip else {
            return [finding(
                LocalizedText(sv: "överenskommelsen har ingen SIP-rutin (`sip` saknas)", en: "the agreement has no SIP routine (`sip` is missing)"),
                at: context.frontMatterStart, hint: hint)]
        }
        guard sip.initiators.isEmpty else { return [] }
        return [finding(
            LocalizedText(sv: "SIP-rutinen anger inte vilka verksamheter som kan kalla till SIP", en: "the SIP routine does not say which services may call a SIP"),
            at: sip.range.start, hint: hint)]
    }
}
