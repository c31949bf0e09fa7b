/// BUS031: every party or service a register names is a party of the agreement or a service of the rule set.
public struct RegisterReferencesRule: Rule {
    public init() {}
    public let id = "BUS031"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Okänd part eller verksamhet i registret", en: "Unknown party or service in the register")
    public let sentence = LocalizedText(
        sv: "Varje huvudman sammanställer sina egna uppgifter om de parter som står i överenskommelsen.",
        en: "Each principal compiles its own figures about the parties the agreement names.")
    public let remedy = LocalizedText(
        sv: "Använd id för parter ur överenskommelsen och verksamheter ur regelverket.",
        en: "Use party ids from the agreement and service ids from the rule set.")

    /// Nothing on the model: its findings are made by the register reader (`RegisterReader`) while it reads the register.
    public func check(_ context: RuleContext) -> [Diagnostic] { [] }
}
