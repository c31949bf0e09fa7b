/// BUS001: Social services, education, BUP, habilitation and BUMM shall take part in the local BUS work.
public struct MandatoryServicesRule: Rule {
    public init() {}
    public let id = "BUS001"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Obligatoriska verksamheter", en: "Mandatory services")
    public let sentence = LocalizedText(
        sv: "Socialtjänst, utbildning, BUP, habilitering och BUMM ska delta i det lokala BUS-arbetet.",
        en: "Social services, education, BUP, habilitation and BUMM shall take part in the local BUS work.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
