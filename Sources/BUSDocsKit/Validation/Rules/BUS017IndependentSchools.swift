/// BUS017: independent schools are actively invited: a party, or at least named in the agreement.
public struct IndependentSchoolsRule: Rule {
    public init() {}
    public let id = "BUS017"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Fristående skolor", en: "Independent schools")
    public let sentence = LocalizedText(
        sv: "Fristående skolor ska aktivt bjudas in till lokala överenskommelser och rutiner.",
        en: "Independent schools must be actively invited into local agreements and routines.")
    public let remedy = LocalizedText(
        sv: "Ta med de fristående skolorna som part, eller beskriv i texten hur de bjuds in.",
        en: "Include the independent schools as a party, or describe in the text how they are invited.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        let isParty = agreement.parties.contains { $0.principal?.value == .independent && $0.provides("utbildning") }
        let isMentioned = context.ruleSet.independentSchoolTerms.contains { term in
            !SourceFile.offsets(of: SourceFile.lowercased(Array(term.utf8)), in: context.source.lowercasedBytes).isEmpty
        }
        guard !isParty, !isMentioned else { return [] }
        return [finding(.schoolsLeftOut, at: agreement.partiesRange?.start ?? context.frontMatterStart, hint: .inviteSchools)]
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static let schoolsLeftOut = LocalizedText(
        sv: "fristående skolor är varken parter i eller nämnda i överenskommelsen",
        en: "independent schools (fristående skolor) are neither a party nor mentioned in the agreement")

    fileprivate static let inviteSchools = LocalizedText(
        sv: "Beskriv hur fristående skolor bjuds in, eller lägg till dem som part med `huvudman: enskild` och `verksamheter: [utbildning]`.",
        en: "Describe how independent schools are invited, or add them as a party with `huvudman: enskild` and `verksamheter: [utbildning]`.")
}
