/// Where bus-docs and each rule are documented, and the help text code scanning and editors show for a
/// rule: the one place every output that links to a rule (SARIF, GitLab, the language server) asks.
public enum RuleDocumentation {
    /// bus-docs' home page.
    public static let home = "https://github.com/bus-docs/bus-docs"

    /// The rule's row in the README's table of rules (each row carries the rule id, lower-case, as anchor).
    public static func url(for ruleID: String) -> String {
        "\(home)/blob/main/README.md#\(ruleID.lowercased())"
    }

    /// The sentence the rule enforces, then how to fix a finding, as plain text.
    public static func helpText(for rule: any Rule, in language: Language) -> String {
        let fix = language == .swedish ? "Så rättar du" : "How to fix"
        return "\(rule.sentence.text(in: language))\n\n\(fix): \(rule.remedy.text(in: language))"
    }

    /// The same as Markdown, with a link to the rule's documentation.
    public static func helpMarkdown(for rule: any Rule, in language: Language) -> String {
        let fix = language == .swedish ? "Så rättar du" : "How to fix"
        let more = language == .swedish ? "Mer om regeln" : "More about the rule"
        return "**\(rule.id) \(rule.title.text(in: language))**\n\n\(rule.sentence.text(in: language))\n\n"
            + "**\(fix):** \(rule.remedy.text(in: language))\n\n[\(more)](\(url(for: rule.id)))"
    }

    /// Tags code scanning filters by: every rule is a BUS rule, about an agreement or about a register.
    public static func tags(for rule: any Rule) -> [String] {
        ["bus", rule.id >= "BUS030" ? "register" : "agreement"]
    }

    /// A rule's title as one PascalCase word, for SARIF's `name`: "The school's SIP duty" → "TheSchoolsSIPDuty".
    public static func pascalCaseName(_ title: String) -> String {
        title.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" })
            .map { word in
                let letters = word.filter { $0.isLetter || $0.isNumber }
                return letters.prefix(1).uppercased() + letters.dropFirst()
            }
            .joined()
    }
}

/// bus-docs' version, as `--version`, SARIF's driver and the Debian package give it.
public enum BUSDocsVersion {
    public static let current = "0.1.0"
}
