/// BUS022: the individforum is convened by a manager with mandate, not a caseworker.
public struct ConvenerMandateRule: Rule {
    public init() {}
    public let id = "BUS022"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Sammankallande med mandat", en: "Convener with mandate")
    public let sentence = LocalizedText(
        sv: "En utsedd enhetschef i arbetsgruppen sammankallar individforum, där chefer med beslutsmandat deltar.",
        en: "A designated unit manager from the working group convenes the individforum, where managers with decision mandate take part.")
    public let remedy = LocalizedText(
        sv: "Låt en chef med mandat (enhetschef, rektor …) vara `sammankallande` för individforum.",
        en: "Make a manager with mandate (unit manager, head teacher …) the individforum's `sammankallande`.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let roles = context.ruleSet.mandateRoles
        guard !roles.isEmpty else { return [] }
        return context.agreement.groups(ofKind: .individualForum).compactMap { forum in
            guard let role = forum.convener?.value.role, !Self.isManager(role.value, roles: roles) else { return nil }
            // A role the rule set knows is staff's ("Socialsekreterare", "BUS-samordnare") is an error; one it
            // does not know may still be a manager's, and is a warning.
            let isStaff = Words.folded(role.value).contains(where: context.ruleSet.contradictions.isStaffRole)
            // The text that names the same role changes with it, or BUS023 finds the two at odds.
            let inText = TextAgreesWithFrontMatterRule.staffConvenerWording(manager: "Enhetschef", in: context)
                .filter { TextAgreesWithFrontMatterRule.sameRole($0.said, role.value) }
            return finding(.convenedWithoutMandate(forum: forum.id.value, role: role.value), at: role.location, hint: .writeManagerRole(inText: inText),
                           severity: isStaff ? .error : nil)
        }
    }

    /// A role names a manager when one of its words contains a manager's word part: "Biträdande
    /// enhetschef", "Chef för elevhälsan", "Socialdirektör", "Rektor".
    static func isManager(_ role: String, roles: [String]) -> Bool {
        Words.folded(role).contains { word in roles.contains { word.contains($0) } }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func convenedWithoutMandate(forum: String, role: String) -> LocalizedText {
        LocalizedText(sv: "individforum `\(forum)` sammankallas av `\(role)`, som inte är en chef med mandat",
                      en: "the individforum `\(forum)` is convened by `\(role)`, who is not a manager with mandate")
    }

    /// `inText`: the text's words for the same role, the manager's word for them and their lines.
    fileprivate static func writeManagerRole(inText: [(said: String, word: String, line: Int)]) -> LocalizedText {
        .changing(LocalizedText(sv: "Skriv en chefsroll med beslutsmandat, t.ex. `roll: Enhetschef`.", en: "Write a manager's role with decision mandate, e.g. `roll: Enhetschef`."),
                  inText: inText.map { ($0.word, $0.said, $0.line) })
    }
}
