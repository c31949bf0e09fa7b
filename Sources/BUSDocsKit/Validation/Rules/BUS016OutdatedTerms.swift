/// BUS016: an agreement valid after the 2019 reorganisation does not use the old names.
public struct OutdatedTermsRule: Rule {
    public init() {}
    public let id = "BUS016"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Inaktuella benämningar", en: "Outdated terms")
    public let sentence = LocalizedText(
        sv: "Sedan 2019 heter landstinget Region Stockholm och KSL Storsthlm.",
        en: "Since 2019 the county council is Region Stockholm and KSL is Storsthlm.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        guard let validFrom = Self.effectiveDate(of: context.agreement) else { return [] }
        return context.ruleSet.outdatedTerms.flatMap { term -> [Diagnostic] in
            guard let since = LocalDate(iso: term.since), validFrom >= since else { return [] }
            return TermScanner.occurrences(of: term.term, in: context.source).map { location in
                finding(
                    LocalizedText(sv: "\"\(term.term)\" är en inaktuell benämning sedan \(since.year)",
                                  en: "\"\(term.term)\" is an outdated name since \(since.year)"),
                    at: location,
                    hint: LocalizedText(sv: "Skriv \(term.replacement).", en: "Write \(term.replacement)."))
            }
        }
    }

    /// The date the agreement speaks from: its start of validity, or else its latest revision.
    static func effectiveDate(of agreement: Agreement) -> LocalDate? {
        agreement.validity?.from?.value.date ?? agreement.revisions.compactMap { $0.date?.value.date }.max()
    }
}
