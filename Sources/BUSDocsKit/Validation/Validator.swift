/// validate: runs every rule over a parsed agreement and returns the findings in file order.
public struct Validator: Sendable {
    public var rules: [any Rule]
    /// The rule set given on the command line; when nil, the one the agreement names (`regelverk`).
    public var ruleSetOverride: RuleSet?
    public var today: LocalDate

    public init(rules: [any Rule] = RuleCatalog.all, ruleSet: RuleSet? = nil, today: LocalDate) {
        self.rules = rules
        self.ruleSetOverride = ruleSet
        self.today = today
    }

    public func validate(_ parsed: ParsedAgreement) -> [Diagnostic] {
        var diagnostics = parsed.diagnostics
        if let agreement = parsed.agreement, let source = parsed.source {
            let (ruleSet, problem) = ruleSet(for: agreement)
            if let problem { diagnostics.append(problem) }
            let context = RuleContext(agreement: agreement, source: source, ruleSet: ruleSet, today: today)
            for rule in rules {
                diagnostics += rule.check(context)
            }
        }
        return diagnostics.sorted(by: Diagnostic.fileOrder)
    }

    /// The override, or the agreement's `regelverk`, or bus-2012 when it names none; with the finding
    /// for a `regelverk` no rule set has.
    public func ruleSet(for agreement: Agreement) -> (RuleSet, Diagnostic?) {
        if let ruleSetOverride { return (ruleSetOverride, nil) }
        let fallback = RuleSet.builtIn(named: "bus-2012")!
        guard let named = agreement.ruleSet else { return (fallback, nil) }
        if let ruleSet = RuleSet.builtIn(named: named.value) { return (ruleSet, nil) }
        return (fallback, StructureRule.unknownValue(named.value, for: "regelverk", allowed: RuleSet.builtInNames, at: named.location))
    }
}
