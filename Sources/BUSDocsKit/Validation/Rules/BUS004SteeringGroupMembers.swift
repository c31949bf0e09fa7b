/// BUS004: every party that provides a mandatory service sits in the steering group.
public struct SteeringGroupMembersRule: Rule {
    public init() {}
    public let id = "BUS004"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Verksamheter i styrgruppen", en: "Services in the steering group")
    public let sentence = LocalizedText(
        sv: "De verksamheter som ska delta i BUS är representerade i den lokala styrgruppen.",
        en: "The services that shall take part in BUS are represented in the local steering group.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        let steering = agreement.groups(ofKind: .steeringGroup)
        guard !steering.isEmpty else { return [] }  // BUS003 reports the missing group.
        let represented = Set(steering.flatMap { $0.members.compactMap { $0.party?.value } })
        let mandatory = Set(context.ruleSet.mandatoryServices)
        return agreement.parties
            .filter { party in !represented.contains(party.id.value) && party.services.contains { mandatory.contains($0.value) } }
            .map { party in
                let services = party.services.map(\.value).filter(mandatory.contains)
                let sv = services.map { context.ruleSet.serviceName($0, in: .swedish) }.joined(separator: ", ")
                let en = services.map { context.ruleSet.serviceName($0, in: .english) }.joined(separator: ", ")
                return finding(
                    LocalizedText(sv: "parten `\(party.id.value)` (\(sv)) har ingen ledamot i styrgruppen",
                                  en: "the party `\(party.id.value)` (\(en)) has no member in the steering group"),
                    at: party.id.location,
                    hint: LocalizedText(
                        sv: "Lägg till `- { part: \(party.id.value), roll: … }` under styrgruppens `ledamöter:`.",
                        en: "Add `- { part: \(party.id.value), roll: … }` under the steering group's `ledamöter:`."))
            }
    }
}
