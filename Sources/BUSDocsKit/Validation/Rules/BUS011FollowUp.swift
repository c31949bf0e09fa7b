/// BUS011: the agreement is followed up at least yearly, by a group it has.
public struct FollowUpRule: Rule {
    public init() {}
    public let id = "BUS011"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Årlig uppföljning", en: "Annual follow-up")
    public let sentence = LocalizedText(
        sv: "Styrgruppen följer upp överenskommelsen minst en gång per år.",
        en: "The steering group follows up the agreement at least once a year.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let minimum = context.ruleSet.minimumFollowUp
        let hint = LocalizedText(
            sv: "Skriv `uppföljning: { per: \(minimum.rawValue), ansvarig: styrgrupp, indikatorer: [individforum-ärenden, olösta-ärenden, avvikelser, sip] }`.",
            en: "Write `uppföljning: { per: \(minimum.rawValue), ansvarig: styrgrupp, indikatorer: [individforum-ärenden, olösta-ärenden, avvikelser, sip] }`.")
        guard let followUp = context.agreement.followUp else {
            if context.agreement.unreadable.contains("uppföljning") { return [] }
            return [finding(
                LocalizedText(sv: "överenskommelsen säger inte hur den följs upp (`uppföljning` saknas)",
                              en: "the agreement does not say how it is followed up (`uppföljning` is missing)"),
                at: context.frontMatterStart, hint: hint)]
        }
        var findings: [Diagnostic] = []
        if let period = followUp.period {
            if period.value.perYear < minimum.perYear {
                findings.append(finding(
                    LocalizedText(sv: "uppföljning per \(period.value.rawValue) är för sällan; den ska ske minst en gång per \(minimum.rawValue)",
                                  en: "follow-up per \(period.value.rawValue) is too rare; it must happen at least once per \(minimum.rawValue)"),
                    at: period.location, hint: hint))
            }
        } else if !context.agreement.unreadable.contains("uppföljning.per") {
            findings.append(finding(
                LocalizedText(sv: "uppföljningen anger inte hur ofta (`per`)", en: "the follow-up does not say how often (`per`)"),
                at: followUp.range.start, hint: hint))
        }
        let groupIDs = context.agreement.groups.map(\.id.value)
        if let owner = followUp.owner {
            if !groupIDs.contains(owner.value) {
                let nearest = Suggestion.nearest(to: owner.value, in: groupIDs)
                findings.append(finding(
                    LocalizedText(sv: "uppföljningens ansvariga grupp `\(owner.value)` finns inte bland `grupper`",
                                  en: "the follow-up's owner `\(owner.value)` is not one of the `grupper`"),
                    at: owner.location,
                    hint: nearest.map { LocalizedText(sv: "Menade du `\($0)`?", en: "Did you mean `\($0)`?") } ?? hint))
            }
        } else {
            findings.append(finding(
                LocalizedText(sv: "uppföljningen har ingen ansvarig grupp (`ansvarig`)", en: "the follow-up has no owning group (`ansvarig`)"),
                at: followUp.range.start, hint: hint))
        }
        return findings
    }
}
