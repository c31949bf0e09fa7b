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
        guard !isParty else { return [] }
        // "Fristående skolor omfattas inte av överenskommelsen och bjuds inte in": named, and left out.
        if let refusal = context.sentences.first(where: Self.leavesSchoolsOut) {
            return [finding(.schoolsNotInvited, at: refusal.location, hint: .rewriteToInvite)]
        }
        guard !isMentioned else { return [] }
        return [finding(.schoolsLeftOut, at: agreement.partiesRange?.start ?? context.frontMatterStart, hint: .inviteSchools)]
    }

    /// Whether a sentence names the independent schools and says they are not invited, covered or taking
    /// part: a negation right after (or before) the verb.
    static func leavesSchoolsOut(_ sentence: Sentence) -> Bool {
        let words = sentence.words
        guard words.contains(where: { $0.hasPrefix("fristaende") }) else { return false }
        return words.indices.contains { index in
            ["bjud", "inbjud", "omfatt", "ingar", "delt", "inkluder"].contains(where: words[index].hasPrefix)
                && words[max(0, index - 1)...min(words.count - 1, index + 2)].contains { ["inte", "ej", "aldrig"].contains($0) }
        }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static let schoolsLeftOut = LocalizedText(
        sv: "fristående skolor är varken parter i eller nämnda i överenskommelsen",
        en: "independent schools (fristående skolor) are neither a party nor mentioned in the agreement")

    fileprivate static let schoolsNotInvited = LocalizedText(
        sv: "texten säger att fristående skolor inte bjuds in eller inte omfattas; de ska aktivt bjudas in till överenskommelsen och dess rutiner",
        en: "the text says independent schools are not invited or not covered; they must be actively invited into the agreement and its routines")

    fileprivate static let rewriteToInvite = LocalizedText(
        sv: "Skriv om meningen så att den säger hur de fristående skolorna bjuds in, till exempel ”Fristående förskolor och skolor bjuds aktivt in att ansluta sig till överenskommelsen och dess rutiner.”",
        en: "Rewrite the sentence to say how the independent schools are invited, for example \"Fristående förskolor och skolor bjuds aktivt in att ansluta sig till överenskommelsen och dess rutiner.\"")

    fileprivate static let inviteSchools = LocalizedText(
        sv: "Beskriv hur fristående skolor bjuds in, eller lägg till dem som part med `huvudman: enskild` och `verksamheter: [utbildning]`.",
        en: "Describe how independent schools are invited, or add them as a party with `huvudman: enskild` and `verksamheter: [utbildning]`.")
}
