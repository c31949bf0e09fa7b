/// BUS002: The agreement is made between the municipality and the region as principals.
public struct BothPrincipalsRule: Rule {
    public init() {}
    public let id = "BUS002"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Båda huvudmännen", en: "Both principals")
    public let sentence = LocalizedText(
        sv: "Överenskommelsen sluts mellan kommunen och regionen som huvudmän.",
        en: "The agreement is made between the municipality and the region as principals.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
