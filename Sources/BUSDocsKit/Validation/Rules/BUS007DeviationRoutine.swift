/// BUS007: Deviations of a principal nature are forwarded to BUSSAM on a dedicated deviation form.
public struct DeviationRoutineRule: Rule {
    public init() {}
    public let id = "BUS007"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Avvikelserutin", en: "Deviation routine")
    public let sentence = LocalizedText(
        sv: "Avvikelser av principiell karaktär lyfts till BUSSAM på en särskild avvikelseblankett.",
        en: "Deviations of a principal nature are forwarded to BUSSAM on a dedicated deviation form.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
