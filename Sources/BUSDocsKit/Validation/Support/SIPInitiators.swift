/// `sip.initierar` read as meant. A service id is that service; a party's id written where a service
/// belongs (`initierar: [soc, uk, bup-sodertalje]`) stands for the services that party provides: BUS009
/// judges the list so, and BUS014 reports the party ids once, with the list written with services.
struct SIPInitiators {
    /// The items that are the id of a party of the agreement and not a service, in the list's order.
    let parties: [Located<String>]
    /// The list as it is meant: each party id replaced by its party's services, each value once.
    let meant: [String]

    init(_ agreement: Agreement, ruleSet: RuleSet) {
        let items = agreement.sip?.initiators ?? []
        var parties: [Located<String>] = []
        var meant: [String] = []
        for item in items {
            if ruleSet.services[item.value] == nil, let party = agreement.parties.first(where: { $0.id.value == item.value }), !party.services.isEmpty {
                parties.append(item)
                for service in party.services.map(\.value) where !meant.contains(service) { meant.append(service) }
            } else if !meant.contains(item.value) {
                meant.append(item.value)
            }
        }
        self.parties = parties
        self.meant = meant
    }

    /// Whether an item of the list is a party's id, reported with the list rather than on its own.
    func isParty(_ item: Located<String>) -> Bool {
        parties.contains(item)
    }
}
