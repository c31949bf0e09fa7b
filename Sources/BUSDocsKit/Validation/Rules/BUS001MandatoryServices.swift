/// BUS001: every service the regional agreement makes mandatory is provided by some party.
public struct MandatoryServicesRule: Rule {
    public init() {}
    public let id = "BUS001"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Obligatoriska verksamheter", en: "Mandatory services")
    public let sentence = LocalizedText(
        sv: "Socialtjänst, utbildning, BUP, habilitering och BUMM ska delta i det lokala BUS-arbetet.",
        en: "Social services, education, BUP, habilitation and BUMM shall take part in the local BUS work.")
    public let remedy = LocalizedText(
        sv: "Lägg till den part som står för verksamheten under `parter:` och ange verksamheten i dess `verksamheter:`.",
        en: "Add the party that provides the service under `parter:` and list the service in its `verksamheter:`.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        let location = agreement.partiesRange?.start ?? context.frontMatterStart
        return context.ruleSet.mandatoryServices
            .filter { !agreement.provides($0) }
            .map { service in
                let name = context.ruleSet.serviceName(service)
                return finding(
                    LocalizedText(sv: "ingen part står för \(name.sv)", en: "no party provides \(name.en)"),
                    at: location,
                    hint: LocalizedText(
                        sv: "Lägg till den part som står för verksamheten under `parter:` med `verksamheter: [\(service)]`.",
                        en: "Add the party that provides it under `parter:` with `verksamheter: [\(service)]`."))
            }
    }
}
