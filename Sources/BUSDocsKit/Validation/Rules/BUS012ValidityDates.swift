/// BUS012: The agreement is valid from signing until it is terminated or renegotiated.
public struct ValidityDatesRule: Rule {
    public init() {}
    public let id = "BUS012"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Giltighetstid", en: "Validity")
    public let sentence = LocalizedText(
        sv: "Överenskommelsen gäller från undertecknandet tills den sägs upp eller omförhandlas.",
        en: "The agreement is valid from signing until it is terminated or renegotiated.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
