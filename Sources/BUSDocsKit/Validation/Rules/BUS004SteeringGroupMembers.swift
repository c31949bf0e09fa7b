/// BUS004: every mandatory service is represented in the steering group by a party that provides it.
public struct SteeringGroupMembersRule: Rule {
    public init() {}
    public let id = "BUS004"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Verksamheter i styrgruppen", en: "Services in the steering group")
    public let sentence = LocalizedText(
        sv: "De verksamheter som ska delta i BUS är representerade i den lokala styrgruppen.",
        en: "The services that shall take part in BUS are represented in the local steering group.")
    public let remedy = LocalizedText(
        sv: "Lägg till en ledamot i styrgruppen från en part som står för den verksamhet som saknas.",
        en: "Add a steering-group member from a party that provides the missing service.")

    /// The service is what must be represented, not every party: the municipality's school
    /// administration speaks for education even when independent schools are parties of their own.
    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        let steering = agreement.groups(ofKind: .steeringGroup)
        guard !steering.isEmpty else { return [] }  // BUS003 reports the missing group.
        let members = steering.flatMap(\.members)
        // A member of an unknown party is BUS014's finding: what it represents cannot be told.
        if members.contains(where: { agreement.namesUnknownParty($0.party) }) { return [] }
        let represented = agreement.parties.filter { party in members.contains { $0.party?.value == party.id.value } }
        let representedServices = Set(represented.flatMap { $0.services.map(\.value) })
        // A principal with no member at all is BUS003's finding, not one per service.
        let seated = represented.reduce(into: Set<Principal>()) { $0.formUnion(context.ruleSet.principals(of: $1)) }
        return context.ruleSet.mandatoryServices.compactMap { service in
            guard !representedServices.contains(service), let party = agreement.parties.first(where: { $0.provides(service) }) else { return nil }
            if let principal = context.ruleSet.services[service]?.principal, !seated.contains(principal) { return nil }
            let name = context.ruleSet.serviceInText(service)
            // The member the hint adds is one to write as it stands: a title, not an ellipsis (BUS024's placeholder).
            let role = (party.principal?.value ?? context.ruleSet.services[service]?.principal ?? .region).managerRole
            return finding(.unrepresented(name, party: party.id.value), at: party.id.location, hint: .addMember(party: party.id.value, role: role))
        }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func unrepresented(_ service: LocalizedText, party: String) -> LocalizedText {
        LocalizedText(sv: "ingen ledamot i styrgruppen företräder \(service.sv), som parten `\(party)` står för",
                      en: "no member of the steering group represents \(service.en), which the party `\(party)` provides")
    }

    fileprivate static func addMember(party: String, role: String) -> LocalizedText {
        LocalizedText(sv: "Lägg till `- { part: \(party), roll: \(role) }` under styrgruppens `ledamöter:`, med chefens befattning i `roll`.",
                      en: "Add `- { part: \(party), roll: \(role) }` under the steering group's `ledamöter:`, with the manager's title as `roll`.")
    }
}
