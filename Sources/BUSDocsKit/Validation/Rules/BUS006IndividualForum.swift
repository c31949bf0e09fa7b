/// BUS006: The individforum is convened by a designated unit manager and held within two weeks; minutes are kept on a fixed template.
public struct IndividualForumRule: Rule {
    public init() {}
    public let id = "BUS006"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "BUS individforum", en: "BUS individforum")
    public let sentence = LocalizedText(
        sv: "Individforum sammankallas av en utsedd enhetschef och hålls inom två veckor; protokoll förs enligt fast mall.",
        en: "The individforum is convened by a designated unit manager and held within two weeks; minutes are kept on a fixed template.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        []
    }
}
