/// validate: runs every rule over a parsed agreement and returns the findings in file order.
public struct Validator: Sendable {
    public var rules: [any Rule]
    /// The rule set given on the command line; when nil, the one the agreement names (`regelverk`).
    public var ruleSetOverride: RuleSet?
    public var today: LocalDate
    /// Template names a user's folder adds (see `RuleContext.userTemplates`).
    public var userTemplates: [String]

    public init(rules: [any Rule] = RuleCatalog.all, ruleSet: RuleSet? = nil, today: LocalDate, userTemplates: [String] = []) {
        self.rules = rules
        self.ruleSetOverride = ruleSet
        self.today = today
        self.userTemplates = userTemplates
    }

    public func validate(_ parsed: ParsedAgreement) -> [Diagnostic] {
        var diagnostics = parsed.diagnostics
        if let agreement = parsed.agreement, let source = parsed.source {
            let (ruleSet, problem) = ruleSet(for: agreement)
            if let problem { diagnostics.append(problem) }
            let context = RuleContext(agreement: agreement, source: source, ruleSet: ruleSet, today: today, userTemplates: userTemplates)
            for rule in rules {
                // A value written but unreadable is BUS019's finding alone, not also "missing" here.
                diagnostics += rule.check(context).filter { finding in
                    finding.missingKey.map { !agreement.writtenKeys.contains($0) } ?? true
                }
            }
        }
        return Self.mergingMeantKeys(Self.droppingTermsInUnknownValues(diagnostics)).sorted(by: Diagnostic.fileOrder)
    }

    /// One problem, one finding: an outdated name (BUS016) written as the value of a key with a closed
    /// set of values (`huvudman: landsting`) is an unknown value, whose finding says which value is meant
    /// (`region`); "write Region Stockholm" would be a second finding, and a wrong value.
    static func droppingTermsInUnknownValues(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let unknownValues = diagnostics.filter { $0.unknownValue != nil }.map(\.location)
        guard !unknownValues.isEmpty else { return diagnostics }
        let outdatedTerms = OutdatedTermsRule().id
        return diagnostics.filter { finding in
            finding.ruleID != outdatedTerms || !unknownValues.contains { $0.line == finding.location.line && $0.column <= finding.location.column }
        }
    }

    /// One problem, one finding: where a misspelt or misplaced key (`samtyke:`) stands for a key, the
    /// finding that that key is missing goes, and the one at the misspelt line takes its place — a
    /// consent the file does not state stays an error, now at the line that can be fixed. A missing key
    /// that is an error makes it that rule's finding (each rule has one severity: BUS020 is a warning),
    /// saying both: "the key `område` is missing: unknown key `omrde` … — did you mean `område`?".
    static func mergingMeantKeys(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var standing: [KeyReference: Int] = [:]
        for (index, diagnostic) in diagnostics.enumerated() {
            if let meant = diagnostic.meantKey, standing[meant] == nil { standing[meant] = index }
        }
        guard !standing.isEmpty else { return diagnostics }
        var merged = diagnostics
        var dropped = Set<Int>()
        for (index, diagnostic) in diagnostics.enumerated() {
            guard let missing = diagnostic.missingKey, let replacement = standing[missing], replacement != index else { continue }
            dropped.insert(index)
            guard diagnostic.severity > merged[replacement].severity else { continue }
            let misspelt = merged[replacement].message
            merged[replacement].severity = diagnostic.severity
            merged[replacement].ruleID = diagnostic.ruleID
            merged[replacement].message = LocalizedText(sv: "\(diagnostic.message.sv): \(misspelt.sv)", en: "\(diagnostic.message.en): \(misspelt.en)")
        }
        return merged.indices.filter { !dropped.contains($0) }.map { merged[$0] }
    }

    /// The override, or the agreement's `regelverk`, or bus-2012 when it names none; with the finding
    /// for a `regelverk` that is not a rule set's id. A name written another way that `new` reads as one
    /// rule set ("HÖK 2022", "hök", "2022", `RuleSet.builtIn(answer:)`) is that rule set, and a warning
    /// says so, with its id; any other is an error, and the agreement is checked with the current rule
    /// set, hök-2022 — never the old one, whose rules would pass what hök-2022 asks for.
    public func ruleSet(for agreement: Agreement) -> (RuleSet, Diagnostic?) {
        if let ruleSetOverride { return (ruleSetOverride, nil) }
        guard let named = agreement.ruleSet else { return (Self.fallback, nil) }
        if let ruleSet = RuleSet.builtIn(named: named.value) { return (ruleSet, nil) }
        if let meant = RuleSet.builtIn(answer: named.value) {
            return (meant, StructureRule.ruleSetReadAs(named, id: meant.id))
        }
        return (RuleSet.current, StructureRule.unknownValue(named, for: "regelverk", allowed: RuleSet.builtInNames,
                                                           meant: RuleSet.nearestBuiltIn(to: named.value)))
    }

    /// bus-2012, asked for only when it is used: a run whose agreements all name hök-2022 never decodes it.
    private static var fallback: RuleSet { RuleSet.builtIn(named: "bus-2012")! }
}
