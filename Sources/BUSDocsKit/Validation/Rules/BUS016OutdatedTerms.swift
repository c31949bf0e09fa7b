/// BUS016: Since 2019 the county council is Region Stockholm and KSL is Storsthlm.
public struct OutdatedTermsRule: Rule {
    public init() {}
    public let id = "BUS016"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Inaktuella benämningar", en: "Outdated terms")
    public let sentence = LocalizedText(
        sv: "Sedan 2019 heter landstinget Region Stockholm och KSL Storsthlm.",
        en: "Since 2019 the county council is Region Stockholm and KSL is Storsthlm.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
