/// BUS011: the agreement is followed up at least yearly, by its local steering group.
public struct FollowUpRule: Rule {
    public init() {}
    public let id = "BUS011"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Årlig uppföljning", en: "Annual follow-up")
    public let sentence = LocalizedText(
        sv: "Styrgruppen följer upp överenskommelsen minst en gång per år.",
        en: "The steering group follows up the agreement at least once a year.")
    public let remedy = LocalizedText(
        sv: "Skriv `uppföljning: { per: år, ansvarig: styrgrupp }` med en stående grupp som ansvarig, och säg detsamma i texten.",
        en: "Write `uppföljning: { per: år, ansvarig: styrgrupp }` with a standing group as owner, and say the same in the text.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let minimum = context.ruleSet.minimumFollowUp
        let hint = LocalizedText.writeFollowUp(per: minimum.rawValue)
        guard let followUp = context.agreement.followUp else {
            return [finding(
                .noFollowUp,
                at: context.frontMatterStart, hint: hint, missing: .topLevel("uppföljning"))]
        }
        let mapping = followUp.range.start
        var findings: [Diagnostic] = []
        if let period = followUp.period {
            if period.value.perYear < Double(minimum.perYear) {
                let written = (period.value.text == period.value.period.rawValue ? "per " : "") + period.value.text
                // "Överenskommelsen följs upp vartannat år": the text's words change with `per`.
                let stated = TextAgreesWithFrontMatterRule.statedFollowUps(below: Double(minimum.perYear), in: context)
                let wording = TextAgreesWithFrontMatterRule.followUpWording(Interval(minimum))
                findings.append(finding(
                    .tooSeldom(written, minimum: minimum.rawValue), at: period.location,
                    hint: .writePer(minimum.rawValue, inText: stated.map { (wording, $0.said, $0.sentence.location.line) })))
            }
        } else {
            findings.append(finding(
                .noPeriod,
                at: followUp.range.start, hint: hint, missing: KeyReference("per", in: mapping)))
        }
        guard let owner = followUp.owner else {
            findings.append(finding(
                .noOwner,
                at: followUp.range.start, hint: hint, missing: KeyReference("ansvarig", in: mapping)))
            return findings
        }
        let agreement = context.agreement
        guard let group = agreement.group(named: owner.value) else {
            if agreement.groupsUnreadable { return findings }
            let fix = Suggestion.nearest(to: owner.value, in: agreement.groups.map(\.id.value)).map { Fix(owner, replacement: $0) }
            findings.append(finding(
                .unknownOwner(owner.value),
                at: owner.location,
                hint: fix?.hint ?? hint, fix: fix))
            return findings
        }
        let allowed = context.ruleSet.followUpOwners
        if let kind = group.kind?.value, !allowed.isEmpty, !allowed.contains(kind) {
            // The group the text says follows up, when it may: following the hint, text and front matter agree (BUS023).
            let subjects = TextAgreesWithFrontMatterRule.followUpSubjects(in: context)
            let inText = subjects.map(\.1.kind).first(where: allowed.contains)
            let standing = agreement.groups.first { $0.kind?.value == inText && inText != nil }
                ?? agreement.groups.first { $0.kind.map { allowed.contains($0.value) } ?? false }
            // No steering group at all is BUS003's one finding: a standing group owning the follow-up until
            // there is one is no second problem. An on-demand forum never may.
            if standing == nil, kind != .individualForum { return findings }
            let id = standing?.id.value ?? "styrgrupp"
            // "Arbetsgruppen följer upp överenskommelsen": the sentence names the owner the header had, and
            // changes with it, or BUS023 finds the two at odds.
            var hint = LocalizedText.writeOwner(id)
            var fixed = agreement
            fixed.followUp?.owner?.value = id
            if inText == nil, let standingKind = standing?.kind?.value ?? allowed.first,
               let (sentence, subject) = TextAgreesWithFrontMatterRule.followUpSubjects(in: context, agreement: fixed).first(where: { !allowed.contains($0.1.kind) }) {
                let said = sentence.original(subject.index...subject.index, in: context.source)
                let word = said.first?.isUppercase == true ? standingKind.definite.capitalizedFirst : standingKind.definite
                if !said.isEmpty { hint = .writeOwner(id, andInText: word, insteadOf: said, line: sentence.location.line) }
            }
            findings.append(finding(.notFollowingUp(group.id.value, kind: kind), at: owner.location, hint: hint))
        }
        return findings
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func writeFollowUp(per period: String) -> LocalizedText {
        LocalizedText(
            sv: "Skriv `uppföljning: { per: \(period), ansvarig: styrgrupp, indikatorer: [individforum-ärenden, olösta-ärenden, avvikelser, sip] }`.",
            en: "Write `uppföljning: { per: \(period), ansvarig: styrgrupp, indikatorer: [individforum-ärenden, olösta-ärenden, avvikelser, sip] }`.")
    }

    fileprivate static let noFollowUp = LocalizedText(
        sv: "överenskommelsen säger inte hur den följs upp (`uppföljning` saknas)",
        en: "the agreement does not say how it is followed up (`uppföljning` is missing)")

    fileprivate static func tooSeldom(_ written: String, minimum: String) -> LocalizedText {
        LocalizedText(sv: "uppföljning \(written) är för sällan; den ska ske minst en gång per \(minimum)",
                      en: "follow-up \(written) is less often than once per \(minimum)")
    }

    /// `inText`: the text's words that say less often, the words to write instead, and their lines.
    fileprivate static func writePer(_ period: String, inText: [(wording: String, said: String, line: Int)] = []) -> LocalizedText {
        .changing(LocalizedText(sv: "Skriv `per: \(period)`.", en: "Write `per: \(period)`."), inText: inText.map { ($0.wording, $0.said, $0.line) })
    }

    fileprivate static let noPeriod = LocalizedText(sv: "uppföljningen anger inte hur ofta (`per`)", en: "the follow-up does not say how often (`per`)")

    fileprivate static let noOwner = LocalizedText(sv: "uppföljningen har ingen ansvarig grupp (`ansvarig`)", en: "the follow-up has no owning group (`ansvarig`)")

    fileprivate static func unknownOwner(_ owner: String) -> LocalizedText {
        LocalizedText(sv: "uppföljningens ansvariga grupp `\(owner)` finns inte bland `grupper`",
                      en: "the follow-up's owner `\(owner)` is not one of the `grupper`")
    }

    fileprivate static func notFollowingUp(_ group: String, kind: GroupKind) -> LocalizedText {
        LocalizedText(
            sv: "uppföljningen ägs av `\(group)` (typ \(kind.rawValue)); överenskommelsen ska följas upp årligen av den lokala styrgruppen",
            en: "the follow-up is owned by `\(group)` (typ \(kind.rawValue)); the local steering group must follow the agreement up yearly")
    }

    fileprivate static func writeOwner(_ group: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `ansvarig: \(group)`.", en: "Write `ansvarig: \(group)`.")
    }

    fileprivate static func writeOwner(_ group: String, andInText word: String, insteadOf said: String, line: Int) -> LocalizedText {
        LocalizedText(sv: "Skriv `ansvarig: \(group)`, och ”\(word)” i stället för ”\(said)” i meningen på rad \(line).",
                      en: "Write `ansvarig: \(group)`, and \"\(word)\" instead of \"\(said)\" in the sentence on line \(line).")
    }
}
