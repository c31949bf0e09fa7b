/// BUS015: The agreement describes consent, deviation reporting, follow-up and SIP.
public struct RequiredSectionsRule: Rule {
    public init() {}
    public let id = "BUS015"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Obligatoriska avsnitt", en: "Required sections")
    public let sentence = LocalizedText(
        sv: "Överenskommelsen beskriver samtycke, avvikelserapportering, uppföljning och SIP.",
        en: "The agreement describes consent, deviation reporting, follow-up and SIP.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
