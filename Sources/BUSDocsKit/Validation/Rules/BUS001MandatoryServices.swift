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
        // A party written without an `id` still provides its services: its missing id is the finding.
        return context.ruleSet.mandatoryServices
            .filter { service in !agreement.provides(service) && !agreement.partiesWithoutID.contains { $0.provides(service) } }
            .map { service in
                finding(.noProvider(context.ruleSet.serviceName(service)), at: location, hint: .addProvider(service))
            }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func noProvider(_ name: LocalizedText) -> LocalizedText {
        LocalizedText(sv: "ingen part står för \(name.sv)", en: "no party provides \(name.en)")
    }

    fileprivate static func addProvider(_ service: String) -> LocalizedText {
        LocalizedText(sv: "Lägg till den part som står för verksamheten under `parter:` med `verksamheter: [\(service)]`.",
                      en: "Add the party that provides it under `parter:` with `verksamheter: [\(service)]`.")
    }
}
