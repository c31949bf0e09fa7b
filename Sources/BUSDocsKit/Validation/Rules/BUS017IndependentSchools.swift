/// BUS017: Independent schools must be actively invited into local agreements and routines.
public struct IndependentSchoolsRule: Rule {
    public init() {}
    public let id = "BUS017"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Fristående skolor", en: "Independent schools")
    public let sentence = LocalizedText(
        sv: "Fristående skolor ska aktivt bjudas in till lokala överenskommelser och rutiner.",
        en: "Independent schools must be actively invited into local agreements and routines.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
