/// BUS021: Under HÖK 2022 every district has a coordinating health centre and a coordinating function in the municipality.
public struct CoordinatingHealthCentreRule: Rule {
    public init() {}
    public let id = "BUS021"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Samordnande vårdcentral", en: "Coordinating health centre")
    public let sentence = LocalizedText(
        sv: "Under HÖK 2022 har varje område en samordnande vårdcentral och en samordnande funktion i kommunen.",
        en: "Under HÖK 2022 every district has a coordinating health centre and a coordinating function in the municipality.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
