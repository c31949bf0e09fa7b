/// The text of `bus-docs rules`: every rule with id, severity, title and the sentence it enforces,
/// then the parameters of the rule set in force.
public enum RuleListing {
    public static func format(_ rules: [any Rule], ruleSet: RuleSet, language: Language) -> String {
        let sv = language == .swedish
        var out = sv ? "Regelverk: \(ruleSet.id) — \(ruleSet.name)\n\n" : "Rule set: \(ruleSet.id) — \(ruleSet.name)\n\n"
        for rule in rules {
            out += "\(rule.id)  \(severity(rule.severity.rawValue, sv: sv).padding(7))  \(rule.title.text(in: language))\n"
            out += "        \(rule.sentence.text(in: language))\n"
        }
        let mandatory = ruleSet.mandatoryServices.map { ruleSet.serviceName($0, in: language) }
        out += sv ? "\nObligatoriska verksamheter: " : "\nMandatory services: "
        out += mandatory.joined(separator: ", ") + "\n"
        if !ruleSet.recommendedServices.isEmpty {
            out += sv ? "Förväntade verksamheter: " : "Expected services: "
            out += ruleSet.recommendedServices.map { ruleSet.serviceName($0, in: language) }.joined(separator: ", ") + "\n"
        }
        out += sv ? "Individforum inom: \(ruleSet.individualForumDeadlineDays) dagar\n" : "Individforum within: \(ruleSet.individualForumDeadlineDays) days\n"
        out += (sv ? "Mottagare av avvikelser: " : "Deviation receivers: ") + ruleSet.deviationReceivers.joined(separator: ", ") + "\n"
        return out
    }
}

/// A rule's severity in the listing's language: "error / warning" is "fel / varning".
private func severity(_ raw: String, sv: Bool) -> String {
    guard sv else { return raw }
    return raw.replacingOccurrences(of: "error", with: "fel").replacingOccurrences(of: "warning", with: "varning")
}

private extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
