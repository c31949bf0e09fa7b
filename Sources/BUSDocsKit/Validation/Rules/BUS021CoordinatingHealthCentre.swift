/// BUS021: the services the rule set expects (under HÖK 2022 the coordinating health centre) take part.
public struct CoordinatingHealthCentreRule: Rule {
    public init() {}
    public let id = "BUS021"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Samordnande vårdcentral", en: "Coordinating health centre")
    public let sentence = LocalizedText(
        sv: "Under HÖK 2022 har varje område en samordnande vårdcentral och en samordnande funktion i kommunen.",
        en: "Under HÖK 2022 every district has a coordinating health centre and a coordinating function in the municipality.")
    public let remedy = LocalizedText(
        sv: "Lägg till den samordnande vårdcentralen som part med `verksamheter: [samordnande-vardcentral]`.",
        en: "Add the coordinating health centre as a party with `verksamheter: [samordnande-vardcentral]`.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        return context.ruleSet.recommendedServices
            .filter { !agreement.provides($0) }
            .map { service in
                return finding(.noProvider(of: context.ruleSet.serviceInText(service), expectedBy: context.ruleSet.shortName),
                               at: agreement.partiesRange?.start ?? context.frontMatterStart,
                               hint: .addProvider(context.ruleSet.serviceName(service), service: service))
            }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func noProvider(of service: LocalizedText, expectedBy ruleSet: String) -> LocalizedText {
        LocalizedText(sv: "ingen part står för \(service.sv), som \(ruleSet) förväntar sig",
                      en: "no party provides \(service.en), which \(ruleSet) expects")
    }

    fileprivate static func addProvider(_ name: LocalizedText, service: String) -> LocalizedText {
        LocalizedText(sv: "Lägg till områdets \(name.sv) under `parter:` med `verksamheter: [\(service)]`.",
                      en: "Add the district's \(name.en) under `parter:` with `verksamheter: [\(service)]`.")
    }
}
