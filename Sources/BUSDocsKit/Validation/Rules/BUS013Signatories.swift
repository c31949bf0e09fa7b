/// BUS013: The agreement is signed by managers of both principals.
public struct SignatoriesRule: Rule {
    public init() {}
    public let id = "BUS013"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Undertecknare", en: "Signatories")
    public let sentence = LocalizedText(
        sv: "Överenskommelsen undertecknas av chefer för båda huvudmännen.",
        en: "The agreement is signed by managers of both principals.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
