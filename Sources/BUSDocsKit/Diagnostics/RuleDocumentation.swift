/// Where a rule is documented, for tools that link a finding to its explanation (the language server's
/// `codeDescription`).
public enum RuleDocumentation {
    /// The README's rule table on the project's home page.
    public static let base = "https://github.com/bus-docs/bus-docs/blob/main/README.md"

    public static func url(for ruleID: String) -> String {
        "\(base)#the-rules"
    }
}
