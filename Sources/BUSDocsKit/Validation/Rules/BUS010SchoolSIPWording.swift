/// BUS010: the school *shall* call a SIP; "may" makes areas unequal.
public struct SchoolSIPWordingRule: Rule {
    public init() {}
    public let id = "BUS010"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Skolans SIP-ansvar", en: "The school's SIP duty")
    public let sentence = LocalizedText(
        sv: "Likvärdighet mellan områdena: skolan ska kalla till SIP, inte bara kan.",
        en: "Equality between areas: the school shall call a SIP, not merely may.")
    public let remedy = LocalizedText(
        sv: "Skriv `sip: { skolan: ska }` och att skolan ska kalla till SIP i texten.",
        en: "Write `sip: { skolan: ska }` and, in the text, that the school shall call a SIP.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        guard let school = context.agreement.sip?.school, school.value == .may else { return [] }
        // The text's own "Skolan kan" changes with `skolan:`, or BUS023 would find it next.
        let inText = TextAgreesWithFrontMatterRule.schoolWeakerWordings(in: context)
        return [finding(.schoolMayCall, at: school.location,
                        hint: inText.isEmpty ? .writeShall : .writeShall(inText: inText.map { ($0.shall, $0.said, $0.sentence.location.line) }))]
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static let schoolMayCall = LocalizedText(
        sv: "skolan ”kan” kalla till SIP; det skiljer sig mellan områdena — ”ska” är den likvärdiga skrivningen",
        en: "the school \"may\" call a SIP; this differs between areas — \"ska\" (shall) is the equal wording")

    fileprivate static let writeShall = LocalizedText(
        sv: "Skriv `skolan: ska` och beskriv i avsnittet om SIP när skolan kallar.",
        en: "Write `skolan: ska` and describe in the SIP section when the school calls one.")

    /// `inText`: the text's words that say the school may (or need not) call, and their lines; they change
    /// too, in Swedish (the agreement's language) in both languages.
    fileprivate static func writeShall(inText: [(shall: String, said: String, line: Int)]) -> LocalizedText {
        .changing(LocalizedText(sv: "Skriv `skolan: ska`.", en: "Write `skolan: ska`."), inText: inText.map { ($0.shall, $0.said, $0.line) })
    }
}
