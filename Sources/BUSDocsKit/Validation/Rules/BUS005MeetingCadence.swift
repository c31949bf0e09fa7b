/// BUS005: standing groups meet at least as often as the rule set demands.
public struct MeetingCadenceRule: Rule {
    public init() {}
    public let id = "BUS005"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Mötesfrekvens", en: "Meeting cadence")
    public let sentence = LocalizedText(
        sv: "Styrgrupp och arbetsgrupp träffas minst en gång per termin.",
        en: "The steering group and the working group meet at least once per term.")
    public let remedy = LocalizedText(
        sv: "Skriv minst så många möten som regelverket kräver i gruppens `möten:`, t.ex. `{ minst: 1, per: termin }`, och ändra texten likadant.",
        en: "Write at least as many meetings as the rule set requires in the group's `möten:`, e.g. `{ minst: 1, per: termin }`, and change the text to match.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.agreement.groups.compactMap { group in
            guard let kind = group.kind?.value, let required = context.ruleSet.minimumCadence[kind.rawValue] else { return nil }
            let wanted = CadenceWording.atLeast(required.count, per: required.period)
            // The text's own words for a lower cadence change with `möten:`, or BUS023 would find them next.
            let stated = TextAgreesWithFrontMatterRule.statedCadences(of: kind, below: required.meetingsPerYear, in: context)
            let hint = LocalizedText.writeCadence(required, wanted: wanted, inText: stated.map { ($0.said, $0.sentence.location.line) })
            guard let meetings = group.meetings else {
                return finding(
                    .noCadence(group: LocalizedText.group(group, kind: kind)),
                    at: group.id.location, hint: hint, missing: KeyReference("möten", in: group.range.start))
            }
            let perYear = meetings.value.meetingsPerYear ?? 0
            guard perYear < required.meetingsPerYear else { return nil }
            let actual: LocalizedText
            if case let .atLeast(count, period) = meetings.value {
                actual = CadenceWording.atLeast(count, per: period)
            } else {
                actual = .onlyWhenNeeded
            }
            return finding(
                .cadenceTooLow(group: LocalizedText.group(group, kind: kind), actual: actual, wanted: wanted),
                at: meetings.location, hint: hint)
        }
    }
}

// MARK: - Messages

extension LocalizedText {
    /// `inText`: the text's words that say the group meets less often, and their lines; they change too,
    /// to the cadence in Swedish (the agreement's language) in both languages.
    fileprivate static func writeCadence(_ required: CadenceRequirement, wanted: LocalizedText, inText: [(said: String, line: Int)]) -> LocalizedText {
        let value = "`möten: { minst: \(required.count), per: \(required.period.rawValue) }`"
        return .changing(LocalizedText(sv: "Skriv \(value) (\(wanted.sv)) eller oftare.", en: "Write \(value) (\(wanted.en)) or more often."),
                         inText: inText.map { (wanted.sv, $0.said, $0.line) })
    }

    /// The group as its name and id: "BUS lokal styrgrupp (`styrgrupp`)"; without a name, "styrgrupp `sg`".
    fileprivate static func group(_ group: Group, kind: GroupKind) -> String {
        if let name = group.name?.value, !name.isEmpty { return "\(name) (`\(group.id.value)`)" }
        return "\(kind.rawValue) `\(group.id.value)`"
    }

    fileprivate static func noCadence(group: String) -> LocalizedText {
        LocalizedText(sv: "\(group) anger inte hur ofta den möts",
                      en: "\(group) does not say how often it meets")
    }

    fileprivate static let onlyWhenNeeded = LocalizedText(sv: "bara vid behov", en: "only when needed")

    fileprivate static func cadenceTooLow(group: String, actual: LocalizedText, wanted: LocalizedText) -> LocalizedText {
        LocalizedText(sv: "\(group) möts \(actual.sv); regelverket kräver \(wanted.sv)",
                      en: "\(group) meets \(actual.en); the rule set requires \(wanted.en)")
    }
}
