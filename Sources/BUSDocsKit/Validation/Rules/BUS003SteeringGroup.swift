/// BUS003: The local BUS work is led by a steering group of managers with mandate from both principals.
public struct SteeringGroupRule: Rule {
    public init() {}
    public let id = "BUS003"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Lokal styrgrupp", en: "Local steering group")
    public let sentence = LocalizedText(
        sv: "Det lokala BUS-arbetet leds av en styrgrupp med chefer med mandat från båda huvudmännen.",
        en: "The local BUS work is led by a steering group of managers with mandate from both principals.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
