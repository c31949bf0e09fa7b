/// BUS006: the individforum is convened within the deadline, by a named convener, with minutes on a
/// fixed protocol template.
public struct IndividualForumRule: Rule {
    public init() {}
    public let id = "BUS006"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "BUS individforum", en: "BUS individforum")
    public let sentence = LocalizedText(
        sv: "Individforum sammankallas av en utsedd enhetschef och hålls inom två veckor; protokoll förs enligt fast mall.",
        en: "The individforum is convened by a designated unit manager and held within two weeks; minutes are kept on a fixed template.")
    public let remedy = LocalizedText(
        sv: "Ge individforum `möten: { vid-behov: true, inom-dagar: 14 }`, en `sammankallande:` och en `protokoll:`-mall.",
        en: "Give the individforum `möten: { vid-behov: true, inom-dagar: 14 }`, a `sammankallande:` and a `protokoll:` template.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let days = context.ruleSet.individualForumDeadlineDays
        let forums = context.agreement.groups(ofKind: .individualForum)
        guard !forums.isEmpty else {
            if context.agreement.hasGroupOfUnreadableKind { return [] }
            return [finding(
                LocalizedText(sv: "överenskommelsen har inget BUS individforum", en: "the agreement has no BUS individforum"),
                at: context.agreement.groupsRange?.start ?? context.frontMatterStart,
                hint: LocalizedText(
                    sv: "Lägg till en grupp med `typ: individforum`, `möten: { vid-behov: true, inom-dagar: \(days) }`, `sammankallande:` och `protokoll: individforum`.",
                    en: "Add a group with `typ: individforum`, `möten: { vid-behov: true, inom-dagar: \(days) }`, `sammankallande:` and `protokoll: individforum`."),
                missing: context.agreement.groups.isEmpty ? .topLevel("grupper") : nil)]
        }
        return forums.flatMap { check($0, deadline: days) }
    }

    private func check(_ forum: Group, deadline: Int) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let deadlineHint = LocalizedText(
            sv: "Skriv `möten: { vid-behov: true, inom-dagar: \(deadline) }`.",
            en: "Write `möten: { vid-behov: true, inom-dagar: \(deadline) }`.")
        let group = forum.range.start
        switch forum.meetings?.value {
        case .whenNeeded(let within?)?:
            if within.value > deadline {
                findings.append(finding(
                    LocalizedText(sv: "individforum ska hållas inom \(deadline) dagar, inte \(within.value)",
                                  en: "the individforum must meet within \(deadline) days, not \(within.value)"),
                    at: within.location, hint: deadlineHint))
            }
        case .whenNeeded(nil)?:
            findings.append(finding(
                LocalizedText(sv: "individforum `\(forum.id.value)` anger inte inom hur många dagar det hålls",
                              en: "the individforum `\(forum.id.value)` does not say within how many days it meets"),
                at: forum.meetings?.location ?? forum.id.location, hint: deadlineHint,
                missing: forum.meetings.map { KeyReference("inom-dagar", in: $0.location) }))
        case .atLeast?, nil:
            findings.append(finding(
                LocalizedText(sv: "individforum `\(forum.id.value)` anger inte inom hur många dagar det hålls",
                              en: "the individforum `\(forum.id.value)` does not say within how many days it meets"),
                at: forum.meetings?.location ?? forum.id.location, hint: deadlineHint,
                missing: forum.meetings == nil ? KeyReference("möten", in: group) : nil))
        }
        if forum.convener == nil {
            findings.append(finding(
                LocalizedText(sv: "individforum `\(forum.id.value)` har ingen sammankallande", en: "the individforum `\(forum.id.value)` has no convener"),
                at: forum.id.location,
                hint: LocalizedText(sv: "Skriv `sammankallande: { part: …, roll: Enhetschef }`.", en: "Write `sammankallande: { part: …, roll: Enhetschef }`."),
                missing: KeyReference("sammankallande", in: group)))
        }
        if forum.protocolTemplate == nil {
            findings.append(finding(
                LocalizedText(sv: "individforum `\(forum.id.value)` anger ingen protokollmall", en: "the individforum `\(forum.id.value)` names no protocol template"),
                at: forum.id.location,
                hint: LocalizedText(sv: "Skriv `protokoll: individforum` så förs protokoll enligt fast mall.", en: "Write `protokoll: individforum` so minutes are kept on a fixed template."),
                missing: KeyReference("protokoll", in: group)))
        }
        return findings
    }
}
