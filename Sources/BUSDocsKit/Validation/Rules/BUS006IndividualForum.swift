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
                .noForum, at: context.agreement.groupsRange?.start ?? context.frontMatterStart, hint: .addForum(days: days),
                missing: context.agreement.groups.isEmpty && !context.agreement.groupsWrittenEmpty ? .topLevel("grupper") : nil)]
        }
        // The text's longer deadlines change with `inom-dagar`, or BUS023 finds them next.
        let stated = TextAgreesWithFrontMatterRule.statedForumDeadlines(in: context).filter { $0.days > days }.map { ($0.said, $0.sentence.location.line) }
        return forums.flatMap { check($0, deadline: days, inText: stated) }
    }

    private func check(_ forum: Group, deadline: Int, inText: [(said: String, line: Int)]) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let group = forum.range.start
        let id = forum.id.value
        switch forum.meetings?.value {
        case .whenNeeded(let within?)?:
            if within.value > deadline {
                findings.append(finding(.deadlineTooLong(deadline, within.value), at: within.location, hint: .writeDeadline(deadline, inText: inText)))
            }
        case .whenNeeded(nil)?:
            findings.append(finding(
                .noDeadline(id), at: forum.meetings?.location ?? forum.id.location, hint: .writeDeadline(deadline),
                missing: forum.meetings.map { KeyReference("inom-dagar", in: $0.location) }))
        case .atLeast?, nil:
            findings.append(finding(
                .noDeadline(id), at: forum.meetings?.location ?? forum.id.location, hint: .writeDeadline(deadline),
                missing: forum.meetings == nil ? KeyReference("möten", in: group) : nil))
        }
        if forum.convener == nil {
            findings.append(finding(.noConvener(id), at: forum.id.location, hint: .writeConvener, missing: KeyReference("sammankallande", in: group)))
        }
        if forum.protocolTemplate == nil {
            findings.append(finding(.noProtocolTemplate(id), at: forum.id.location, hint: .writeProtocolTemplate, missing: KeyReference("protokoll", in: group)))
        }
        return findings
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static let noForum = LocalizedText(sv: "överenskommelsen har inget BUS individforum", en: "the agreement has no BUS individforum")

    fileprivate static func addForum(days: Int) -> LocalizedText {
        LocalizedText(
            sv: "Lägg till en grupp med `typ: individforum`, `möten: { vid-behov: true, inom-dagar: \(days) }`, `sammankallande:` och `protokoll: individforum`.",
            en: "Add a group with `typ: individforum`, `möten: { vid-behov: true, inom-dagar: \(days) }`, `sammankallande:` and `protokoll: individforum`.")
    }

    /// `inText`: the text's words for a longer deadline and their lines, which change too.
    fileprivate static func writeDeadline(_ days: Int, inText: [(said: String, line: Int)] = []) -> LocalizedText {
        let value = "`möten: { vid-behov: true, inom-dagar: \(days) }`"
        return .changing(LocalizedText(sv: "Skriv \(value).", en: "Write \(value)."), inText: inText.map { ("inom \(days) dagar", $0.said, $0.line) })
    }

    fileprivate static func deadlineTooLong(_ deadline: Int, _ days: Int) -> LocalizedText {
        LocalizedText(sv: "individforum ska hållas inom \(deadline) dagar, inte \(days)", en: "the individforum must meet within \(deadline) days, not \(days)")
    }

    fileprivate static func noDeadline(_ id: String) -> LocalizedText {
        LocalizedText(sv: "individforum `\(id)` anger inte inom hur många dagar det hålls",
                      en: "the individforum `\(id)` does not say within how many days it meets")
    }

    fileprivate static func noConvener(_ id: String) -> LocalizedText {
        LocalizedText(sv: "individforum `\(id)` har ingen sammankallande", en: "the individforum `\(id)` has no convener")
    }

    fileprivate static let writeConvener = LocalizedText(
        sv: "Skriv `sammankallande: { part: …, roll: Enhetschef }`.", en: "Write `sammankallande: { part: …, roll: Enhetschef }`.")

    fileprivate static func noProtocolTemplate(_ id: String) -> LocalizedText {
        LocalizedText(sv: "individforum `\(id)` anger ingen protokollmall", en: "the individforum `\(id)` names no protocol template")
    }

    fileprivate static let writeProtocolTemplate = LocalizedText(
        sv: "Skriv `protokoll: individforum` så förs protokoll enligt fast mall.", en: "Write `protokoll: individforum` so minutes are kept on a fixed template.")
}
